import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/modules/reconciliation/report-parser.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), 'utf8');
const EXAMPLE = fixture('transactionItems_20240301_000.csv');
const HEADER = EXAMPLE.split('\n')[0]!;

function problems(kind: 'TRANSACTION_DETAILS' | 'SETTLEMENT_DETAILS', content: string, clientId: string | null = null) {
  const result = parseReport(kind, content, clientId);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('report parser', () => {
  it('reads the addendum transaction example: types, ids, signed minor units, times', () => {
    const result = parseReport('TRANSACTION_DETAILS', EXAMPLE, '2188120000000001');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.layout).toBe('LEGACY');
    expect(result.report.rows.map((r) => [r.line, r.transactionType, r.transactionId, r.transactionRequestId, r.amountMinor, r.currency])).toEqual([
      [2, 'PAYMENT', '20240301194010800100188000000001', 'AD_PAY_20240301_0001', 29900n, 'PHP'],
      [3, 'PAYMENT', '20240301194010800100188000000002', 'AD_PAY_20240301_0002', 15000n, 'PHP'],
      [4, 'REFUND', '20240301194010800200188000000003', 'AD_REF_20240301_0001', -5000n, 'PHP'],
    ]);
    expect(result.report.rows[2]).toMatchObject({ originalTransactionId: '20240301194010800100188000000002', originalTransactionRequestId: 'AD_PAY_20240301_0002', status: null });
    expect(result.report.rows[0]!.time?.toISOString()).toBe('2024-03-01T02:15:02.000Z');
  });

  it('reads the addendum settlement details example as SETTLEMENT_DETAILS', () => {
    const result = parseReport('SETTLEMENT_DETAILS', fixture('settlementItems_USD_2024030511021040001_000.csv'), null);
    expect(result.ok && result.report.rows.map((r) => [r.settlementBatchId, r.transactionType, r.amountMinor])).toEqual([
      ['2024030511021040001', 'PAYMENT', 29900n],
      ['2024030511021040001', 'PAYMENT', 15000n],
      ['2024030511021040001', 'REFUND', -5000n],
    ]);
  });

  it('refuses the settlement summary (no transaction rows) with the missing columns named', () => {
    const found = problems('TRANSACTION_DETAILS', fixture('settlementSummary_USD_2024030511021040001_000.csv'));
    expect(found.map((p) => p.column)).toEqual(expect.arrayContaining(['transactionId', 'transactionType', 'transactionAmountValue', 'paymentTime']));
    expect(found.every((p) => p.line === 1)).toBe(true);
  });

  it('keys on header names, not positions: shuffled columns, BOM, CRLF and quoted values are fine', () => {
    const lines = EXAMPLE.trimEnd().split('\n').map((l) => l.split(','));
    const order = lines[0]!.map((_, i) => i).reverse();
    const shuffled = lines.slice(0, -1).map((fields) => order.map((i) => fields[i]!).join(',')).concat('<END>');
    const quoted = shuffled.map((l) => l.replace('Top-up', '"Top-up, ""extra"""'));
    const result = parseReport('TRANSACTION_DETAILS', `\uFEFF${quoted.join('\r\n')}\r\n`, null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.rows.map((r) => r.amountMinor)).toEqual([29900n, 15000n, -5000n]);
    expect(result.report.rows[1]!.raw.orderDescription).toBe('Top-up, "extra"');
  });

  it('accepts the current layout (transactionCompletionTime, PSP, status)', () => {
    const csv = [
      'customerId,PSP,transactionId,transactionRequestId,transactionType,status,transactionCompletionTime,transactionAmountValue,transactionCurrency',
      'C1,Alipay_SG,2024P1,REQ1,PAYMENT,SUCCESS,2024-03-01T10:00:00+08:00,1500,JPY',
      'C1,Alipay_SG,2024P1,REF1,REFUND,SUCCESS,2024-03-01T11:00:00+08:00,-500,JPY',
      '<END>',
    ].join('\n');
    const result = parseReport('TRANSACTION_DETAILS', csv, 'C1');
    expect(result.ok && result.report.layout).toBe('CURRENT');
    expect(result.ok && result.report.rows.map((r) => [r.transactionId, r.status, r.amountMinor])).toEqual([
      ['2024P1', 'SUCCESS', 1500n],
      ['2024P1', 'SUCCESS', -500n],
    ]);
  });

  it('names line, column and value of every bad cell, and the file-level problems', () => {
    const rows = EXAMPLE.trimEnd().split('\n').slice(1, -1);
    const csv = [
      HEADER,
      rows[0]!,
      rows[1]!.replace(',PHP,', ',XXX,').replace('2024-03-01T11:40:19+08:00', 'yesterday'),
      rows[2]!.replace(',REFUND,', ',,'),
      rows[0]!.split(',').slice(0, 5).join(','),
      rows[0]!,
      rows[1]!.replace('150.00', '150.001'),
    ].join('\n');
    const found = problems('TRANSACTION_DETAILS', csv);
    expect(found).toEqual([
      { line: 3, column: 'transactionCurrency', value: 'XXX', message: 'transactionCurrency must be an ISO 4217 code' },
      { line: 3, column: 'paymentTime', value: 'yesterday', message: expect.stringMatching(/ISO 8601/) },
      { line: 4, column: 'transactionType', value: '', message: expect.any(String) },
      { line: 5, column: null, value: null, message: 'the line has 5 values, the header has 21 columns' },
      { line: 6, column: 'transactionId', value: '20240301194010800100188000000001', message: 'the same PAYMENT row already appears on line 2' },
      { line: 7, column: 'transactionAmountValue', value: '150.001', message: expect.stringMatching(/at most 2 decimals for PHP/) },
      { line: null, column: null, value: null, message: expect.stringMatching(/does not end with the <END> line/) },
    ]);
  });

  it('refuses data after <END>, broken quotes, an empty file and a duplicated header column', () => {
    expect(problems('TRANSACTION_DETAILS', `${EXAMPLE}${EXAMPLE.split('\n')[1]}\n`)).toContainEqual(expect.objectContaining({ line: 6, message: 'data after the <END> line' }));
    const badQuote = EXAMPLE.replace('Top-up', 'Top"up');
    expect(problems('TRANSACTION_DETAILS', badQuote)).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/double quote inside an unquoted value/) })]);
    expect(problems('TRANSACTION_DETAILS', '\n\n')).toEqual([expect.objectContaining({ message: 'the file is empty' })]);
    expect(problems('TRANSACTION_DETAILS', `${HEADER},customerId\n<END>\n`)).toEqual([expect.objectContaining({ line: 1, column: 'customerId', message: 'the header names column customerId twice' })]);
  });

  it("refuses rows of another client id (another merchant's file)", () => {
    expect(problems('TRANSACTION_DETAILS', EXAMPLE, 'SANDBOX_OTHER')).toHaveLength(3);
  });

  it('caps the list of problems', () => {
    const row = EXAMPLE.split('\n')[1]!.replace('299.00', 'x');
    const many = [HEADER, ...Array.from({ length: 80 }, () => row), '<END>'].join('\n');
    const found = problems('TRANSACTION_DETAILS', many);
    expect(found).toHaveLength(51);
    expect(found.at(-1)?.message).toBe('…and 30 more problems');
  });
});
