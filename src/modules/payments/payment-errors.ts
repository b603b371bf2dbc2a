/** The closed set of problems payment mutations and inquiries report in their payload. */
export const PAYMENT_ERROR_CODES = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'NOT_FOUND',
  'IDEMPOTENCY_MISMATCH',
  'AUTHORIZATION_NOT_ACTIVE',
  'TOKEN_EXPIRED',
  // The agreement is dead (the authorization is REAUTHORIZATION_REQUIRED): consult again and have the user agree.
  'REAUTHORIZATION_REQUIRED',
  'INVALID_STATE',
  'HAS_REFUNDS',
  'CANCEL_WINDOW_EXCEEDED',
] as const;
export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];
