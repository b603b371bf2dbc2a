/** The closed set of problems registration mutations and inquiries report in their payload. */
export const REGISTRATION_ERROR_CODES = ['REQUIRED', 'INVALID', 'TOO_LONG', 'NOT_FOUND', 'IDEMPOTENCY_MISMATCH'] as const;
export type RegistrationErrorCode = (typeof REGISTRATION_ERROR_CODES)[number];
