import { EntitySchema } from '@mikro-orm/core';
import { commonColumns, moneyColumn, OperationRecord, statusListIndex } from '../shared/aggregate-columns.js';
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

export const RefundSchema = new EntitySchema<Refund>({
  class: Refund,
  tableName: 'refunds',
  uniques: [
    { name: 'refunds_merchant_refund_request_id_unique', properties: ['merchantId', 'refundRequestId'] },
    { name: 'refunds_merchant_idempotency_key_unique', properties: ['merchantId', 'idempotencyKey'] },
  ],
  indexes: [
    { name: 'refunds_merchant_id_id_index', properties: ['merchantId', 'id'] },
    { name: 'refunds_ams_refund_id_index', properties: ['amsRefundId'] },
    statusListIndex('refunds'),
    { name: 'refunds_payment_id_id_index', properties: ['paymentId', 'id'] },
  ],
  properties: {
    ...commonColumns(),
    paymentId: { type: 'string', columnType: 'text' },
    refundRequestId: { type: 'string', columnType: 'text' },
    amsRefundId: { type: 'string', columnType: 'text', nullable: true },
    amountValue: moneyColumn,
    currency: { type: 'string', columnType: 'text' },
    refundReason: { type: 'string', columnType: 'text', nullable: true },
    referenceRefundId: { type: 'string', columnType: 'text', nullable: true },
    refundTime: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});
