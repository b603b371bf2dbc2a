/**
 * The problems every create-then-call operation can report (bad or missing input, an unknown referenced record, an
 * idempotency key reused with other input); each module's closed set adds its own after these.
 */
export const OPERATION_ERROR_CODES = ['REQUIRED', 'INVALID', 'TOO_LONG', 'NOT_FOUND', 'IDEMPOTENCY_MISMATCH'] as const;
