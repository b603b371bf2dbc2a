/** The closed set of problems authorization mutations report in their payload. */
export const AUTHORIZATION_ERROR_CODES = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'NOT_FOUND',
  'INVALID_STATE',
  'AUTH_STATE_MISMATCH',
  'TOKEN_EXPIRED',
  'IDEMPOTENCY_MISMATCH',
] as const;
export type AuthorizationErrorCode = (typeof AUTHORIZATION_ERROR_CODES)[number];
