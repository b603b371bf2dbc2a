import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/shared/csv.js';
import { divideHalfEven, entryFee } from '../../../src/sandbox/reports/fees.js';
import { collectLedger } from '../../../src/sandbox/reports/ledger.js';
import { SETTLEMENT_DETAILS_COLUMNS, SETTLEMENT_SUMMARY_COLUMNS, TRANSACTION_DETAILS_COLUMNS } from '../../../src/sandbox/reports/layout.js';
import { reportPeriod, type ReportPeriod } from '../../../src/shared/utc8-days.js';
import { settlementBatch, settlementDetailsReport, settlementSummaryReport } from '../../../src/sandbox/reports/settlement-report.js';
import { transactionReport } from '../../../src/sandbox/reports/transaction-report.js';
import { PaymentStore, type Payment, type Refund } from '../../../src/sandbox/state/payments.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), 'utf8');
const at = (iso: string) => new Date(iso);
const CLIENT = '2188120000000001';

function payment(id: string, requestId: string, value: string, paidAt: string, extra: Partial<Payment> = {}): Payment {
  return {
    clientId: CLIENT,
    paymentId: id,
    paymentRequestId: requestId,
    amount: { value, currency: 'PHP' },
    paymentMethodType: 'GCASH',
    paymentMethodId: 'token',
    referenceOrderId: `ORDER_${requestId.slice(-4)}`,
    orderDescription: 'Monthly plan March',
    status: 'SUCCESS',
    resultCode: 'SUCCESS',
    resultMessage: 'success',
    createdAt: at(paidAt),
    paidAt: at(paidAt),
    failedAt: undefined,
    cancelledAt: undefined,
    expiresAt: at(paidAt),
    notifyUrl: undefined,
    userLoginId: undefined,
    refunds: [],
    fingerprint: '',
    completesOnRetry: false,
    cancelTimers: [],
    ...extra,
  };
}

function refund(p: Payment, id: string, requestId: string, value: string, finishedAt: string, status: Refund['status'] = 'SUCCESS'): Refund {
  return {
    clientId: CLIENT,
    refundId: id,
    refundRequestId: requestId,
    paymentId: p.paymentId,
    amount: { value, currency: p.amount.currency },
    status,
    resultCode: status,
    resultMessage: '',
    createdAt: at(finishedAt),
    finishedAt: at(finishedAt),
    notifyUrl: undefined,
    referenceRefundId: undefined,
    refundReason: undefined,
    fingerprint: '',
  };
}

/** The addendum's A.9 example day: two GCash payments and a partial refund of the second. */
function exampleStore(): PaymentStore {
  const store = new PaymentStore(100);
  store.add(payment('20240301194010800100188000000001', 'AD_PAY_20240301_0001', '29900', '2024-03-01T10:15:02+08:00'));
  const second = payment('20240301194010800100188000000002', 'AD_PAY_20240301_0002', '15000', '2024-03-01T11:40:19+08:00', {
    orderDescription: 'Top-up',
  });
  store.add(second);
  store.addRefund(second, refund(second, '20240301194010800200188000000003', 'AD_REF_20240301_0001', '5000', '2024-03-01T15:02:44+08:00'));
  return store;
}

const day = (from: string, to?: string) => reportPeriod(from, to) as ReportPeriod;

describe('sandbox transaction details report', () => {
  it('reproduces the addendum example file byte for byte, with the documented name', () => {
    const report = transactionReport(exampleStore(), CLIENT, day('20240301'));
    expect(report.name).toBe('transactionItems_20240301_000.csv');
    expect(report.csv).toBe(fixture('transactionItems_20240301_000.csv'));
  });

  it('uses the official 21-column header and ends with <END>', () => {
    const { csv } = transactionReport(new PaymentStore(10), CLIENT, day('20240301'));
    expect(csv).toBe(`${TRANSACTION_DETAILS_COLUMNS.join(',')}\n<END>\n`);
  });

  it('cuts days at 00:00 UTC+8: a payment at 23:59:59+08:00 is on its day, one at 00:00:00+08:00 on the next', () => {
    const store = new PaymentStore(10);
    store.add(payment('P1', 'R1', '100', '2024-03-01T23:59:59+08:00'));
    store.add(payment('P2', 'R2', '200', '2024-03-02T00:00:00+08:00'));
    expect(collectLedger(store, CLIENT, day('20240301')).map((e) => e.payment.paymentId)).toEqual(['P1']);
    expect(collectLedger(store, CLIENT, day('2024-03-02')).map((e) => e.payment.paymentId)).toEqual(['P2']);
    expect(transactionReport(store, CLIENT, day('20240301', '20240302')).name).toBe('transactionItems_20240301-20240302_000.csv');
  });

  it('lists only money movements: no failed or processing payments, no failed refunds; a paid-then-cancelled payment has PAYMENT and CANCEL rows', () => {
    const store = new PaymentStore(10);
    store.add(payment('FAILED', 'RF', '100', '2024-03-01T09:00:00+08:00', { status: 'FAIL', paidAt: undefined }));
    store.add(payment('PROC', 'RP', '100', '2024-03-01T09:00:00+08:00', { status: 'PROCESSING', paidAt: undefined }));
    store.add(payment('CANCELLED_UNPAID', 'RCU', '100', '2024-03-01T09:00:00+08:00', { status: 'CANCELLED', paidAt: undefined, cancelledAt: at('2024-03-01T09:01:00+08:00') }));
    store.add(payment('CANCELLED_PAID', 'RC', '12345', '2024-03-01T09:00:00+08:00', { status: 'CANCELLED', cancelledAt: at('2024-03-01T10:00:00+08:00') }));
    const paid = payment('PAID', 'RPAID', '1000', '2024-03-01T09:30:00+08:00');
    store.add(paid);
    store.addRefund(paid, refund(paid, 'REF_FAIL', 'RR1', '100', '2024-03-01T11:00:00+08:00', 'FAIL'));
    const { csv } = transactionReport(store, CLIENT, day('20240301'));
    const rows = parseCsv(csv).records.slice(1, -1).map((r) => `${r.fields[12]} ${r.fields[5]} ${r.fields[15]} ${r.fields[17]}`);
    expect(rows).toEqual(['PAYMENT CANCELLED_PAID 123.45 ', 'PAYMENT PAID 10.00 ', 'CANCEL CANCELLED_PAID -123.45 RC']);
  });

  it('quotes values with commas, quotes and newlines (RFC 4180)', () => {
    const store = new PaymentStore(10);
    store.add(payment('P1', 'R1', '100', '2024-03-01T09:00:00+08:00', { orderDescription: 'Plan "Gold", yearly\nrenewal' }));
    const { csv } = transactionReport(store, CLIENT, day('20240301'));
    expect(csv).toContain(',"Plan ""Gold"", yearly\nrenewal",');
    expect(parseCsv(csv).records[1]?.fields[9]).toBe('Plan "Gold", yearly\nrenewal');
  });

  it('writes major units by currency exponent (JPY 0, KWD 3)', () => {
    const store = new PaymentStore(10);
    store.add(payment('J', 'RJ', '1500', '2024-03-01T09:00:00+08:00', { amount: { value: '1500', currency: 'JPY' } }));
    store.add(payment('K', 'RK', '1500', '2024-03-01T09:00:01+08:00', { amount: { value: '1500', currency: 'KWD' } }));
    const amounts = parseCsv(transactionReport(store, CLIENT, day('20240301')).csv).records.slice(1, -1).map((r) => r.fields[15]);
    expect(amounts).toEqual(['1500', '1.500']);
  });
});

describe('sandbox settlement reports', () => {
  it('use the example files\' headers, names and <END>, with settlement = amount + fee on every row', () => {
    const batch = settlementBatch(exampleStore(), CLIENT, day('20240301'), 'PHP');
    const details = settlementDetailsReport(batch);
    expect(details.name).toMatch(/^settlementItems_PHP_20240302110210\d{5}_000\.csv$/);
    const parsed = parseCsv(details.csv).records;
    expect(parsed[0]?.fields).toEqual(parseCsv(fixture('settlementItems_USD_2024030511021040001_000.csv')).records[0]?.fields);
    expect(parsed[0]?.fields).toEqual([...SETTLEMENT_DETAILS_COLUMNS]);
    expect(parsed.at(-1)?.fields).toEqual(['<END>']);
    const col = (name: string) => SETTLEMENT_DETAILS_COLUMNS.indexOf(name as never);
    const rows = parsed.slice(1, -1).map((r) => r.fields);
    expect(rows.map((r) => [r[col('transactionType')], r[col('transactionAmountValue')], r[col('feeAmountValue')], r[col('settlementAmountValue')]])).toEqual([
      ['PAYMENT', '299.00', '-5.38', '293.62'],
      ['PAYMENT', '150.00', '-2.70', '147.30'],
      ['REFUND', '-50.00', '0.90', '-49.10'],
    ]);
    expect(new Set(rows.map((r) => r[col('settlementTime')]))).toEqual(new Set(['2024-03-02T10:00:00+08:00']));

    const summary = settlementSummaryReport(batch);
    expect(summary.name).toBe(details.name.replace('settlementItems', 'settlementSummary'));
    const lines = parseCsv(summary.csv).records;
    expect(lines[0]?.fields).toEqual(parseCsv(fixture('settlementSummary_USD_2024030511021040001_000.csv')).records[0]?.fields);
    expect(lines[0]?.fields).toEqual([...SETTLEMENT_SUMMARY_COLUMNS]);
    expect(lines.slice(1, -1).map((r) => r.fields.slice(3, 10))).toEqual([
      ['PAYMENT', '2024-03-02T10:00:00+08:00', '2', '440.92', 'PHP', '-8.08', 'PHP'],
      ['REFUND', '2024-03-02T10:00:00+08:00', '1', '-49.10', 'PHP', '0.90', 'PHP'],
      ['TOTAL', '2024-03-02T10:00:00+08:00', '3', '391.82', 'PHP', '-7.18', 'PHP'],
    ]);
  });

  it('rounds fees half to even, and a cancel returns the whole payment fee', () => {
    expect(divideHalfEven(25n, 10n)).toBe(2n);
    expect(divideHalfEven(35n, 10n)).toBe(4n);
    expect(divideHalfEven(-25n, 10n)).toBe(-2n);
    const p = payment('P', 'R', '12345', '2024-03-01T09:00:00+08:00');
    expect(entryFee({ type: 'PAYMENT', at: p.createdAt, payment: p, refund: undefined, amountMinor: 12345n, currency: 'PHP' })).toBe(-222n);
    expect(entryFee({ type: 'CANCEL', at: p.createdAt, payment: p, refund: undefined, amountMinor: -12345n, currency: 'PHP' })).toBe(222n);
  });
});
