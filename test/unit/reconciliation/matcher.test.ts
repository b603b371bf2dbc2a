import { describe, expect, it } from 'vitest';
import { matchReport, type PaymentFacts, type Period, type RefundFacts } from '../../../src/modules/reconciliation/matcher.js';
import type { ReportRow } from '../../../src/modules/reconciliation/report-row.js';

const DAY: Period = { start: new Date('2024-03-01T00:00:00+08:00'), end: new Date('2024-03-02T00:00:00+08:00') };
const IN = new Date('2024-03-01T10:00:00+08:00');
const LATER_IN = new Date('2024-03-01T11:00:00+08:00');
const BEFORE = new Date('2024-02-29T10:00:00+08:00');
const AFTER = new Date('2024-03-02T00:05:00+08:00');

let line = 1;
function row(type: string, transactionId: string, amountMinor: bigint, extra: Partial<ReportRow> = {}): ReportRow {
  line++;
  return {
    line,
    transactionType: type,
    transactionId,
    originalTransactionId: null,
    transactionRequestId: null,
    originalTransactionRequestId: null,
    amountMinor,
    currency: 'USD',
    time: IN,
    status: null,
    settlementBatchId: null,
    customerId: null,
    raw: {},
    ...extra,
  };
}

function payment(id: string, extra: Partial<PaymentFacts> = {}): PaymentFacts {
  return {
    id: `pay_${id}`,
    paymentRequestId: `req_${id}`,
    amsPaymentId: `ams_${id}`,
    amountValue: '1000',
    currency: 'USD',
    status: 'SUCCEEDED',
    paymentTime: IN,
    cancelTime: null,
    createdAt: IN,
    ...extra,
  };
}

function refund(id: string, paymentId: string, extra: Partial<RefundFacts> = {}): RefundFacts {
  return {
    id: `ref_${id}`,
    paymentId: `pay_${paymentId}`,
    refundRequestId: `rreq_${id}`,
    amsRefundId: `rams_${id}`,
    amountValue: '300',
    currency: 'USD',
    status: 'SUCCEEDED',
    refundTime: LATER_IN,
    updatedAt: LATER_IN,
    ...extra,
  };
}

const kinds = (result: ReturnType<typeof matchReport>) => result.findings.map((f) => `${f.kind} ${f.transactionType} ${f.aggregateId ?? f.transactionId}`).sort();

describe('matchReport', () => {
  it('finds nothing when both sides agree (payment, partial refund, paid-then-cancelled payment)', () => {
    const result = matchReport(
      [row('PAYMENT', 'ams_a', 1000n), row('REFUND', 'rams_r', -300n), row('PAYMENT', 'ams_c', 1000n), row('CANCEL', 'ams_c', -1000n)],
      [payment('a'), payment('c', { status: 'CANCELLED', cancelTime: LATER_IN })],
      [refund('r', 'a')],
      DAY,
    );
    expect(result).toEqual({ findings: [], ignoredRows: 0, matchedRows: 4 });
  });

  it('falls back to request ids: refunds of the current layout carry the paymentId in transactionId', () => {
    const result = matchReport(
      [row('PAYMENT', 'ams_a', 1000n), row('REFUND', 'ams_a', -300n, { transactionRequestId: 'rreq_r' })],
      [payment('a')],
      [refund('r', 'a', { amsRefundId: null })],
      DAY,
    );
    expect(result.findings).toEqual([]);
    // A payment whose AMS id we never learnt (timeout) is found by its paymentRequestId, and its status disagrees.
    const pending = matchReport([row('PAYMENT', 'ams_x', 1000n, { transactionRequestId: 'req_p' })], [payment('p', { amsPaymentId: null, status: 'PROCESSING', paymentTime: null })], [], DAY);
    expect(kinds(pending)).toEqual(['STATUS_MISMATCH PAYMENT pay_p']);
  });

  it('flags amount and currency differences once per row, comparing absolute values of reverse rows', () => {
    const result = matchReport(
      [row('PAYMENT', 'ams_a', 1100n), row('PAYMENT', 'ams_b', 1000n, { currency: 'EUR' }), row('REFUND', 'rams_r', -301n)],
      [payment('a'), payment('b')],
      [refund('r', 'a')],
      DAY,
    );
    expect(kinds(result)).toEqual(['AMOUNT_MISMATCH PAYMENT pay_a', 'AMOUNT_MISMATCH REFUND ref_r', 'CURRENCY_MISMATCH PAYMENT pay_b']);
    expect(result.findings.find((f) => f.transactionType === 'REFUND')).toMatchObject({ reportAmountMinor: '-301', gatewayAmountMinor: '300' });
  });

  it('flags status contradictions: FAILED here vs paid there; SUCCEEDED here vs reversed there; refund not final here', () => {
    const result = matchReport(
      [row('PAYMENT', 'ams_f', 1000n), row('PAYMENT', 'ams_s', 1000n), row('CANCEL', 'ams_s', -1000n), row('REFUND', 'rams_r', -300n)],
      [payment('f', { status: 'FAILED', paymentTime: null }), payment('s')],
      [refund('r', 's', { status: 'PROCESSING', refundTime: null })],
      DAY,
    );
    expect(kinds(result)).toEqual(['STATUS_MISMATCH CANCEL pay_s', 'STATUS_MISMATCH PAYMENT pay_f', 'STATUS_MISMATCH REFUND ref_r']);
  });

  it('a CANCELLED payment shown paid without reversal is a mismatch, unless the reversal falls outside the period', () => {
    const inPeriod = matchReport([row('PAYMENT', 'ams_c', 1000n)], [payment('c', { status: 'CANCELLED', cancelTime: LATER_IN })], [], DAY);
    expect(kinds(inPeriod)).toEqual(['STATUS_MISMATCH PAYMENT pay_c']);
    const nextDay = matchReport([row('PAYMENT', 'ams_c', 1000n)], [payment('c', { status: 'CANCELLED', cancelTime: AFTER })], [], DAY);
    expect(nextDay.findings).toEqual([]);
  });

  it('expects a CANCEL row for a cancel-after-success in the period when the payment itself is outside it', () => {
    const result = matchReport([], [payment('c', { status: 'CANCELLED', paymentTime: BEFORE, cancelTime: IN })], [], DAY);
    expect(kinds(result)).toEqual(['MISSING_IN_REPORT CANCEL pay_c']);
  });

  it('expects from the gateway side only final successful movements inside the period', () => {
    const result = matchReport(
      [],
      [
        payment('in'),
        payment('before', { paymentTime: BEFORE }),
        payment('failed', { status: 'FAILED', paymentTime: null }),
        payment('processing', { status: 'PROCESSING', paymentTime: null }),
        payment('cancelledUnpaid', { status: 'CANCELLED', paymentTime: null, cancelTime: IN }),
        payment('noTime', { paymentTime: null, createdAt: LATER_IN }),
      ],
      [refund('in', 'before'), refund('failed', 'before', { status: 'FAILED' }), refund('after', 'before', { refundTime: AFTER })],
      DAY,
    );
    expect(kinds(result)).toEqual(['MISSING_IN_REPORT PAYMENT pay_in', 'MISSING_IN_REPORT PAYMENT pay_noTime', 'MISSING_IN_REPORT REFUND ref_in']);
  });

  it('reports rows we do not know, and skips types that are not payments, refunds or cancels', () => {
    const result = matchReport([row('PAYMENT', 'ams_ghost', 500n, { transactionRequestId: 'req_ghost' }), row('SETTLEMENT_FEE', 'fee1', -10n)], [], [], DAY);
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'MISSING_IN_GATEWAY', transactionId: 'ams_ghost', transactionRequestId: 'req_ghost', aggregateId: null })]);
    expect(result.ignoredRows).toBe(1);
  });

  it('reads the status column of the current layout: a failed row agrees with a failed payment, not a succeeded one', () => {
    const result = matchReport(
      [row('PAYMENT', 'ams_a', 1000n, { status: 'FAIL' }), row('PAYMENT', 'ams_b', 1000n, { status: 'FAIL' }), row('PAYMENT', 'ams_c', 1000n, { status: 'PROCESSING' })],
      [payment('a', { status: 'FAILED', paymentTime: null }), payment('b'), payment('c', { status: 'PROCESSING', paymentTime: null })],
      [],
      DAY,
    );
    expect(kinds(result)).toEqual(['STATUS_MISMATCH PAYMENT pay_b']);
  });
});
