import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import { ageSeconds, inquiredOrThrow, recordSyncStep, type SyncPolicy, type SyncVerdict } from '../sync/sync-verdict.js';
import { cancelPayment } from './cancel.js';
import { cancelDeadline } from './cancel-window.js';
import { inquiryPayment } from './inquiry-payment.js';
import { findPayment } from './payment-lookup.js';
import { paymentMachine } from './payment-status.js';
import { Payment } from './payment.entity.js';
import { sendAndRecord } from '../shared/ams-operation.js';
import { payOperation } from './pay-operation.js';

/**
 * Where the sync job may stop: FAILED and CANCELLED, and SUCCEEDED unless a cancel was requested. A cancel in flight
 * (sent, or perhaps sent before a crash) can still turn a success into CANCELLED at AMS, so a late or stale success —
 * a notification sent before the cancel, say — is not the last word until an inquiry agrees.
 */
export function isPaymentResolved(payment: Pick<Payment, 'status' | 'cancelRequestedAt'>): boolean {
  if (payment.status === 'SUCCEEDED') return payment.cancelRequestedAt === null;
  return payment.status === 'FAILED' || payment.status === 'CANCELLED';
}

/** AMS's answer when it has no payment under that id (the request never arrived, or was evicted). */
const NOT_AT_AMS = 'ORDER_NOT_EXIST';

/**
 * One step of resolving a payment whose outcome is unknown (PENDING after a crash, PROCESSING after U / timeout /
 * unknown), following ams-spec §8.1–8.2:
 * 1. inquire and apply what AMS says through the same transition as every other source;
 * 2. AMS does not know the payment: inside the window resend the identical pay (same paymentRequestId — AMS's
 *    idempotency makes this safe); past it, close it FAILED (nothing was debited, and nothing is sent any more);
 * 3. still open past the window: cancel (repeatable; AMS refunds a late success in full), then keep inquiring.
 * A notification that resolved it first simply ends the job at the next step. Each step appends a SYNC_STEP event.
 */
export async function syncPayment(deps: OperationDeps, scope: RequestScope, id: string, policy: SyncPolicy, step: number): Promise<SyncVerdict> {
  const payment = await findPayment(scope.em.fork(), { id });
  if (!payment) return { kind: 'resolved', status: 'MISSING' };
  if (isPaymentResolved(payment)) return { kind: 'resolved', status: payment.status };
  const age = ageSeconds(deps, payment.createdAt);
  const target = { merchantId: payment.merchantId, aggregateType: 'PAYMENT' as const, id, status: payment.status };
  if (payment.status === 'PENDING' && age < policy.pendingGraceSeconds) return { kind: 'again', status: payment.status };

  const inquiry = inquiredOrThrow('PAYMENT', id, await inquiryPayment(deps, scope, { id }));
  const ams = inquiry.ams;
  let current = inquiry.record;
  const facts: Record<string, unknown> = { step, action: 'INQUIRY', result: ams ? `${ams.status} ${ams.code}` : null, status: current.status };

  if (current.status === 'SUCCEEDED' && current.cancelRequestedAt !== null) {
    // Paid, and a cancel was requested whose outcome we never learnt (AMS still says SUCCESS): cancel is repeatable
    // with the same parameters inside the window; past it the cancel cannot have happened, so the mark is lifted.
    if (deps.clock.now().getTime() <= cancelDeadline(current.createdAt).getTime()) {
      const cancelled = await cancelPayment(deps, scope, id);
      if (cancelled.ok) current = cancelled.value.record;
      Object.assign(facts, {
        action: 'RESEND_CANCEL',
        cancel: cancelled.ok ? (cancelled.value.ams ? `${cancelled.value.ams.status} ${cancelled.value.ams.code}` : 'REPLAY') : cancelled.errors.map((e) => e.code).join(','),
        status: current.status,
      });
    } else {
      current = await recordTransition(
        deps,
        scope,
        { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, id, source: 'JOB' },
        () => ({ to: 'SUCCEEDED', set: { cancelRequestedAt: null, statusReason: null }, payload: { cancel: 'WINDOW_CLOSED_UNCANCELLED' } }),
      );
      Object.assign(facts, { action: 'LIFT_CANCEL_MARK', status: current.status });
    }
  } else if (!isPaymentResolved(current) && ams?.status === 'F' && ams.code === NOT_AT_AMS) {
    if (age < policy.cancelAfterSeconds) {
      const resent = await sendAndRecord(deps, scope, current, payOperation(deps, scope), 'JOB');
      current = resent.stored;
      const outcome = resent.outcome;
      Object.assign(facts, { action: 'RESEND_PAY', resend: `${outcome.kind} ${outcome.code}`, status: current.status });
    } else {
      current = await recordTransition(
        deps,
        scope,
        { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, id, source: 'JOB' },
        () => ({
          to: 'FAILED',
          set: { failureCode: NOT_AT_AMS, failureMessage: 'AMS has no such payment after the cancel window; nothing was debited', statusReason: null },
          payload: { code: NOT_AT_AMS },
        }),
      );
      Object.assign(facts, { action: 'CLOSE_NOT_AT_AMS', status: current.status });
    }
  } else if (!isPaymentResolved(current) && age >= policy.cancelAfterSeconds) {
    const cancelled = await cancelPayment(deps, scope, id);
    if (cancelled.ok) {
      current = cancelled.value.record;
      const answer = cancelled.value.ams;
      Object.assign(facts, { action: 'CANCEL', cancel: answer ? `${answer.status} ${answer.code}` : 'REPLAY', status: current.status });
    } else {
      Object.assign(facts, { action: 'CANCEL', cancel: cancelled.errors.map((e) => e.code).join(',') });
    }
  }
  await recordSyncStep(deps, scope, { ...target, status: current.status }, facts);
  return isPaymentResolved(current) ? { kind: 'resolved', status: current.status } : { kind: 'again', status: current.status };
}
