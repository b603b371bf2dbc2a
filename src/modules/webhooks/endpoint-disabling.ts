import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock.js';
import type { EventLog } from '../events/event-log.js';
import type { EventSource } from '../events/event.entity.js';
import { DISABLE_ENDPOINT_SQL, type DisableRow } from './endpoint-store.js';
import type { DisabledReason } from './webhook-endpoint.js';

/**
 * Disables an endpoint and appends a WEBHOOK_ENDPOINT_DISABLED event in the same transaction — the one way an
 * endpoint gets disabled, whether by its merchant, a 410 Gone or a long failure streak. The event goes through the
 * event log like any other (subscriptions, the merchant's other endpoints). Returns false if it was not ENABLED.
 */
export async function disableEndpoint(
  deps: { rootEm: EntityManager; events: EventLog; clock: Clock },
  endpointId: string,
  reason: DisabledReason,
  detail: string,
  source: EventSource,
): Promise<boolean> {
  return deps.events.transaction(deps.rootEm.fork(), async (tx, batch) => {
    const now = deps.clock.now();
    const rows = await tx.execute<DisableRow[]>(DISABLE_ENDPOINT_SQL, [reason, now, now, endpointId]);
    const row = rows[0];
    if (!row) return false;
    batch.xidAssignedByWrite();
    await batch.append({
      merchantId: row.merchant_id,
      aggregateType: 'WEBHOOK_ENDPOINT',
      aggregateId: row.id,
      type: 'WEBHOOK_ENDPOINT_DISABLED',
      fromStatus: 'ENABLED',
      toStatus: 'DISABLED',
      payload: { reason, detail, url: row.url },
      source,
    });
    return true;
  });
}
