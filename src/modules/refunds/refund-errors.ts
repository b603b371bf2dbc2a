import { OPERATION_ERROR_CODES } from '../shared/operation-error-codes.js';

/** The closed set of problems refund mutations and inquiries report in their payload. */
export const REFUND_ERROR_CODES = [
  ...OPERATION_ERROR_CODES,
  'PAYMENT_NOT_REFUNDABLE',
  'CANCEL_IN_PROGRESS',
  'CURRENCY_MISMATCH',
  'AMOUNT_EXCEEDS_REFUNDABLE',
  'REFUND_WINDOW_EXCEEDED',
  // Admin override (resolveRefundManually): the status machine refuses the requested change.
  'INVALID_STATE',
] as const;
export type RefundErrorCode = (typeof REFUND_ERROR_CODES)[number];
