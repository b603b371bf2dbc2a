import type { InquiryRefundResponse, RefundResponse } from '../../ams/index.js';
import { parseAmsDateTime } from '../../shared/time.js';
import type { EventBatch } from '../events/event-log.js';
import type { EventSource } from '../events/event.entity.js';
import { unresolvedReason, type AmsCallOutcome } from '../shared/ams-call.js';
import type { TransitionPlan } from '../shared/record-transition.js';
import type { TransitionResult } from '../shared/transition.js';
import { refundStatusFromAms, type RefundStatus } from './refund-status.js';
import type { Refund } from './refund.entity.js';
import { failurePlan } from '../shared/ams-operation.js';

type Plan = TransitionPlan<Refund, RefundStatus>;

const time = (value: string | undefined) => (value ? parseAmsDateTime(value) : null);

/** When a refund reaches SUCCEEDED, the payment's own history records it too (a REFUNDED event on the payment). */
function refundedOnPayment(refund: Refund, source: EventSource) {
  return async (_em: unknown, events: EventBatch, result: TransitionResult<RefundStatus>) => {
    if (result.kind !== 'applied' || result.to !== 'SUCCEEDED') return;
    await events.append({
      merchantId: refund.merchantId,
      aggregateType: 'PAYMENT',
      aggregateId: refund.paymentId,
      type: 'REFUNDED',
      payload: { refundId: refund.id, amount: { value: refund.amountValue, currency: refund.currency } },
      source,
    });
  };
}

export function planFromRefund(refund: Refund, outcome: AmsCallOutcome<RefundResponse>): Plan {
  switch (outcome.kind) {
    case 'S':
      return {
        to: 'SUCCEEDED',
        set: { amsRefundId: outcome.body.refundId ?? null, refundTime: time(outcome.body.refundTime), statusReason: null },
        payload: { refundId: outcome.body.refundId ?? null },
        after: refundedOnPayment(refund, 'RESPONSE'),
      };
    case 'F':
    case 'NOT_SENT':
      return failurePlan<Refund, RefundStatus>(outcome, 'FAILED');
    case 'U':
      return {
        to: 'PROCESSING',
        set: { statusReason: unresolvedReason(outcome), ...(outcome.body.refundId ? { amsRefundId: outcome.body.refundId } : {}) },
        payload: { reason: unresolvedReason(outcome) },
      };
    case 'UNKNOWN':
      return { to: 'PROCESSING', set: { statusReason: unresolvedReason(outcome) }, payload: { reason: unresolvedReason(outcome) } };
  }
}

/** inquiryRefund / notifyRefund status → our transition; null for a status we do not know. */
export function planFromRefundStatus(
  refund: Refund,
  body: InquiryRefundResponse,
  source: EventSource,
  /** What a notifyRefund's result says about a FAIL (inquiryRefund carries no reason: Java AlipayInquiryRefundResponse). */
  failure?: { code: string; message: string | undefined },
): Plan | null {
  const to = body.refundStatus ? refundStatusFromAms(body.refundStatus) : null;
  if (!to) return null;
  const ids = body.refundId ? { amsRefundId: body.refundId } : {};
  switch (to) {
    case 'SUCCEEDED':
      return { to, set: { ...ids, refundTime: time(body.refundTime), statusReason: null }, after: refundedOnPayment(refund, source) };
    case 'FAILED':
      return {
        to,
        set: { ...ids, failureCode: failure?.code ?? 'FAIL', failureMessage: failure?.message ?? 'AMS reported the refund as FAIL', statusReason: null },
        payload: { code: failure?.code ?? 'FAIL' },
      };
    case 'PROCESSING':
    case 'PENDING':
      return { to: 'PROCESSING', set: { ...ids, statusReason: `INQUIRY ${body.refundStatus}` } };
  }
}
