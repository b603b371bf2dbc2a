import { OPERATION_ERROR_CODES } from '../shared/operation-error-codes.js';

/** The closed set of problems payment mutations and inquiries report in their payload. */
export const PAYMENT_ERROR_CODES = [
  ...OPERATION_ERROR_CODES,
  'AUTHORIZATION_NOT_ACTIVE',
  'TOKEN_EXPIRED',
  // The agreement is dead (the authorization is REAUTHORIZATION_REQUIRED): consult again and have the user agree.
  'REAUTHORIZATION_REQUIRED',
  'INVALID_STATE',
  'HAS_REFUNDS',
  'CANCEL_WINDOW_EXCEEDED',
] as const;
export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];
