/** The closed set of problems setMerchantRateLimits reports in its payload. */
export const RATE_LIMIT_ERROR_CODES = ['INVALID', 'NOT_FOUND'] as const;
export type RateLimitErrorCode = (typeof RATE_LIMIT_ERROR_CODES)[number];
