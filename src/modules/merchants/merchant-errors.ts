/** The closed set of problems a merchant mutation reports in its payload. */
export const MERCHANT_ERROR_CODES = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'INVALID_KEY',
  'DUPLICATE',
  'NOT_FOUND',
  'INVALID_STATE',
] as const;
export type MerchantErrorCode = (typeof MERCHANT_ERROR_CODES)[number];
