import { EntitySchema } from '@mikro-orm/core';
import { commonColumns, moneyColumn, OperationRecord, statusListIndex } from '../shared/aggregate-columns.js';
import type { PaymentStatus } from './payment-status.js';

/** One Auto Debit charge: one AMS paymentRequestId, debited with an authorization's access token. */
export class Payment extends OperationRecord<PaymentStatus> {
  authorizationId!: string;
  paymentRequestId!: string;
  /** AMS `paymentId`, known once AMS answered (S, or an inquiry). */
  amsPaymentId: string | null = null;
  /** Minor units, decimal string. */
  amountValue!: string;
  currency!: string;
  paymentMethodType!: string;
  referenceOrderId!: string;
  orderDescription!: string;
  paymentTime: Date | null = null;
  cancelTime: Date | null = null;
  /**
   * Set (under the payment's row lock) when a cancel is sent, cleared when it fails: refunds are refused meanwhile,
   * since AMS cancels only payments without refunds.
   */
  cancelRequestedAt: Date | null = null;
}

export const PaymentSchema = new EntitySchema<Payment>({
  class: Payment,
  tableName: 'payments',
  uniques: [
    { name: 'payments_merchant_payment_request_id_unique', properties: ['merchantId', 'paymentRequestId'] },
    { name: 'payments_merchant_idempotency_key_unique', properties: ['merchantId', 'idempotencyKey'] },
  ],
  indexes: [
    { name: 'payments_merchant_id_id_index', properties: ['merchantId', 'id'] },
    { name: 'payments_ams_payment_id_index', properties: ['amsPaymentId'] },
    statusListIndex('payments'),
    { name: 'payments_authorization_id_id_index', properties: ['authorizationId', 'id'] },
  ],
  properties: {
    ...commonColumns(),
    authorizationId: { type: 'string', columnType: 'text' },
    paymentRequestId: { type: 'string', columnType: 'text' },
    amsPaymentId: { type: 'string', columnType: 'text', nullable: true },
    amountValue: moneyColumn,
    currency: { type: 'string', columnType: 'text' },
    paymentMethodType: { type: 'string', columnType: 'text' },
    referenceOrderId: { type: 'string', columnType: 'text' },
    orderDescription: { type: 'string', columnType: 'text' },
    paymentTime: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    cancelTime: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    cancelRequestedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});
