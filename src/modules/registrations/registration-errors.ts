import { OPERATION_ERROR_CODES } from '../shared/operation-error-codes.js';

/** The closed set of problems registration mutations and inquiries report in their payload. */
export const REGISTRATION_ERROR_CODES = [...OPERATION_ERROR_CODES] as const;
export type RegistrationErrorCode = (typeof REGISTRATION_ERROR_CODES)[number];
