import type PgBoss from 'pg-boss';
import type { EntityManager } from '@mikro-orm/postgresql';
import { syncDeclaration } from '../modules/declarations/declaration-sync.js';
import { syncPayment } from '../modules/payments/payment-sync.js';
import { syncRegistration } from '../modules/registrations/registration-sync.js';
import { syncRefund } from '../modules/refunds/refund-sync.js';
import { createRequestScope } from '../modules/request-scope.js';
import type { OperationDeps } from '../modules/shared/operation-deps.js';
import type { SyncPolicy, SyncVerdict } from '../modules/sync/sync-verdict.js';
import type { RequestScope } from '../modules/request-scope.js';
import type { Logger } from '../shared/logger.js';
import { DEAD_LETTER_QUEUE, SYNC_QUEUES, type SyncJobData, type SyncKind } from './job-kinds.js';
import type { SyncScheduler } from './sync-scheduler.js';

type Step = (deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number) => Promise<SyncVerdict>;
const STEPS: Record<SyncKind, Step> = { PAYMENT: syncPayment, REFUND: syncRefund, DECLARATION: syncDeclaration, REGISTRATION: syncRegistration };

export interface SyncWorkerDeps {
  boss: PgBoss;
  rootEm: EntityManager;
  operations: OperationDeps;
  scheduler: SyncScheduler;
  policy: SyncPolicy;
  maxSteps: number;
  logger: Logger;
  /** Counts executed steps (bench/admin). */
  onStep?: (kind: SyncKind) => void;
}

/**
 * The adapter between pg-boss and the modules' sync steps (house rule 8: the rules live in modules/). A job is one
 * step; an unresolved record gets the next step enqueued on the backoff schedule before this one completes, so a
 * crash at any point leaves either this job (expired, then retried) or the next one on the queue.
 */
export async function runSyncJob(deps: SyncWorkerDeps, kind: SyncKind, job: PgBoss.Job<SyncJobData>): Promise<void> {
  const { merchantId, id, step } = job.data;
  const actor = { role: 'MERCHANT' as const, merchantId, keyId: 'system:jobs' };
  const scope = createRequestScope(deps.rootEm, actor, `job:${job.id}`, deps.logger);
  const verdict = await STEPS[kind](deps.operations, scope, id, deps.policy, step);
  deps.onStep?.(kind);
  if (verdict.kind === 'resolved') return;
  if (step + 1 >= deps.maxSteps) {
    await giveUp(deps, kind, job.data, verdict.status);
    return;
  }
  await deps.scheduler.enqueue(kind, { merchantId, id, step: step + 1 });
}

/** Stops polling a record that never resolved: recorded as an event and parked in the dead-letter queue. */
async function giveUp(deps: SyncWorkerDeps, kind: SyncKind, data: SyncJobData, status: string): Promise<void> {
  const scope = createRequestScope(deps.rootEm, { role: 'MERCHANT', merchantId: data.merchantId, keyId: 'system:jobs' }, `job:giveup:${data.id}`, deps.logger);
  await deps.operations.events.transaction(scope.em, async (_em, events) => {
    await events.append({
      merchantId: data.merchantId,
      aggregateType: kind,
      aggregateId: data.id,
      type: 'SYNC_GAVE_UP',
      payload: { steps: data.step + 1, status },
      source: 'JOB',
    });
  });
  await deps.boss.send(DEAD_LETTER_QUEUE, { queue: SYNC_QUEUES[kind], ...data });
  deps.logger.warn({ kind, id: data.id, status }, 'sync job gave up; the record stays unresolved for an operator');
}
