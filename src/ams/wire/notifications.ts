/** Bodies Antom POSTs to the merchant (ams-spec §6, addendum B.9). */
import type {
  AcquirerInfo,
  AmsDateTime,
  Amount,
  PspCustomerInfo,
  Quote,
  Result,
  TransactionStatus,
} from './common.js';
import type { PspRegistrationResult, RegistrationResult } from './registration.js';

export type PaymentNotifyType = 'PAYMENT_RESULT' | 'PAYMENT_PENDING' | (string & {});

export interface NotifyPaymentBody {
  /** `PAYMENT_RESULT` is final; with `PAYMENT_PENDING` an S result only means "processing". */
  notifyType: PaymentNotifyType;
  /** The payment's result: S = paid, F = failed with the failure code. */
  result: Result;
  paymentRequestId: string;
  paymentId: string;
  paymentAmount: Amount;
  paymentCreateTime?: AmsDateTime;
  paymentTime?: AmsDateTime;
  customsDeclarationAmount?: Amount;
  grossSettlementAmount?: Amount;
  settlementQuote?: Quote;
  pspCustomerInfo?: PspCustomerInfo;
  acquirerReferenceNo?: string;
  acquirerInfo?: AcquirerInfo;
  paymentMethodType?: string;
  paymentQuote?: Quote;
  metadata?: string;
}

export interface NotifyRefundBody {
  /** `REFUND_RESULT`. */
  notifyType: 'REFUND_RESULT' | (string & {});
  result: Result;
  refundStatus?: TransactionStatus;
  refundRequestId: string;
  refundId: string;
  refundAmount: Amount;
  refundTime?: AmsDateTime;
  grossSettlementAmount?: Amount;
  settlementQuote?: Quote;
  arn?: string;
  actualRefundAmount?: Amount;
  metadata?: string;
}

export type AuthorizationNotifyType = 'AUTHCODE_CREATED' | 'TOKEN_CREATED' | 'TOKEN_CANCELED' | (string & {});

export interface NotifyAuthorizationBody {
  authorizationNotifyType: AuthorizationNotifyType;
  /** Always a success result: notifications are only sent for successful events. */
  result: Result;
  authClientId?: string;
  /** `TOKEN_CREATED`, `TOKEN_CANCELED`. */
  accessToken?: string;
  /** `AUTHCODE_CREATED`, `TOKEN_CREATED`; must equal the consult's authState. */
  authState?: string;
  /** `AUTHCODE_CREATED`. */
  authCode?: string;
  /** `TOKEN_CANCELED`, when the user gave one. */
  reason?: string;
  userLoginId?: string;
  userId?: string;
  passThroughInfo?: string;
  /** Some SDK models inherit a generic `notifyType`; not sent for this SPI as far as documented. */
  notifyType?: string;
}

/** All fields optional in the docs; `result` is included when Antom sends it. */
export interface NotifyRegistrationStatusBody {
  referenceMerchantId?: string;
  registrationRequestId?: string;
  referenceStoreId?: string;
  registrationResult?: RegistrationResult;
  pspRegistrationResultList?: PspRegistrationResult[];
  result?: Result;
}

export type NotificationKind = 'notifyPayment' | 'notifyRefund' | 'notifyAuthorization' | 'notifyRegistrationStatus';

export interface NotificationBodies {
  notifyPayment: NotifyPaymentBody;
  notifyRefund: NotifyRefundBody;
  notifyAuthorization: NotifyAuthorizationBody;
  notifyRegistrationStatus: NotifyRegistrationStatusBody;
}

/**
 * The fixed acknowledgement body, byte for byte (spec §6.1). Anything else counts as "not acknowledged" and makes
 * Antom resend (production) or give up (sandbox).
 */
export const NOTIFICATION_ACK_BODY = '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}';
