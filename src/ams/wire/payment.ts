import { INQUIRY_FAILURES, resultCodeTable } from './common.js';
/** pay (AGREEMENT_PAYMENT), inquiryPayment, cancel (ams-spec §5.4–§5.6; result codes: addendum B.1–B.3). */
import type {
  AcquirerInfo,
  AmsDateTime,
  AmsResponseBody,
  Amount,
  Env,
  Order,
  PaymentFactor,
  PaymentMethod,
  ProductCode,
  PspCustomerInfo,
  Quote,
  ResultStatus,
  SettlementStrategy,
  Transaction,
  TransactionStatus,
} from './common.js';

export interface PayRequest {
  /** `AGREEMENT_PAYMENT` selects Auto Debit; the type stays open because the same endpoint serves other products. */
  productCode: ProductCode;
  /** Idempotency key (spec §3.6). */
  paymentRequestId: string;
  paymentAmount: Amount;
  /** `paymentMethodId` carries the access token. */
  paymentMethod: PaymentMethod;
  order: Order;
  paymentNotifyUrl?: string;
  /** Auto Debit: at most 1 minute after the request (the default). */
  paymentExpiryTime?: AmsDateTime;
  paymentRedirectUrl?: string;
  settlementStrategy?: SettlementStrategy;
  env?: Env;
  paymentFactor?: PaymentFactor;
  merchantRegion?: string;
  userRegion?: string;
  merchantAccountId?: string;
  appId?: string;
  extendInfo?: string;
  metadata?: string;
}

/** The agreement-payment shape callers of this gateway build. */
export type AgreementPayRequest = PayRequest & { productCode: 'AGREEMENT_PAYMENT' };

export interface PayResponse extends AmsResponseBody {
  paymentRequestId?: string;
  paymentId?: string;
  paymentAmount?: Amount;
  paymentCreateTime?: AmsDateTime;
  paymentTime?: AmsDateTime;
  actualPaymentAmount?: Amount;
  paymentQuote?: Quote;
  grossSettlementAmount?: Amount;
  settlementQuote?: Quote;
  pspCustomerInfo?: PspCustomerInfo;
  nonGuaranteeCouponValue?: Amount;
  normalUrl?: string;
  schemeUrl?: string;
  applinkUrl?: string;
  appIdentifier?: string;
  /** Java `AlipayPayResponse.paymentActionForm`: a JSON string describing what the user must do. */
  paymentActionForm?: string;
  acquirerInfo?: AcquirerInfo;
  extendInfo?: string;
}

/** At least one ID; `paymentId` wins when both are given. */
export interface InquiryPaymentRequest {
  paymentRequestId?: string;
  paymentId?: string;
  merchantAccountId?: string;
}

export interface InquiryPaymentResponse extends AmsResponseBody {
  /** The payment's status; `result` only describes the query call. Present when `result.resultStatus` is S. */
  paymentStatus?: TransactionStatus;
  paymentResultCode?: string;
  paymentResultMessage?: string;
  paymentRequestId?: string;
  paymentId?: string;
  paymentAmount?: Amount;
  actualPaymentAmount?: Amount;
  paymentQuote?: Quote;
  paymentCreateTime?: AmsDateTime;
  paymentTime?: AmsDateTime;
  pspCustomerInfo?: PspCustomerInfo;
  transactions?: Transaction[];
  customsDeclarationAmount?: Amount;
  grossSettlementAmount?: Amount;
  settlementQuote?: Quote;
  nonGuaranteeCouponAmount?: Amount;
  acquirerReferenceNo?: string;
  acquirerInfo?: AcquirerInfo;
  paymentMethodType?: string;
  earliestSettlementTime?: AmsDateTime;
  merchantAccountId?: string;
  extendInfo?: string;
}

/** At least one ID; `paymentId` wins when both are given. */
export interface CancelRequest {
  paymentId?: string;
  paymentRequestId?: string;
  merchantAccountId?: string;
}

export interface CancelResponse extends AmsResponseBody {
  paymentId?: string;
  paymentRequestId?: string;
  cancelTime?: AmsDateTime;
}

export const PAY_RESULT_CODES = resultCodeTable(
  [
    'ACCESS_DENIED',
    'CURRENCY_NOT_SUPPORT',
    'EXPIRED_CODE',
    'INVALID_ACCESS_TOKEN',
    'INVALID_CONTRACT',
    'INVALID_MERCHANT_STATUS',
    'INVALID_PAYMENT_CODE',
    'INVALID_PAYMENT_METHOD_META_DATA',
    'INVALID_SIGNATURE',
    'KEY_NOT_FOUND',
    'MERCHANT_KYB_NOT_QUALIFIED',
    'MERCHANT_NOT_REGISTERED',
    'NO_INTERFACE_DEF',
    'NO_PAY_OPTIONS',
    'ORDER_IS_CANCELED',
    'ORDER_IS_CLOSED',
    'ORDER_NOT_EXIST',
    'PARAM_ILLEGAL',
    'PAYMENT_AMOUNT_EXCEED_LIMIT',
    'PAYMENT_COUNT_EXCEED_LIMIT',
    'PAYMENT_NOT_QUALIFIED',
    'PROCESS_FAIL',
    'REPEAT_REQ_INCONSISTENT',
    'RISK_REJECT',
    'SETTLE_CONTRACT_NOT_MATCH',
    'SYSTEM_ERROR',
    'USER_AMOUNT_EXCEED_LIMIT',
    'USER_BALANCE_NOT_ENOUGH',
    'USER_KYC_NOT_QUALIFIED',
    'USER_NOT_EXIST',
    'USER_PAYMENT_VERIFICATION_FAILED',
    'USER_STATUS_ABNORMAL',
    'VERIFY_TIMES_EXCEED_LIMIT',
    'VERIFY_UNMATCHED',
  ],
  ['PAYMENT_IN_PROCESS'],
);
export type PayResultCode = keyof typeof PAY_RESULT_CODES;

export const INQUIRY_PAYMENT_RESULT_CODES = resultCodeTable([...INQUIRY_FAILURES, 'ORDER_NOT_EXIST'], ['PAYMENT_IN_PROCESS']);
export type InquiryPaymentResultCode = keyof typeof INQUIRY_PAYMENT_RESULT_CODES;

/** Values of inquiryPayment `paymentResultCode` and of a notifyPayment `result.resultCode` (addendum B.2). */
export const PAYMENT_OUTCOME_CODES = {
  SUCCESS: 'S',
  INVALID_ACCESS_TOKEN: 'F',
  USER_BALANCE_NOT_ENOUGH: 'F',
  USER_AMOUNT_EXCEED_LIMIT: 'F',
  USER_KYC_NOT_QUALIFIED: 'F',
  USER_PAYMENT_VERIFICATION_FAILED: 'F',
  USER_STATUS_ABNORMAL: 'F',
  RISK_REJECT: 'F',
  FRAUD_REJECT: 'F',
  SUSPECTED_RISK: 'F',
  PAYMENT_AMOUNT_EXCEED_LIMIT: 'F',
  PAYMENT_COUNT_EXCEED_LIMIT: 'F',
  PAYMENT_NOT_QUALIFIED: 'F',
  MERCHANT_KYB_NOT_QUALIFIED: 'F',
  MERCHANT_BALANCE_NOT_ENOUGH: 'F',
  INVALID_MERCHANT_STATUS: 'F',
  INVALID_CONTRACT: 'F',
  CURRENCY_NOT_SUPPORT: 'F',
  NO_PAY_OPTIONS: 'F',
  ORDER_IS_CLOSED: 'F',
  ORDER_IS_CANCELED: 'F',
  EXPIRED_CODE: 'F',
  VERIFY_TIMES_EXCEED_LIMIT: 'F',
  VERIFY_UNMATCHED: 'F',
  PROCESS_FAIL: 'F',
  SYSTEM_ERROR: 'F',
  PAYMENT_IN_PROCESS: 'U',
  UNKNOWN_EXCEPTION: 'U',
} as const satisfies Record<string, ResultStatus>;
export type PaymentOutcomeCode = keyof typeof PAYMENT_OUTCOME_CODES;

export const CANCEL_RESULT_CODES = resultCodeTable([
  'ACCESS_DENIED',
  'INVALID_API',
  'CANCEL_WINDOW_EXCEED',
  'CLIENT_INVALID',
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'MERCHANT_BALANCE_NOT_ENOUGH',
  'NO_INTERFACE_DEF',
  'ORDER_NOT_EXIST',
  'ORDER_STATUS_INVALID',
  'PARAM_ILLEGAL',
  'PAYMENT_METHOD_NOT_SUPPORTED',
  'PROCESS_FAIL',
  'SYSTEM_ERROR',
  'USER_NOT_EXIST',
  'USER_STATUS_ABNORMAL',
]);
export type CancelResultCode = keyof typeof CANCEL_RESULT_CODES;
