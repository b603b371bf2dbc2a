import { INQUIRY_RESULT_CODES } from './common.js';
/** refund, inquiryRefund (ams-spec §5.7–§5.8; result codes: addendum B.4–B.5). */
import type { AcquirerInfo, AmsDateTime, AmsResponseBody, Amount, Quote, ResultStatus, TransactionStatus } from './common.js';

export interface RefundDetail {
  refundAmount?: Amount;
  refundFrom?: 'SELLER' | 'MARKETPLACE' | 'UNSETTLED_FUNDS' | (string & {});
}

export interface RefundRequest {
  /** Idempotency key; `refundAmount` is compared on repeats. */
  refundRequestId: string;
  paymentId: string;
  refundAmount: Amount;
  referenceRefundId?: string;
  refundReason?: string;
  refundNotifyUrl?: string;
  isAsyncRefund?: boolean;
  refundDetails?: RefundDetail[];
  extendInfo?: string;
  metadata?: string;
}

export interface RefundResponse extends AmsResponseBody {
  refundRequestId?: string;
  refundId?: string;
  paymentId?: string;
  refundAmount?: Amount;
  refundTime?: AmsDateTime;
  refundNonGuaranteeCouponAmount?: Amount;
  grossSettlementAmount?: Amount;
  settlementQuote?: Quote;
  acquirerInfo?: AcquirerInfo;
  acquirerReferenceNo?: string;
  actualRefundAmount?: Amount;
}

/** At least one ID; `refundId` wins when both are given. */
export interface InquiryRefundRequest {
  refundRequestId?: string;
  refundId?: string;
  merchantAccountId?: string;
}

export interface InquiryRefundResponse extends AmsResponseBody {
  refundId?: string;
  refundRequestId?: string;
  refundAmount?: Amount;
  /** `SUCCESS`, `PROCESSING`, `FAIL` (Antom side only). */
  refundStatus?: TransactionStatus;
  refundTime?: AmsDateTime;
  grossSettlementAmount?: Amount;
  settlementQuote?: Quote;
  acquirerInfo?: AcquirerInfo;
  arn?: string;
  rrn?: string;
  actualRefundAmount?: Amount;
  metadata?: string;
}

export const REFUND_RESULT_CODES = {
  SUCCESS: 'S',
  ACCESS_DENIED: 'F',
  INVALID_API: 'F',
  CURRENCY_NOT_SUPPORT: 'F',
  INVALID_MERCHANT_STATUS: 'F',
  INVALID_SIGNATURE: 'F',
  KEY_NOT_FOUND: 'F',
  MERCHANT_BALANCE_NOT_ENOUGH: 'F',
  MULTIPLE_REFUNDS_NOT_SUPPORTED: 'F',
  NO_INTERFACE_DEF: 'F',
  ORDER_IS_CANCELED: 'F',
  ORDER_IS_CLOSED: 'F',
  ORDER_NOT_EXIST: 'F',
  ORDER_STATUS_INVALID: 'F',
  PARAM_ILLEGAL: 'F',
  PARTIAL_REFUND_NOT_SUPPORTED: 'F',
  PAYMENT_METHOD_NOT_SUPPORTED: 'F',
  PROCESS_FAIL: 'F',
  REFUND_AMOUNT_EXCEED: 'F',
  REFUND_NOT_SUPPORTED: 'F',
  REFUND_WINDOW_EXCEED: 'F',
  REPEAT_REQ_INCONSISTENT: 'F',
  SYSTEM_ERROR: 'F',
  /** Accepted and processing: do not resend (addendum B.4); wait for notifyRefund or poll inquiryRefund. */
  REFUND_IN_PROCESS: 'U',
  REQUEST_TRAFFIC_EXCEED_LIMIT: 'U',
  UNKNOWN_EXCEPTION: 'U',
} as const satisfies Record<string, ResultStatus>;
export type RefundResultCode = keyof typeof REFUND_RESULT_CODES;

export const INQUIRY_REFUND_RESULT_CODES = {
  ...INQUIRY_RESULT_CODES,
  ORDER_NOT_EXIST: 'F',
} as const satisfies Record<string, ResultStatus>;
export type InquiryRefundResultCode = keyof typeof INQUIRY_REFUND_RESULT_CODES;
