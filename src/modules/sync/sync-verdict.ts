import type { AggregateType } from '../events/event.entity.js';
import type { Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { isFinal, type StatusMachine } from '../shared/status-machine.js';

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

/**
 * The live inquiry's answer a step goes on with. A refusal (the record's keys no longer valid, say) is not something
 * a later step decides differently by itself: it fails the job, which pg-boss retries and then dead-letters.
 */
export function inquiredOrThrow<T>(what: AggregateType, id: string, inquiry: Outcome<T, string>): T {
  if (!inquiry.ok) throw new Error(`inquiry of ${what.toLowerCase()} ${id} refused: ${inquiry.errors.map((e) => e.code).join(', ')}`);
  return inquiry.value;
}

export function ageSeconds(deps: OperationDeps, createdAt: Date): number {
  return (deps.clock.now().getTime() - createdAt.getTime()) / 1000;
}

/**
 * Where a step starts: the record, or the verdict that ends the step before asking AMS anything — resolved when the
 * record is gone or final, again while it is PENDING within the grace period (its first call may still be in flight).
 */
export function startStep<R extends { status: S; createdAt: Date }, S extends string>(
  deps: OperationDeps,
  machine: StatusMachine<S>,
  record: R | null,
  policy: SyncPolicy,
): { record: R } | { verdict: SyncVerdict } {
  if (!record) return { verdict: { kind: 'resolved', status: 'MISSING' } };
  if (isFinal(machine, record.status)) return { verdict: { kind: 'resolved', status: record.status } };
  if (record.status === 'PENDING' && ageSeconds(deps, record.createdAt) < policy.pendingGraceSeconds) return { verdict: { kind: 'again', status: record.status } };
  return { record };
}

/** What a step concludes from the status it left: resolved once final, else again. */
export function verdictAfterStep<S extends string>(machine: StatusMachine<S>, status: S): SyncVerdict {
  return isFinal(machine, status) ? { kind: 'resolved', status } : { kind: 'again', status };
}
