import type { AggregateType } from '../events/event.entity.js';
import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';

/** What one sync step concluded: the record is resolved (stop), or ask again later. */
export type SyncVerdict = { kind: 'resolved'; status: string } | { kind: 'again'; status: string };

/** The rules a sync step needs from configuration (ams-spec §8.2). */
export interface SyncPolicy {
  /** Age after which an unresolved payment is cancelled. */
  cancelAfterSeconds: number;
  /** A PENDING record younger than this is left to its in-flight call. */
  pendingGraceSeconds: number;
}

/** Appends the SYNC_STEP event: every step a job takes is in the record's history, never silent. */
export async function recordSyncStep(
  deps: OperationDeps,
  scope: RequestScope,
  target: { merchantId: string; aggregateType: AggregateType; id: string; status: string },
  payload: Record<string, unknown>,
): Promise<void> {
  await deps.events.transaction(scope.em.fork(), async (_em, events) => {
    await events.append({
      merchantId: target.merchantId,
      aggregateType: target.aggregateType,
      aggregateId: target.id,
      type: 'SYNC_STEP',
      payload,
      source: 'JOB',
    });
  });
}

export function ageSeconds(deps: OperationDeps, createdAt: Date): number {
  return (deps.clock.now().getTime() - createdAt.getTime()) / 1000;
}
