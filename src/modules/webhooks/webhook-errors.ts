/** The closed set of problems a webhook mutation reports in its payload. */
export const WEBHOOK_ERROR_CODES = ['REQUIRED', 'INVALID', 'NOT_FOUND', 'LIMIT_REACHED', 'ENDPOINT_DISABLED'] as const;
export type WebhookErrorCode = (typeof WEBHOOK_ERROR_CODES)[number];
