import type { RequestScope } from '../request-scope.js';
import { sendAndRecord } from '../shared/ams-operation.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { isFinal } from '../shared/status-machine.js';
import { inquiredOrThrow, recordSyncStep, startStep, verdictAfterStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
import { findRefund, inquiryRefund } from './inquiry-refund.js';
import { refundOperation } from './refund-operation.js';
import { refundMachine } from './refund-status.js';


const NOT_AT_AMS = 'ORDER_NOT_EXIST';

/**
 * One step of resolving a refund left PENDING / PROCESSING: inquire and apply; when AMS does not know the refund,
 * resend the identical refund with the same refundRequestId (ams-spec §3.6, §8: refunds are retried, never
 * cancelled). Each step appends a SYNC_STEP event.
 */
export async function syncRefund(deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number): Promise<SyncVerdict> {
  const start = startStep(deps, refundMachine, await findRefund(scope.em.fork(), { id }), policy);
  if ('verdict' in start) return start.verdict;
  const refund = start.record;

  const inquiry = inquiredOrThrow('REFUND', id, await inquiryRefund(deps, scope, { id }));
  const ams = inquiry.ams;
  let current = inquiry.record;
  const facts: Record<string, unknown> = { step, action: 'INQUIRY', result: ams ? `${ams.status} ${ams.code}` : null, status: current.status };
  if (!isFinal(refundMachine, current.status) && ams?.status === 'F' && ams.code === NOT_AT_AMS) {
    const resent = await sendAndRecord(deps, scope, current, refundOperation(deps, scope), 'JOB');
    current = resent.stored;
    const outcome = resent.outcome;
    Object.assign(facts, { action: 'RESEND_REFUND', resend: `${outcome.kind} ${outcome.code}`, status: current.status });
  }
  await recordSyncStep(deps, scope, { merchantId: refund.merchantId, aggregateType: 'REFUND', id, status: current.status }, facts);
  return verdictAfterStep(refundMachine, current.status);
}
