import type { Outcome } from '../../modules/outcome.js';
import type { RefundErrorCode } from '../../modules/refunds/refund-errors.js';
import type { Refund } from '../../modules/refunds/refund.entity.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toOperationPayload } from '../operations/operation-payload.js';
import { toOperationRecordFields } from '../operations/operation-record.types.js';
import { toMoney } from '../operations/operation-types.js';
import { RefundPayload, RefundType } from './refund.types.js';

export function toRefundType(r: Refund): RefundType {
  return Object.assign(new RefundType(), toOperationRecordFields(r), {
    paymentId: r.paymentId,
    refundRequestId: r.refundRequestId,
    amsRefundId: r.amsRefundId,
    amount: toMoney(r.amountValue, r.currency),
    status: r.status,
    reason: r.refundReason,
    referenceRefundId: r.referenceRefundId ?? null,
    refundTime: r.refundTime,
  });
}

export function toRefundPayload(outcome: Outcome<OperationResult<Refund>, RefundErrorCode>): RefundPayload {
  return toOperationPayload(RefundPayload, outcome, toRefundType);
}
