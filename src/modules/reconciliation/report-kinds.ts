/** Report files the gateway can import: the two with one row per transaction (ams-addendum A.4–A.6). */
export const REPORT_KINDS = ['TRANSACTION_DETAILS', 'SETTLEMENT_DETAILS'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** LEGACY: `paymentTime`, `acquirer`… (A.4); CURRENT: `transactionCompletionTime`, `PSP`, `status`… (A.5). */
export const REPORT_LAYOUTS = ['LEGACY', 'CURRENT'] as const;
export type ReportLayout = (typeof REPORT_LAYOUTS)[number];
