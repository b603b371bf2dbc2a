import type { Outcome } from '../../modules/outcome.js';
import type { RefundErrorCode } from '../../modules/refunds/refund-errors.js';
import type { Refund } from '../../modules/refunds/refund.entity.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { toAmsCallResult, toFailure, toMoney } from '../operations/operation-types.js';
import { RefundError, RefundPayload, RefundType } from './refund.types.js';

export function toRefundType(r: Refund): RefundType {
  return Object.assign(new RefundType(), {
    id: r.id,
    merchantId: r.merchantId,
    paymentId: r.paymentId,
    refundRequestId: r.refundRequestId,
    amsRefundId: r.amsRefundId,
    amount: toMoney(r.amountValue, r.currency),
    status: r.status,
    statusReason: r.statusReason,
    failure: toFailure(r),
    reason: r.refundReason,
    referenceRefundId: r.referenceRefundId ?? null,
    refundTime: r.refundTime,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

export function toRefundPayload(outcome: Outcome<OperationResult<Refund>, RefundErrorCode>): RefundPayload {
  const payload = new RefundPayload();
  if (!outcome.ok) return Object.assign(payload, { refund: null, ams: null, replayed: false, errors: toPayloadErrors(RefundError, outcome.errors) });
  return Object.assign(payload, {
    refund: toRefundType(outcome.value.record),
    ams: toAmsCallResult(outcome.value.ams),
    replayed: outcome.value.replayed,
    errors: [],
  });
}
