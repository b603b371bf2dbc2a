import { OPERATION_ERROR_CODES } from '../shared/operation-error-codes.js';

/** The closed set of problems schedule mutations report in their payload. */
export const SCHEDULE_ERROR_CODES = [
  ...OPERATION_ERROR_CODES,
  'AUTHORIZATION_NOT_ACTIVE',
  'INVALID_STATE',
] as const;
export type ScheduleErrorCode = (typeof SCHEDULE_ERROR_CODES)[number];
