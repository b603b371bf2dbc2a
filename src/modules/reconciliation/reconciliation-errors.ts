import type { Problem } from '../outcome.js';

/** The closed set of problems the reconciliation mutations report in their payload. */
export const RECONCILIATION_ERROR_CODES = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'CONTENT_TOO_LARGE',
  'FETCH_FAILED',
  'MERCHANT_NOT_FOUND',
  'MALFORMED_REPORT',
  'PERIOD_REQUIRED',
  'NOT_FOUND',
  'ALREADY_RESOLVED',
] as const;
export type ReconciliationErrorCode = (typeof RECONCILIATION_ERROR_CODES)[number];

/** A Problem that can also point into the file: line (1-based, header = 1), column name and the offending value. */
export interface ReconciliationProblem extends Problem<ReconciliationErrorCode> {
  line: number | null;
  column: string | null;
  value: string | null;
}

export type ReconciliationOutcome<T> = { ok: true; value: T } | { ok: false; errors: ReconciliationProblem[] };

export function reconciliationProblem(code: ReconciliationErrorCode, field: string | null, message: string): ReconciliationProblem {
  return { code, field, message, line: null, column: null, value: null };
}
