import type { Encryptor } from '../../persistence/encryption.js';
import type { RawSql } from '../../persistence/raw-sql.js';
import type { Clock } from '../../shared/clock.js';
import type { AmsClientCache } from '../ams-clients/ams-client-cache.js';
import type { EventLog } from '../events/event-log.js';

/** What every Auto Debit operation needs besides its RequestScope. */
export interface OperationDeps {
  readonly events: EventLog;
  readonly amsClients: AmsClientCache;
  readonly encryptor: Encryptor;
  readonly clock: Clock;
  /** PUBLIC_BASE_URL: notify URLs are sent to AMS only when it is set. */
  readonly publicBaseUrl: string | undefined;
  /** Single statements on the ORM's pool, for the hot paths that bypass the ORM (pay). */
  readonly sql: RawSql;
}
