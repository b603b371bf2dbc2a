/** One data line of an imported report, normalised across layouts; amounts exact, in signed minor units. */
export interface ReportRow {
  /** 1-based physical line in the file (the header is line 1). */
  line: number;
  transactionType: string;
  transactionId: string;
  originalTransactionId: string | null;
  transactionRequestId: string | null;
  originalTransactionRequestId: string | null;
  /** Signed, as in the file: reverse rows are negative. */
  amountMinor: bigint;
  currency: string;
  /** paymentTime (legacy) or transactionCompletionTime (current). */
  time: Date | null;
  /** The current layout's `status` column; null in the legacy layout, which lists successful rows only. */
  status: string | null;
  settlementBatchId: string | null;
  customerId: string | null;
  /** Every column of the line by header name, for the record. */
  raw: Record<string, string>;
}

/** A malformed file: where (line, column), what value, and why. */
export interface ReportProblem {
  line: number | null;
  column: string | null;
  value: string | null;
  message: string;
}
