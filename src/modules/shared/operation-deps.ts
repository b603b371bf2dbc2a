import type { Encryptor } from '../../persistence/encryption.js';
import type { EntityTables } from '../../persistence/entity-tables.js';
import type { Sql } from '../../persistence/sql-pool.js';
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
  /** Single statements outside the ORM's unit of work (the hot paths that bypass the ORM, sweeps, scans). */
  readonly sql: Sql;
  /** The entities' tables as the ORM maps them: what those statements are built from. */
  readonly tables: EntityTables;
}

/** What a single statement that bypasses the ORM needs: a connection, its shapes, and the log to announce events to. */
export type StatementDeps = Pick<OperationDeps, 'sql' | 'events' | 'tables'>;
