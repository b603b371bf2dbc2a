import { column } from '../../persistence/columns.js';
import { OperationRecord, operationRecordSchema } from '../shared/aggregate-columns.js';
import type { Amount, PspCustomerInfo } from '../../ams/index.js';
import type { PayOrderDetails } from './payment-inputs.js';
import type { PaymentStatus } from './payment-status.js';

/** What AMS asks the user to do when a wallet wants a confirmation (pay response): shown to the merchant's client. */
export interface PaymentUserAction {
  normalUrl?: string;
  schemeUrl?: string;
  applinkUrl?: string;
  appIdentifier?: string;
  paymentActionForm?: string;
}

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
  /** Sent with the pay (and every resend): GAGW contracts need merchantRegion; several settlement currencies need one named. */
  merchantRegion: string | null = null;
  userRegion: string | null = null;
  settlementCurrency: string | null = null;
  paymentExpiryTime: Date | null = null;
  /** order.goods/buyer/shipping/env/merchant as sent (risk data; no secrets). */
  orderDetails: PayOrderDetails | null = null;
  /** From AMS: the user-action URLs of the pay response, the wallet's customer info, the amount declarable to customs. */
  userAction: PaymentUserAction | null = null;
  pspCustomerInfo: PspCustomerInfo | null = null;
  customsDeclarationAmount: Amount | null = null;
}

export const PaymentSchema = operationRecordSchema(Payment, 'payments', {
  uniques: [{ name: 'payments_merchant_payment_request_id_unique', properties: ['merchantId', 'paymentRequestId'] }],
  indexes: [
    { name: 'payments_ams_payment_id_index', properties: ['amsPaymentId'] },
    { name: 'payments_authorization_id_id_index', properties: ['authorizationId', 'id'] },
  ],
  properties: {
    authorizationId: column.text,
    paymentRequestId: column.text,
    amsPaymentId: column.optionalText,
    amountValue: column.money,
    currency: column.text,
    paymentMethodType: column.text,
    referenceOrderId: column.text,
    orderDescription: column.text,
    paymentTime: column.optionalTimestamp,
    cancelTime: column.optionalTimestamp,
    cancelRequestedAt: column.optionalTimestamp,
    merchantRegion: column.optionalText,
    userRegion: column.optionalText,
    settlementCurrency: column.optionalText,
    paymentExpiryTime: column.optionalTimestamp,
    orderDetails: column.optionalJson,
    userAction: column.optionalJson,
    pspCustomerInfo: column.optionalJson,
    customsDeclarationAmount: column.optionalJson,
  },
});
