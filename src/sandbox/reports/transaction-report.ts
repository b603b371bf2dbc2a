import { minorToMajor } from '../../shared/currencies.js';
import { formatAmsDateTime } from '../../shared/time.js';
import type { PaymentStore } from '../state/payments.js';
import { reportCsv } from './csv-file.js';
import { PRODUCT_CODE, SANDBOX_ACQUIRER, TRANSACTION_DETAILS_COLUMNS, pspNameOf, type Row } from './layout.js';
import { collectLedger, type LedgerEntry } from './ledger.js';
import type { ReportPeriod } from '../../shared/utc8-days.js';

type TransactionRow = Row<typeof TRANSACTION_DETAILS_COLUMNS>;

/**
 * A.4 semantics per type. PAYMENT: its paymentId / paymentRequestId and order fields. REFUND: the refundId and
 * refundRequestId, linked to the payment by originalTransactionId / originalTransactionRequestId. CANCEL: the
 * paymentId, with the payment's request id in both request-id columns. Like the addendum's example, reverse rows
 * leave the order columns (referenceTransactionId, orderDescription) empty.
 */
export function transactionRow(entry: LedgerEntry): TransactionRow {
  const { payment, refund } = entry;
  const common: TransactionRow = {
    customerId: payment.clientId,
    acquirer: SANDBOX_ACQUIRER,
    referenceMerchantId: payment.referenceMerchantId ?? '',
    paymentMethodType: payment.paymentMethodType,
    pspName: pspNameOf(payment.paymentMethodType),
    transactionType: entry.type,
    paymentTime: formatAmsDateTime(entry.at),
    productCode: PRODUCT_CODE,
    transactionAmountValue: minorToMajor(entry.amountMinor, entry.currency),
    transactionCurrency: entry.currency,
  };
  switch (entry.type) {
    case 'PAYMENT':
      return {
        ...common,
        transactionId: payment.paymentId,
        transactionRequestId: payment.paymentRequestId,
        referenceTransactionId: payment.referenceOrderId,
        orderDescription: payment.orderDescription ?? '',
      };
    case 'REFUND':
      return {
        ...common,
        transactionId: refund?.refundId ?? '',
        originalTransactionId: payment.paymentId,
        transactionRequestId: refund?.refundRequestId ?? '',
        originalTransactionRequestId: payment.paymentRequestId,
      };
    case 'CANCEL':
      return {
        ...common,
        transactionId: payment.paymentId,
        transactionRequestId: payment.paymentRequestId,
        originalTransactionRequestId: payment.paymentRequestId,
      };
  }
}

/** `transactionItems_<transactionDate>_000.csv` (A.2); a multi-day sandbox extract names both ends. */
export function transactionReportName(period: ReportPeriod): string {
  const date = period.from === period.to ? period.from : `${period.from}-${period.to}`;
  return `transactionItems_${date}_000.csv`;
}

/** The transaction details report (legacy layout) of one client for whole UTC+8 days. */
export function transactionReport(store: PaymentStore, clientId: string, period: ReportPeriod): { name: string; csv: string } {
  const rows = collectLedger(store, clientId, period).map(transactionRow);
  return { name: transactionReportName(period), csv: reportCsv(TRANSACTION_DETAILS_COLUMNS, rows) };
}
