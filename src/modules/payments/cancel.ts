import { Refund } from '../refunds/refund.entity.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { requireMerchant, type RequestScope } from '../request-scope.js';
import { unresolvedReason } from '../shared/ams-call.js';
import { answered, sendAndRecord, type AmsOperation } from '../shared/ams-operation.js';
import { InputChecker } from '../shared/input-checks.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { cancelDeadline } from './cancel-window.js';
import type { PaymentErrorCode } from './payment-errors.js';
import { findPayment } from './payment-lookup.js';
import { paymentMachine, type PaymentStatus } from './payment-status.js';
import { Payment } from './payment.entity.js';

type Result = Outcome<OperationResult<Payment>, PaymentErrorCode>;
type Prepared = { kind: 'call'; payment: Payment } | { kind: 'replay'; payment: Payment } | { kind: 'refused'; code: PaymentErrorCode; message: string };

/**
 * cancel. The rules are checked first, under the payment's row lock (ams-spec §7.2): a payment that is not final
 * yet, or SUCCEEDED; no refunds; before 00:15 UTC+8 of the day after its creation. The lock also marks the cancel
 * as requested, so a concurrent refund waits and then refuses. S ⇒ CANCELLED; F / NOT_SENT ⇒ unchanged (the
 * mark is lifted, `ams` says why); U / timeout ⇒ unchanged with the reason, mark kept until an inquiry resolves it.
 */
export async function cancelPayment(deps: OperationDeps, scope: RequestScope, idInput: string): Promise<Result> {
  requireMerchant(scope);
  const check = new InputChecker<PaymentErrorCode>();
  const id = check.required('id', idInput, 64);
  if (!check.ok || id === undefined) return fail(...check.problems);

  const prepared = await deps.events.transaction(scope.em, async (em): Promise<Prepared> => {
    const payment = await findPayment(em, { id }, true);
    if (!payment) return { kind: 'refused', code: 'NOT_FOUND', message: `no payment ${id}` };
    if (payment.status === 'CANCELLED') return { kind: 'replay', payment };
    if (payment.status === 'FAILED') return { kind: 'refused', code: 'INVALID_STATE', message: `payment ${id} FAILED; there is nothing to cancel` };
    const refunds = await em.count(Refund, { paymentId: payment.id, status: { $ne: 'FAILED' } });
    if (refunds > 0) return { kind: 'refused', code: 'HAS_REFUNDS', message: `payment ${id} has ${refunds} refund(s); AMS cancels only payments without refunds` };
    const deadline = cancelDeadline(payment.createdAt);
    const now = deps.clock.now();
    if (now.getTime() > deadline.getTime()) {
      return { kind: 'refused', code: 'CANCEL_WINDOW_EXCEEDED', message: `the cancel window of payment ${id} closed at ${deadline.toISOString()} (00:15 UTC+8 on the day after); refund instead` };
    }
    await em.nativeUpdate(Payment, { id: payment.id }, { cancelRequestedAt: now, updatedAt: now });
    return { kind: 'call', payment };
  });
  if (prepared.kind === 'refused') return fail(problem(prepared.code, 'id', prepared.message));
  if (prepared.kind === 'replay') return succeed({ record: prepared.payment, ams: null, replayed: true });

  const payment = prepared.payment;
  const cancel: AmsOperation<Payment, PaymentStatus, 'cancel'> = {
    target: { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine },
    api: 'cancel',
    request: () => ({ paymentRequestId: payment.paymentRequestId, ...(payment.amsPaymentId ? { paymentId: payment.amsPaymentId } : {}) }),
    plan: (outcome, current) => {
      switch (outcome.kind) {
        case 'S':
          return {
            to: 'CANCELLED',
            set: { cancelTime: outcome.body.cancelTime ? new Date(outcome.body.cancelTime) : deps.clock.now(), statusReason: null },
            payload: { by: 'MERCHANT' },
          };
        case 'F':
        case 'NOT_SENT':
          return { to: current.status, set: { cancelRequestedAt: null } };
        case 'U':
        case 'UNKNOWN':
          return { to: current.status, set: { statusReason: `cancel ${unresolvedReason(outcome)}` } };
      }
    },
  };
  return succeed(answered(await sendAndRecord(deps, scope, payment, cancel, 'RESPONSE')));
}
