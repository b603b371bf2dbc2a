/** The closed set of problems schedule mutations report in their payload. */
export const SCHEDULE_ERROR_CODES = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'NOT_FOUND',
  'IDEMPOTENCY_MISMATCH',
  'AUTHORIZATION_NOT_ACTIVE',
  'INVALID_STATE',
] as const;
export type ScheduleErrorCode = (typeof SCHEDULE_ERROR_CODES)[number];
