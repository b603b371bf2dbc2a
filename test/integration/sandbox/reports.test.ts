import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { parseCsv } from '../../../src/shared/csv.js';
import { dayStart, utc8Day } from '../../../src/shared/utc8-days.js';
import { authorize, payBody, sandboxWithMerchant, uniqueId, type AmsTestClient } from './helpers.js';

let sandbox: Sandbox;
let client: AmsTestClient;
let today: string;
const paymentIds: Record<string, string> = {};

async function get(path: string): Promise<{ status: number; type: string | null; name: string | null; text: string }> {
  const response = await fetch(`${sandbox.url}/__sandbox/reports/${path}`);
  return { status: response.status, type: response.headers.get('content-type'), name: response.headers.get('x-report-name'), text: await response.text() };
}

/** The data rows as header-keyed records. */
function rows(csv: string): Record<string, string>[] {
  const [header, ...rest] = parseCsv(csv).records;
  expect(rest.at(-1)?.fields).toEqual(['<END>']);
  return rest.slice(0, -1).map((r) => Object.fromEntries(header!.fields.map((name, i) => [name, r.fields[i] ?? ''])));
}

beforeAll(async () => {
  ({ sandbox, client } = await sandboxWithMerchant());
  // 02:00 UTC+8 of the next day: the whole test stays on one report day, far from midnight.
  const next = dayStart(utc8Day(new Date(sandbox.clock.now().getTime() + 86_400_000)))!;
  sandbox.advanceClock((next.getTime() + 2 * 3_600_000 - sandbox.clock.now().getTime()) / 1000);
  const { accessToken } = await authorize(client);
  const pay = async (name: string, value: string, currency = 'PHP', extra: Record<string, unknown> = {}) => {
    const body = payBody(accessToken, value, { paymentAmount: { currency, value }, ...extra });
    (body.order as Record<string, unknown>).orderAmount = { currency, value };
    const answer = await client.call('payments/pay', body);
    paymentIds[name] = String(answer.json.paymentId);
    return answer;
  };
  await pay('php', '29900', 'PHP', { order: { referenceOrderId: 'ORDER_1', orderDescription: 'Plan "Gold", monthly', orderAmount: { currency: 'PHP', value: '29900' }, merchant: { referenceMerchantId: 'SUB_1' } } });
  await pay('usd', '1000', 'USD');
  await pay('cancelled', '2000', 'USD');
  await pay('declined', '3001', 'USD');
  await client.call('payments/refund', { refundRequestId: uniqueId('REF'), paymentId: paymentIds.php, refundAmount: { currency: 'PHP', value: '5000' } });
  await client.call('payments/cancel', { paymentId: paymentIds.cancelled });
  today = utc8Day(sandbox.clock.now());
});

afterAll(async () => {
  await sandbox?.close();
});

describe('sandbox report endpoints', () => {
  it('serve the day\'s transaction details as CSV with the Antom file name', async () => {
    const report = await get(`transactions?clientId=${client.merchant.clientId}&date=${today}`);
    expect(report).toMatchObject({ status: 200, name: `transactionItems_${today}_000.csv` });
    expect(report.type).toBe('text/csv; charset=UTF-8');
    const list = rows(report.text);
    const movements = list.map((r) => `${r.transactionType} ${r.transactionAmountValue} ${r.transactionCurrency}`);
    expect(movements.sort()).toEqual(['CANCEL -20.00 USD', 'PAYMENT 10.00 USD', 'PAYMENT 20.00 USD', 'PAYMENT 299.00 PHP', 'REFUND -50.00 PHP']);
    const php = list.find((r) => r.transactionId === paymentIds.php)!;
    expect(php).toMatchObject({ customerId: client.merchant.clientId, acquirer: 'Alipay_SG', referenceMerchantId: 'SUB_1', referenceTransactionId: 'ORDER_1', orderDescription: 'Plan "Gold", monthly', pspName: 'GCash', productCode: 'AGREEMENT_PAYMENT' });
    expect(report.text).toContain('"Plan ""Gold"", monthly"');
    const refund = list.find((r) => r.transactionType === 'REFUND')!;
    expect(refund.originalTransactionId).toBe(paymentIds.php);
    expect(list.some((r) => r.transactionId === paymentIds.declined)).toBe(false);
  });

  it('follow the sandbox clock: tomorrow has nothing, a range covers both days', async () => {
    sandbox.advanceClock(86_400);
    const tomorrow = utc8Day(sandbox.clock.now());
    expect(rows((await get(`transactions?clientId=${client.merchant.clientId}&date=${tomorrow}`)).text)).toEqual([]);
    const range = await get(`transactions?clientId=${client.merchant.clientId}&from=${today}&to=${tomorrow}`);
    expect(range.name).toBe(`transactionItems_${today}-${tomorrow}_000.csv`);
    expect(rows(range.text)).toHaveLength(5);
  });

  it('settle one currency per batch, with a summary whose TOTAL adds up', async () => {
    const base = `clientId=${client.merchant.clientId}&date=${today}`;
    expect(await get(`settlement?${base}`)).toMatchObject({ status: 400, text: expect.stringMatching(/currency is required.*PHP, USD/) });
    const details = await get(`settlement?${base}&currency=USD`);
    expect(details.name).toMatch(/^settlementItems_USD_\d{19}_000\.csv$/);
    const detailRows = rows(details.text);
    expect(detailRows.map((r) => [r.transactionType, r.transactionAmountValue, r.feeAmountValue, r.settlementAmountValue])).toEqual(
      expect.arrayContaining([['PAYMENT', '10.00', '-0.18', '9.82'], ['PAYMENT', '20.00', '-0.36', '19.64'], ['CANCEL', '-20.00', '0.36', '-19.64']]),
    );
    const summary = rows((await get(`settlement-summary?${base}&currency=USD`)).text);
    expect(summary.find((r) => r.summaryType === 'TOTAL')).toMatchObject({ count: '3', settlementAmountValue: '9.82', feeAmountValue: '-0.18' });
    expect(new Set(summary.map((r) => r.settlementBatchId))).toEqual(new Set([detailRows[0]!.settlementBatchId]));
  });

  it('answer bad requests with JSON errors', async () => {
    expect(await get(`transactions?date=${today}`)).toMatchObject({ status: 400, text: expect.stringMatching(/clientId is required/) });
    expect(await get(`transactions?clientId=NOPE&date=${today}`)).toMatchObject({ status: 404 });
    expect(await get(`transactions?clientId=${client.merchant.clientId}&date=20240230`)).toMatchObject({ status: 400, text: expect.stringMatching(/must be a date/) });
    expect(await get(`transactions?clientId=${client.merchant.clientId}`)).toMatchObject({ status: 400 });
    const post = await fetch(`${sandbox.url}/__sandbox/reports/transactions`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
