import { createHash } from 'node:crypto';
import { minorToMajor } from '../../shared/currencies.js';
import { formatAmsDateTime } from '../../shared/time.js';
import type { PaymentStore } from '../state/payments.js';
import { reportCsv } from './csv-file.js';
import { entryFee } from './fees.js';
import {
  PRODUCT_CODE,
  SANDBOX_ACQUIRER,
  SETTLEMENT_DETAILS_COLUMNS,
  SETTLEMENT_SUMMARY_COLUMNS,
  pspNameOf,
  type Row,
} from './layout.js';
import { collectLedger, type LedgerEntry, type LedgerType } from './ledger.js';
import { addDays, dayStart, type ReportPeriod } from '../../shared/utc8-days.js';
import { transactionRow } from './transaction-report.js';

export interface SettlementBatch {
  clientId: string;
  period: ReportPeriod;
  /** yyyyMMdd; default T+1 after the period's last day. */
  settlementDate: string;
  settlementBatchId: string;
  settlementTime: Date;
  currency: string;
  entries: LedgerEntry[];
}

/**
 * One batch per client, period and currency. The sandbox settles in the transaction currency (no FX: the quote
 * columns stay empty), at 10:00 UTC+8 on the settlement day. The batch id imitates the addendum's
 * `<yyyyMMdd>11021040001` shape, with the last five digits derived from client, period and currency.
 */
export function settlementBatch(
  store: PaymentStore,
  clientId: string,
  period: ReportPeriod,
  currency: string,
  settlementDate = addDays(period.to, 1),
): SettlementBatch {
  const entries = collectLedger(store, clientId, period).filter((e) => e.currency === currency);
  const digest = createHash('sha256').update(`${clientId}|${period.from}|${period.to}|${currency}`).digest();
  const suffix = String(digest.readUInt32BE(0) % 100_000).padStart(5, '0');
  const start = dayStart(settlementDate) ?? period.end;
  return {
    clientId,
    period,
    settlementDate,
    settlementBatchId: `${settlementDate}110210${suffix}`,
    settlementTime: new Date(start.getTime() + 10 * 3_600_000),
    currency,
    entries,
  };
}

/** The currencies with movements in the period (one settlement batch each). */
export function settlementCurrencies(store: PaymentStore, clientId: string, period: ReportPeriod): string[] {
  return [...new Set(collectLedger(store, clientId, period).map((e) => e.currency))].sort();
}

type DetailsRow = Row<typeof SETTLEMENT_DETAILS_COLUMNS>;
type SummaryRow = Row<typeof SETTLEMENT_SUMMARY_COLUMNS>;

function detailsRow(batch: SettlementBatch, entry: LedgerEntry): DetailsRow {
  const txn = transactionRow(entry);
  const fee = entryFee(entry);
  return {
    settlementBatchId: batch.settlementBatchId,
    customerId: batch.clientId,
    acquirer: SANDBOX_ACQUIRER,
    referenceMerchantId: txn.referenceMerchantId ?? '',
    transactionId: txn.transactionId ?? '',
    originalTransactionId: txn.originalTransactionId ?? '',
    transactionRequestId: txn.transactionRequestId ?? '',
    originalTransactionRequestId: txn.originalTransactionRequestId ?? '',
    referenceTransactionId: txn.referenceTransactionId ?? '',
    paymentMethodType: entry.payment.paymentMethodType,
    pspName: pspNameOf(entry.payment.paymentMethodType),
    transactionType: entry.type,
    paymentTime: txn.paymentTime ?? '',
    settlementTime: formatAmsDateTime(batch.settlementTime),
    productCode: PRODUCT_CODE,
    transactionAmountValue: minorToMajor(entry.amountMinor, entry.currency),
    transactionCurrency: entry.currency,
    // settlement = gross (no FX here) + fees (A.3 settlement identity).
    settlementAmountValue: minorToMajor(entry.amountMinor + fee, batch.currency),
    settlementCurrency: batch.currency,
    feeAmountValue: minorToMajor(fee, batch.currency),
    feeCurrency: batch.currency,
  };
}

/** `settlementItems_<settlementCurrency>_<settlementBatchId>_000.csv` (A.2). */
export function settlementDetailsReport(batch: SettlementBatch): { name: string; csv: string } {
  return {
    name: `settlementItems_${batch.currency}_${batch.settlementBatchId}_000.csv`,
    csv: reportCsv(SETTLEMENT_DETAILS_COLUMNS, batch.entries.map((e) => detailsRow(batch, e))),
  };
}

const SUMMARY_TYPES: readonly LedgerType[] = ['PAYMENT', 'REFUND', 'CANCEL'];

/** `settlementSummary_<settlementCurrency>_<settlementBatchId>_000.csv`: one line per type present, then TOTAL (A.8). */
export function settlementSummaryReport(batch: SettlementBatch): { name: string; csv: string } {
  const line = (summaryType: string, entries: LedgerEntry[]): SummaryRow => {
    const fee = entries.reduce((sum, e) => sum + entryFee(e), 0n);
    const settled = entries.reduce((sum, e) => sum + e.amountMinor, 0n) + fee;
    return {
      settlementBatchId: batch.settlementBatchId,
      customerId: batch.clientId,
      acquirer: SANDBOX_ACQUIRER,
      summaryType,
      settlementTime: formatAmsDateTime(batch.settlementTime),
      count: String(entries.length),
      settlementAmountValue: minorToMajor(settled, batch.currency),
      settlementCurrency: batch.currency,
      feeAmountValue: minorToMajor(fee, batch.currency),
      feeCurrency: batch.currency,
    };
  };
  const rows = SUMMARY_TYPES.map((type) => batch.entries.filter((e) => e.type === type))
    .filter((entries) => entries.length > 0)
    .map((entries) => line(entries[0]!.type, entries));
  rows.push(line('TOTAL', batch.entries));
  return {
    name: `settlementSummary_${batch.currency}_${batch.settlementBatchId}_000.csv`,
    csv: reportCsv(SETTLEMENT_SUMMARY_COLUMNS, rows),
  };
}
