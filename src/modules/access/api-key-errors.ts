/** The closed set of problems an API key mutation reports in its payload. */
export const API_KEY_ERROR_CODES = ['REQUIRED', 'INVALID', 'NOT_FOUND', 'ALREADY_REVOKED', 'MERCHANT_DISABLED'] as const;
export type ApiKeyErrorCode = (typeof API_KEY_ERROR_CODES)[number];
