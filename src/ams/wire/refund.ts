import { INQUIRY_FAILURES, resultCodeTable } from './common.js';
/** refund, inquiryRefund (ams-spec §5.7–§5.8; result codes: addendum B.4–B.5). */
import type { AcquirerInfo, AmsDateTime, AmsResponseBody, Amount, Quote, TransactionStatus } from './common.js';

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

export const REFUND_RESULT_CODES = resultCodeTable(
  [
    'ACCESS_DENIED',
    'INVALID_API',
    'CURRENCY_NOT_SUPPORT',
    'INVALID_MERCHANT_STATUS',
    'INVALID_SIGNATURE',
    'KEY_NOT_FOUND',
    'MERCHANT_BALANCE_NOT_ENOUGH',
    'MULTIPLE_REFUNDS_NOT_SUPPORTED',
    'NO_INTERFACE_DEF',
    'ORDER_IS_CANCELED',
    'ORDER_IS_CLOSED',
    'ORDER_NOT_EXIST',
    'ORDER_STATUS_INVALID',
    'PARAM_ILLEGAL',
    'PARTIAL_REFUND_NOT_SUPPORTED',
    'PAYMENT_METHOD_NOT_SUPPORTED',
    'PROCESS_FAIL',
    'REFUND_AMOUNT_EXCEED',
    'REFUND_NOT_SUPPORTED',
    'REFUND_WINDOW_EXCEED',
    'REPEAT_REQ_INCONSISTENT',
    'SYSTEM_ERROR',
  ],
  /** Accepted and processing: do not resend (addendum B.4); wait for notifyRefund or poll inquiryRefund. */
  ['REFUND_IN_PROCESS'],
);
export type RefundResultCode = keyof typeof REFUND_RESULT_CODES;

export const INQUIRY_REFUND_RESULT_CODES = resultCodeTable([...INQUIRY_FAILURES, 'ORDER_NOT_EXIST']);
export type InquiryRefundResultCode = keyof typeof INQUIRY_REFUND_RESULT_CODES;
