import { column } from '../../persistence/columns.js';
import { OperationRecord, operationRecordSchema } from '../shared/aggregate-columns.js';
import type { RefundStatus } from './refund-status.js';

/** One (partial) refund of a successful payment; one AMS refundRequestId. */
export class Refund extends OperationRecord<RefundStatus> {
  /** Our payment id. */
  paymentId!: string;
  refundRequestId!: string;
  /** AMS `refundId`. */
  amsRefundId: string | null = null;
  amountValue!: string;
  currency!: string;
  refundReason: string | null = null;
  /** The merchant's own reference, sent as AMS referenceRefundId. */
  referenceRefundId: string | null = null;
  refundTime: Date | null = null;
}

export const RefundSchema = operationRecordSchema(Refund, 'refunds', {
  uniques: [{ name: 'refunds_merchant_refund_request_id_unique', properties: ['merchantId', 'refundRequestId'] }],
  indexes: [
    { name: 'refunds_ams_refund_id_index', properties: ['amsRefundId'] },
    { name: 'refunds_payment_id_id_index', properties: ['paymentId', 'id'] },
  ],
  properties: {
    paymentId: column.text,
    refundRequestId: column.text,
    amsRefundId: column.optionalText,
    amountValue: column.money,
    currency: column.text,
    refundReason: column.optionalText,
    referenceRefundId: column.optionalText,
    refundTime: column.optionalTimestamp,
  },
});
