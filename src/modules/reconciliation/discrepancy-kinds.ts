/**
 * MISSING_IN_GATEWAY: the report has a movement we have no record of. MISSING_IN_REPORT: we have a final successful
 * movement in the period that the report lacks. AMOUNT_MISMATCH / CURRENCY_MISMATCH: both have it, with different
 * money. STATUS_MISMATCH: both have it, but our status contradicts the report (e.g. FAILED here, paid there; or
 * CANCELLED here while the report shows the payment without its reversal).
 */
export const DISCREPANCY_KINDS = [
  'MISSING_IN_GATEWAY',
  'MISSING_IN_REPORT',
  'AMOUNT_MISMATCH',
  'CURRENCY_MISMATCH',
  'STATUS_MISMATCH',
] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export const DISCREPANCY_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type DiscrepancyStatus = (typeof DISCREPANCY_STATUSES)[number];
