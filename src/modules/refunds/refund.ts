import { newId } from '../../shared/ids.js';
import { fail, problem, type Outcome } from '../outcome.js';
import { findPayment } from '../payments/payment-lookup.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { createOnce, insertCreated } from '../shared/create-once.js';
import { inputHash, MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import { InputChecker } from '../shared/input-checks.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { RefundErrorCode } from './refund-errors.js';
import { refundProblems } from './refund-rules.js';
import { type RefundStatus } from './refund-status.js';
import { Refund } from './refund.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { callAndRecord } from '../shared/ams-operation.js';
import { refundOperation } from './refund-operation.js';

export interface RefundInput {
  /** Our payment id (Payment.id). */
  paymentId: string;
  amount: { value: string; currency: string };
  reason?: string | null;
  refundRequestId?: string | null;
  idempotencyKey?: string | null;
  /** Your own refund reference, sent as AMS referenceRefundId (reconciliation). */
  referenceRefundId?: string | null;
}

type Result = Outcome<OperationResult<Refund>, RefundErrorCode>;

/**
 * refund. The rules (SUCCEEDED payment, same currency, sum of non-failed refunds + this ≤ paid, within 12 months)
 * are checked under the payment's row lock in the same transaction that inserts the PENDING refund, so concurrent
 * refunds cannot overdraw; only then is AMS called. S ⇒ SUCCEEDED (+ REFUNDED on the payment), F ⇒ FAILED,
 * U / timeout ⇒ PROCESSING with the reason (still counted against the refundable amount), NOT_SENT ⇒ FAILED NOT_SENT.
 */
export async function refund(deps: OperationDeps, scope: RequestScope, input: RefundInput): Promise<Result> {
  const merchantId = merchantIdOf(scope);
  const check = new InputChecker<RefundErrorCode>();
  const paymentId = check.required('paymentId', input.paymentId, 64);
  const amount = check.money('amount', input.amount);
  const reason = check.optional('reason', input.reason, 256);
  const refundRequestId = check.requestId('refundRequestId', input.refundRequestId, 64);
  const idempotencyKey = check.optional('idempotencyKey', input.idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
  const referenceRefundId = check.requestId('referenceRefundId', input.referenceRefundId, 64);
  if (!check.ok || !paymentId || !amount) return fail(...check.problems);
  const hash = inputHash('refund', { paymentId, amount, reason, refundRequestId, ...(referenceRefundId ? { referenceRefundId } : {}) });

  const created = await createOnce<Refund, RefundErrorCode>(
    deps,
    scope,
    Refund,
    { merchantId, inputHash: hash, idempotencyKey, requestIdField: 'refundRequestId', requestId: refundRequestId },
    async (em, events, fresh) => {
      const payment = await findPayment(em, { id: paymentId }, true);
      if (!payment) return { ok: false, problems: [problem('NOT_FOUND', 'paymentId', `no payment ${paymentId}`)] };
      const problems = await refundProblems(em, payment, amount, fresh.createdAt);
      if (problems.length > 0) return { ok: false, problems };
      const id = newId(ID_PREFIXES.refund);
      const record = Object.assign(new Refund(), {
        ...fresh,
        id,
        status: 'PENDING' as RefundStatus,
        paymentId: payment.id,
        refundRequestId: refundRequestId ?? id,
        amountValue: amount.value,
        currency: amount.currency,
        refundReason: reason,
        referenceRefundId,
      });
      return insertCreated(em, events, record, { aggregateType: 'REFUND', toStatus: 'PENDING', payload: { paymentId: payment.id, refundRequestId: record.refundRequestId, amount } });
    },
  );
  return callAndRecord(deps, scope, created, 'IDEMPOTENCY_MISMATCH', refundOperation(deps, scope));
}
