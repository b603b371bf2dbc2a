import { notifyUrlFor, type ApiHandler } from '../core.js';
import { failed, respond } from '../results.js';
import { ASYNC_REFUND_FAILURE, refundScenario } from '../scenarios.js';
import { numericId } from '../state/ids.js';
import { refundRefusal, type Refund } from '../state/payments.js';
import { settleRefund } from './payment-outcomes.js';
import { refundResponse } from './payment-views.js';

/** Keeps one payment's refund list bounded (1-unit refunds of a huge payment would otherwise grow without end). */
export const MAX_REFUNDS_PER_PAYMENT = 1000;

/**
 * refund (ams-spec §5.7, §7.3, addendum B.4): several partial refunds while their sum ≤ the paid amount, within 12
 * months of the payment. refundRequestId is the idempotency key; paymentId and refundAmount are compared on repeats.
 */
export const refund: ApiHandler = (core, { client, fields, now }) => {
  const refundRequestId = fields.string('refundRequestId', 64);
  const paymentId = fields.string('paymentId', 64);
  const amount = fields.amount('refundAmount');
  const referenceRefundId = fields.optString('referenceRefundId', 64);
  const refundReason = fields.optString('refundReason', 256);
  const notifyUrl = fields.optUrl('refundNotifyUrl', 1024);
  const asyncRequested = fields.bool('isAsyncRefund', false);
  fields.optString('merchantAccountId', 32);
  const fingerprint = `${paymentId}|${amount.currency}|${amount.value}`;

  const existing = core.payments.refundByRequest(client.clientId, refundRequestId);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      return respond(failed('REPEAT_REQ_INCONSISTENT', 'refundRequestId was used with different key parameters'), {
        refundRequestId,
      });
    }
    return refundResponse(existing);
  }
  const payment = core.payments.byId(client.clientId, paymentId);
  if (!payment) return respond(failed('ORDER_NOT_EXIST', 'no payment with the given paymentId'), { refundRequestId, paymentId });
  const refusal = refundRefusal(payment, amount, now);
  if (refusal) return respond(refusal, { refundRequestId, paymentId });
  if (payment.refunds.length >= MAX_REFUNDS_PER_PAYMENT) {
    return respond(failed('PROCESS_FAIL', `at most ${MAX_REFUNDS_PER_PAYMENT} refunds per payment (sandbox limit)`), { refundRequestId, paymentId });
  }

  const record: Refund = {
    clientId: client.clientId,
    refundId: numericId('refund', now),
    refundRequestId,
    paymentId,
    amount,
    status: 'PROCESSING',
    resultCode: 'REFUND_IN_PROCESS',
    resultMessage: 'refund in process',
    createdAt: now,
    finishedAt: undefined,
    notifyUrl: notifyUrlFor(core, client.clientId, notifyUrl),
    referenceRefundId,
    refundReason,
    fingerprint,
  };
  core.payments.addRefund(payment, record);
  const scenario = refundScenario(amount.value, asyncRequested);
  switch (scenario.kind) {
    case 'success':
      Object.assign(record, { status: 'SUCCESS', resultCode: 'SUCCESS', resultMessage: 'success', finishedAt: now });
      break;
    case 'fail':
      Object.assign(record, { status: 'FAIL', resultCode: scenario.code, resultMessage: scenario.message, finishedAt: now });
      break;
    case 'async':
      core.scheduler.after(core.options.asyncDelayMs, () =>
        scenario.outcome === 'SUCCESS'
          ? settleRefund(core, record, 'SUCCESS', 'SUCCESS', 'success')
          : settleRefund(core, record, 'FAIL', ASYNC_REFUND_FAILURE.code, ASYNC_REFUND_FAILURE.message),
      );
      break;
  }
  return refundResponse(record);
};
