import { OPERATION_ERROR_CODES } from '../shared/operation-error-codes.js';

/** The closed set of problems declaration mutations and inquiries report in their payload. */
export const DECLARATION_ERROR_CODES = [
  ...OPERATION_ERROR_CODES,
  'PAYMENT_NOT_DECLARABLE',
  'CURRENCY_MISMATCH',
  'AMOUNT_EXCEEDS_PAYMENT',
] as const;
export type DeclarationErrorCode = (typeof DECLARATION_ERROR_CODES)[number];
