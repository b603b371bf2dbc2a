import type { DiscrepancyKind } from './discrepancy-kinds.js';
import type { ReportRow } from './report-row.js';

/** What matching needs of a gateway payment (a plain view, so the rules are testable without a database). */
export interface PaymentFacts {
  id: string;
  paymentRequestId: string;
  amsPaymentId: string | null;
  amountValue: string;
  currency: string;
  status: string;
  paymentTime: Date | null;
  cancelTime: Date | null;
  createdAt: Date;
}

export interface RefundFacts {
  id: string;
  paymentId: string;
  refundRequestId: string;
  amsRefundId: string | null;
  amountValue: string;
  currency: string;
  status: string;
  refundTime: Date | null;
  updatedAt: Date;
}

export interface Period {
  start: Date;
  end: Date;
}

export interface Finding {
  kind: DiscrepancyKind;
  /** PAYMENT, REFUND or CANCEL. */
  transactionType: string;
  line: number | null;
  transactionId: string | null;
  transactionRequestId: string | null;
  aggregateType: 'PAYMENT' | 'REFUND' | null;
  aggregateId: string | null;
  reportAmountMinor: string | null;
  reportCurrency: string | null;
  reportStatus: string | null;
  gatewayAmountMinor: string | null;
  gatewayCurrency: string | null;
  gatewayStatus: string | null;
  message: string;
}

export interface MatchResult {
  findings: Finding[];
  /** Rows of types we do not reconcile (fees, reserves, disputes…): stored, not matched. */
  ignoredRows: number;
  matchedRows: number;
}

/** Row types that correspond to gateway records. */
const MATCHED_TYPES = new Set(['PAYMENT', 'REFUND', 'CANCEL']);

/** Row statuses (current layout; values unconfirmed, A.5) that mean the movement happened. Legacy rows have none. */
const SUCCESS_STATUSES = new Set(['SUCCESS', 'SUCCEEDED', 'SETTLED', 'TO_BE_SETTLED', 'PROCESSED', 'COMPLETED']);
const FAILED_STATUSES = new Set(['FAIL', 'FAILED', 'CLOSED', 'CANCELLED', 'CANCELED']);

type RowOutcome = 'SUCCESS' | 'FAIL' | 'PROCESSING';

export function rowOutcome(row: ReportRow): RowOutcome {
  if (row.status === null) return 'SUCCESS';
  const status = row.status.toUpperCase();
  if (SUCCESS_STATUSES.has(status)) return 'SUCCESS';
  if (FAILED_STATUSES.has(status)) return 'FAIL';
  return 'PROCESSING';
}

const inPeriod = (period: Period, at: Date | null) => at !== null && at >= period.start && at < period.end;
const abs = (n: bigint) => (n < 0n ? -n : n);

class Index<T> {
  private readonly map = new Map<string, T>();
  add(key: string | null, value: T): void {
    if (key !== null) this.map.set(key, value);
  }
  get(key: string | null): T | undefined {
    return key === null ? undefined : this.map.get(key);
  }
}

/**
 * Compares a report with the gateway's records. Rows find their record by AMS id first (transactionId = paymentId
 * for PAYMENT and CANCEL, refundId for REFUND in the legacy layout), then by the merchant's request id (the current
 * layout puts the paymentId in transactionId for refunds too, so refunds fall back to refundRequestId). Then, from
 * the gateway side, every payment paid in the period, every post-payment cancel in the period and every refund that
 * succeeded in the period must have been matched by a row of its type.
 */
export function matchReport(rows: readonly ReportRow[], payments: readonly PaymentFacts[], refunds: readonly RefundFacts[], period: Period): MatchResult {
  const paymentsByAmsId = new Index<PaymentFacts>();
  const paymentsByRequestId = new Index<PaymentFacts>();
  for (const p of payments) {
    paymentsByAmsId.add(p.amsPaymentId, p);
    paymentsByRequestId.add(p.paymentRequestId, p);
  }
  const refundsByAmsId = new Index<RefundFacts>();
  const refundsByRequestId = new Index<RefundFacts>();
  for (const r of refunds) {
    refundsByAmsId.add(r.amsRefundId, r);
    refundsByRequestId.add(r.refundRequestId, r);
  }

  const findings: Finding[] = [];
  const matched = new Set<string>();
  let ignoredRows = 0;
  let matchedRows = 0;
  const cancelRowFor = new Set<string>();

  const findPayment = (row: ReportRow) =>
    paymentsByAmsId.get(row.transactionId) ??
    paymentsByRequestId.get(row.transactionRequestId) ??
    paymentsByRequestId.get(row.originalTransactionRequestId);
  // Which payments the report reverses by CANCEL, needed to judge a PAYMENT row of a CANCELLED payment.
  for (const row of rows) {
    const payment = row.transactionType === 'CANCEL' ? findPayment(row) : undefined;
    if (payment && rowOutcome(row) === 'SUCCESS') cancelRowFor.add(payment.id);
  }

  const fromRow = (row: ReportRow, kind: DiscrepancyKind, message: string, record?: PaymentFacts | RefundFacts, aggregateType?: 'PAYMENT' | 'REFUND'): Finding => ({
    kind,
    transactionType: row.transactionType,
    line: row.line,
    transactionId: row.transactionId,
    transactionRequestId: row.transactionRequestId,
    aggregateType: record && aggregateType ? aggregateType : null,
    aggregateId: record?.id ?? null,
    reportAmountMinor: row.amountMinor.toString(),
    reportCurrency: row.currency,
    reportStatus: row.status ?? rowOutcome(row),
    gatewayAmountMinor: record?.amountValue ?? null,
    gatewayCurrency: record?.currency ?? null,
    gatewayStatus: record?.status ?? null,
    message,
  });

  const compareMoney = (row: ReportRow, record: PaymentFacts | RefundFacts, aggregateType: 'PAYMENT' | 'REFUND', what: string) => {
    if (record.currency !== row.currency) {
      findings.push(fromRow(row, 'CURRENCY_MISMATCH', `${what}: the report says ${row.currency}, the gateway ${record.currency}`, record, aggregateType));
    } else if (abs(row.amountMinor) !== BigInt(record.amountValue)) {
      findings.push(
        fromRow(row, 'AMOUNT_MISMATCH', `${what}: the report says ${abs(row.amountMinor)} minor units, the gateway ${record.amountValue}`, record, aggregateType),
      );
    }
  };

  for (const row of rows) {
    if (!MATCHED_TYPES.has(row.transactionType)) {
      ignoredRows++;
      continue;
    }
    const outcome = rowOutcome(row);
    if (row.transactionType === 'REFUND') {
      const refund = refundsByAmsId.get(row.transactionId) ?? refundsByRequestId.get(row.transactionRequestId);
      if (!refund) {
        findings.push(fromRow(row, 'MISSING_IN_GATEWAY', `refund ${row.transactionId} (request ${row.transactionRequestId ?? '-'}) is in the report but not in the gateway`));
        continue;
      }
      matchedRows++;
      matched.add(`REFUND|${refund.id}`);
      compareMoney(row, refund, 'REFUND', 'refund amount');
      const ok = outcome === 'SUCCESS' ? refund.status === 'SUCCEEDED' : outcome === 'FAIL' ? refund.status === 'FAILED' : refund.status !== 'SUCCEEDED' && refund.status !== 'FAILED';
      if (!ok) findings.push(fromRow(row, 'STATUS_MISMATCH', `the report shows the refund as ${row.status ?? 'successful'}, the gateway says ${refund.status}`, refund, 'REFUND'));
      continue;
    }

    const payment = findPayment(row);
    const label = row.transactionType === 'CANCEL' ? 'cancellation of payment' : 'payment';
    if (!payment) {
      findings.push(fromRow(row, 'MISSING_IN_GATEWAY', `${label} ${row.transactionId} (request ${row.transactionRequestId ?? '-'}) is in the report but not in the gateway`));
      continue;
    }
    matchedRows++;
    matched.add(`${row.transactionType}|${payment.id}`);
    compareMoney(row, payment, 'PAYMENT', row.transactionType === 'CANCEL' ? 'cancelled amount' : 'payment amount');
    let problem: string | null = null;
    if (row.transactionType === 'CANCEL') {
      if (outcome === 'SUCCESS' && payment.status !== 'CANCELLED') problem = `the report reverses the payment (CANCEL), the gateway says ${payment.status}`;
    } else if (outcome === 'SUCCESS') {
      if (payment.status === 'CANCELLED') {
        // Cancelled after success: fine when the reversal is in this report, or happened outside its period.
        const reversedElsewhere = payment.cancelTime !== null && !inPeriod(period, payment.cancelTime);
        if (!cancelRowFor.has(payment.id) && !reversedElsewhere) {
          problem = 'the gateway says CANCELLED, but the report shows the payment without a reversal (CANCEL row)';
          // One fact, one discrepancy: the missing CANCEL row is what this mismatch says.
          matched.add(`CANCEL|${payment.id}`);
        }
      } else if (payment.status !== 'SUCCEEDED') {
        problem = `the report shows the payment as ${row.status ?? 'successful'}, the gateway says ${payment.status}`;
      }
    } else if (outcome === 'FAIL' && payment.status === 'SUCCEEDED') {
      problem = `the report shows the payment as ${row.status ?? 'failed'}, the gateway says SUCCEEDED`;
    } else if (outcome === 'PROCESSING' && (payment.status === 'SUCCEEDED' || payment.status === 'FAILED')) {
      problem = `the report shows the payment as ${row.status ?? 'processing'}, the gateway says ${payment.status}`;
    }
    if (problem) findings.push(fromRow(row, 'STATUS_MISMATCH', problem, payment, 'PAYMENT'));
  }

  const missing = (transactionType: string, record: PaymentFacts | RefundFacts, aggregateType: 'PAYMENT' | 'REFUND', amsId: string | null, requestId: string, message: string): Finding => ({
    kind: 'MISSING_IN_REPORT',
    transactionType,
    line: null,
    transactionId: amsId,
    transactionRequestId: requestId,
    aggregateType,
    aggregateId: record.id,
    reportAmountMinor: null,
    reportCurrency: null,
    reportStatus: null,
    gatewayAmountMinor: record.amountValue,
    gatewayCurrency: record.currency,
    gatewayStatus: record.status,
    message,
  });

  for (const p of payments) {
    // A payment that reached success (still SUCCEEDED, or cancelled afterwards) moved money on its payment day.
    const paidAt = p.paymentTime ?? (p.status === 'SUCCEEDED' ? p.createdAt : null);
    const paid = p.status === 'SUCCEEDED' || (p.status === 'CANCELLED' && p.paymentTime !== null);
    if (paid && inPeriod(period, paidAt) && !matched.has(`PAYMENT|${p.id}`)) {
      findings.push(missing('PAYMENT', p, 'PAYMENT', p.amsPaymentId, p.paymentRequestId, `payment ${p.paymentRequestId} (${p.status}) is in the gateway but not in the report`));
    }
    if (p.status === 'CANCELLED' && p.paymentTime !== null && inPeriod(period, p.cancelTime) && !matched.has(`CANCEL|${p.id}`)) {
      findings.push(missing('CANCEL', p, 'PAYMENT', p.amsPaymentId, p.paymentRequestId, `the cancellation of paid payment ${p.paymentRequestId} is in the gateway but not in the report`));
    }
  }
  for (const r of refunds) {
    if (r.status === 'SUCCEEDED' && inPeriod(period, r.refundTime ?? r.updatedAt) && !matched.has(`REFUND|${r.id}`)) {
      findings.push(missing('REFUND', r, 'REFUND', r.amsRefundId, r.refundRequestId, `refund ${r.refundRequestId} is in the gateway but not in the report`));
    }
  }
  return { findings, ignoredRows, matchedRows };
}
