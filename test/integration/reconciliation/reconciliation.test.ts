/**
 * End to end: payments and refunds through the gateway against the real sandbox, discrepancies planted on either
 * side, the sandbox's report fetched over HTTP and imported through GraphQL as an admin. Exactly the planted
 * discrepancies must come back.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestScope } from '../../../src/modules/request-scope.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { dayStart, utc8Day } from '../../../src/shared/utc8-days.js';
import {
  CancelPaymentDocument,
  EventsDocument,
  ImportSettlementReportDocument,
  ReconciliationDiscrepanciesDocument,
  ReconciliationImportsDocument,
  RefundDocument,
  ResolveDiscrepancyDocument,
  type ReconciliationDiscrepanciesQuery,
  type ReconciliationDiscrepancyFieldsFragment,
} from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
/** The UTC+8 day (yyyyMMdd) every planted movement happens on. */
let day: string;
const ids: Record<string, { id: string; amsPaymentId: string | null; paymentRequestId: string }> = {};
const refunds: Record<string, { id: string; refundRequestId: string; amsRefundId: string | null }> = {};
let sandboxOnly: { paymentId: string; paymentRequestId: string };
let reportCsv = '';

async function pay(name: string, authorizationId: string, value: string): Promise<void> {
  const paid = await payOnce(h, m.key, authorizationId, value);
  const payment = paid.payment;
  if (!payment || payment.status !== 'SUCCEEDED') throw new Error(`pay ${name}: ${JSON.stringify(paid)}`);
  ids[name] = { id: payment.id, amsPaymentId: payment.amsPaymentId ?? null, paymentRequestId: payment.paymentRequestId };
}

async function refund(name: string, payment: string, value: string): Promise<void> {
  const result = await h.gql(RefundDocument, { input: { paymentId: ids[payment]!.id, amount: { value, currency: 'USD' } } }, m.key);
  const r = result.refund.refund;
  if (!r || r.status !== 'SUCCEEDED') throw new Error(`refund ${name}: ${JSON.stringify(result.refund)}`);
  refunds[name] = { id: r.id, refundRequestId: r.refundRequestId, amsRefundId: r.amsRefundId ?? null };
}

const sql = (text: string, params: unknown[]) => h.gateway.orm.em.getConnection().execute(text, params);

async function fetchReport(path: string): Promise<{ name: string; csv: string }> {
  const response = await fetch(`${h.sandbox.url}/__sandbox/reports/${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  return { name: response.headers.get('x-report-name') ?? '', csv: await response.text() };
}

async function allDiscrepancies(importId: string): Promise<ReconciliationDiscrepancyFieldsFragment[]> {
  const found: ReconciliationDiscrepancyFieldsFragment[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ReconciliationDiscrepanciesQuery = await h.gql(ReconciliationDiscrepanciesDocument, { importId, first: 4, after }, h.adminKey);
    found.push(...page.reconciliationDiscrepancies.nodes);
    if (!page.reconciliationDiscrepancies.pageInfo.hasNextPage) return found;
    after = page.reconciliationDiscrepancies.pageInfo.endCursor ?? null;
  }
}

const summary = (list: ReconciliationDiscrepancyFieldsFragment[]) =>
  list.map((d) => `${d.kind} ${d.transactionType} ${d.aggregateId ?? d.transactionId}`).sort();

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Recon');
  const { authorizationId } = await authorize(h, m.key);

  // Yesterday's business (by the sandbox clock): outside the imported period, so never "missing in report".
  await pay('previousDay', authorizationId, '1500');
  // Then move the sandbox to 02:00 UTC+8 of the next day: everything below lands on one report day, far from midnight.
  day = utc8Day(new Date(dayStart(utc8Day(h.sandbox.clock.now()))!.getTime() + 86_400_000));
  h.sandbox.advanceClock((dayStart(day)!.getTime() + 2 * 3_600_000 - h.sandbox.clock.now().getTime()) / 1000);

  await pay('clean', authorizationId, '1000');
  await pay('refunded', authorizationId, '2000');
  await refund('partial', 'refunded', '500');
  await refund('amountChanged', 'refunded', '300');
  await refund('ofPreviousDay', 'previousDay', '700');
  await pay('amountChanged', authorizationId, '3000');
  await pay('statusChanged', authorizationId, '4000');
  await pay('cancelled', authorizationId, '5000');
  const cancelled = await h.gql(CancelPaymentDocument, { id: ids.cancelled!.id }, m.key);
  expect(cancelled.cancelPayment.payment?.status).toBe('CANCELLED');
  await pay('droppedFromReport', authorizationId, '6000');
  await pay('cancelledInDb', authorizationId, '6500');
  await pay('currencyChanged', authorizationId, '7000');
  const declined = await payOnce(h, m.key, authorizationId, '8001');
  expect(declined.payment?.status).toBe('FAILED');

  // A payment only AMS knows: made with the merchant's own AMS client and token, behind the gateway's back.
  const scope = createRequestScope(h.gateway.orm.em, { role: 'PLATFORM_ADMIN', merchantId: null, keyId: 'test' }, 'test', silentLogger);
  const client = await h.gateway.services.amsClients.clientFor(scope, m.merchantId);
  const tokens = (await (await fetch(`${h.sandbox.url}/__sandbox/tokens?clientId=${m.clientId}`)).json()) as { tokens: { accessToken: string; status: string }[] };
  const token = tokens.tokens.find((t) => t.status === 'ACTIVE')?.accessToken ?? tokens.tokens[0]!.accessToken;
  const paymentRequestId = `direct-${randomUUID()}`;
  const direct = await client.pay({
    productCode: 'AGREEMENT_PAYMENT',
    paymentRequestId,
    paymentAmount: { currency: 'USD', value: '9900' },
    paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: token },
    order: { referenceOrderId: 'direct-order', orderDescription: 'Paid outside the gateway', orderAmount: { currency: 'USD', value: '9900' } },
  });
  expect(direct.status).toBe('S');
  sandboxOnly = { paymentId: String((direct as { body: { paymentId?: string } }).body.paymentId), paymentRequestId };

  // Planted on the gateway side, as a bug or a manual edit would.
  await sql('update payments set amount_value = 3100 where id = ?', [ids.amountChanged!.id]);
  await sql("update payments set status = 'FAILED', failure_code = 'PLANTED' where id = ?", [ids.statusChanged!.id]);
  await sql("update payments set currency = 'EUR' where id = ?", [ids.currencyChanged!.id]);
  await sql("update payments set status = 'CANCELLED', cancel_time = payment_time + interval '1 minute' where id = ?", [ids.cancelledInDb!.id]);
  await sql('update refunds set amount_value = 400 where id = ?', [refunds.amountChanged!.id]);

  const report = await fetchReport(`transactions?clientId=${m.clientId}&date=${day}`);
  expect(report.name).toBe(`transactionItems_${day}_000.csv`);
  // Planted on the report side: the row of one gateway payment is removed.
  reportCsv = report.csv
    .split('\n')
    .filter((line) => !line.includes(ids.droppedFromReport!.amsPaymentId!))
    .join('\n');
  expect(reportCsv.length).toBeLessThan(report.csv.length);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const EXPECTED = () =>
  [
    `AMOUNT_MISMATCH PAYMENT ${ids.amountChanged!.id}`,
    `STATUS_MISMATCH PAYMENT ${ids.statusChanged!.id}`,
    `STATUS_MISMATCH PAYMENT ${ids.cancelledInDb!.id}`,
    `CURRENCY_MISMATCH PAYMENT ${ids.currencyChanged!.id}`,
    `AMOUNT_MISMATCH REFUND ${refunds.amountChanged!.id}`,
    `MISSING_IN_GATEWAY PAYMENT ${sandboxOnly.paymentId}`,
    `MISSING_IN_REPORT PAYMENT ${ids.droppedFromReport!.id}`,
  ].sort();

describe('reconciliation against the sandbox transaction report', () => {
  let importId = '';

  it('lists exactly the planted discrepancies, no more, no fewer', async () => {
    const imported = await h.gql(
      ImportSettlementReportDocument,
      { input: { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', content: reportCsv, fileName: `transactionItems_${day}_000.csv` } },
      h.adminKey,
    );
    const payload = imported.importSettlementReport;
    expect(payload.errors).toEqual([]);
    expect(payload.replayed).toBe(false);
    const record = payload.import!;
    importId = record.id;
    const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
    expect(record).toMatchObject({ kind: 'TRANSACTION_DETAILS', layout: 'LEGACY', periodFrom: iso, periodTo: iso, discrepancyCount: 7, ignoredRowCount: 0 });
    // 8 PAYMENT rows (clean, refunded, amountChanged, statusChanged, cancelled, cancelledInDb, currencyChanged, the
    // sandbox-only one), the CANCEL of `cancelled`, 3 REFUND rows (one of yesterday's payment); only the sandbox-only
    // row finds nothing.
    expect(record.rowCount).toBe(12);
    expect(record.matchedRowCount).toBe(11);

    const found = await allDiscrepancies(importId);
    expect(summary(found)).toEqual(EXPECTED());
    const amount = found.find((d) => d.kind === 'AMOUNT_MISMATCH' && d.transactionType === 'PAYMENT')!;
    expect(amount).toMatchObject({ reportAmount: { value: '3000', currency: 'USD' }, gatewayAmount: { value: '3100', currency: 'USD' }, status: 'OPEN' });
    expect(amount.line).toBeGreaterThan(1);
    const status = found.find((d) => d.kind === 'STATUS_MISMATCH' && d.aggregateId === ids.statusChanged!.id)!;
    expect(status).toMatchObject({ reportStatus: 'SUCCESS', gatewayStatus: 'FAILED' });
    const cancelled = found.find((d) => d.aggregateId === ids.cancelledInDb!.id)!;
    expect(cancelled).toMatchObject({ gatewayStatus: 'CANCELLED', message: expect.stringMatching(/without a reversal/) });
    const refundRow = found.find((d) => d.transactionType === 'REFUND')!;
    expect(refundRow.reportAmount).toEqual({ value: '-300', currency: 'USD' });
    const missing = found.find((d) => d.kind === 'MISSING_IN_GATEWAY')!;
    expect(missing).toMatchObject({ transactionRequestId: sandboxOnly.paymentRequestId, aggregateId: null });
  });

  it('appends a RECONCILIATION_DISCREPANCY event to each affected payment or refund', async () => {
    const events = await h.gql(EventsDocument, { aggregateId: ids.amountChanged!.id, first: 50 }, m.readonlyKey);
    const discrepancy = events.events.nodes.filter((e) => e.type === 'RECONCILIATION_DISCREPANCY');
    expect(discrepancy).toHaveLength(1);
    expect(discrepancy[0]!.payload).toMatchObject({ importId, kind: 'AMOUNT_MISMATCH', transactionType: 'PAYMENT' });
    const clean = await h.gql(EventsDocument, { aggregateId: ids.clean!.id, first: 50 }, h.adminKey);
    expect(clean.events.nodes.some((e) => e.type === 'RECONCILIATION_DISCREPANCY')).toBe(false);
    const rows = await sql("select count(*)::int as n from events where type = 'RECONCILIATION_DISCREPANCY'", []);
    expect((rows[0] as { n: number }).n).toBe(6); // the sandbox-only payment has no aggregate of ours
  });

  it('is idempotent: the same file again returns the first import and stores nothing', async () => {
    const before = { imports: await h.count('reconciliation_imports'), rows: await h.count('reconciliation_rows'), d: await h.count('reconciliation_discrepancies'), e: await h.count('events') };
    const again = await h.gql(
      ImportSettlementReportDocument,
      { input: { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', content: reportCsv, fileName: `transactionItems_${day}_000.csv` } },
      h.adminKey,
    );
    expect(again.importSettlementReport).toMatchObject({ replayed: true, errors: [], import: { id: importId, discrepancyCount: 7 } });
    expect({ imports: await h.count('reconciliation_imports'), rows: await h.count('reconciliation_rows'), d: await h.count('reconciliation_discrepancies'), e: await h.count('events') }).toEqual(before);
    const listed = await h.gql(ReconciliationImportsDocument, { merchantId: m.merchantId }, h.adminKey);
    expect(listed.reconciliationImports.nodes.map((i) => i.id)).toEqual([importId]);
  });

  it('reconciles the settlement details report the same way (the removed row is back, so one fewer)', async () => {
    const settlement = await fetchReport(`settlement?clientId=${m.clientId}&date=${day}&currency=USD`);
    expect(settlement.name).toMatch(/^settlementItems_USD_\d{19}_000\.csv$/);
    const imported = await h.gql(
      ImportSettlementReportDocument,
      { input: { merchantId: m.merchantId, kind: 'SETTLEMENT_DETAILS', content: settlement.csv, fileName: settlement.name, periodFrom: day } },
      h.adminKey,
    );
    expect(imported.importSettlementReport.errors).toEqual([]);
    const found = await allDiscrepancies(imported.importSettlementReport.import!.id);
    expect(summary(found)).toEqual(EXPECTED().filter((line) => !line.startsWith('MISSING_IN_REPORT')));
  });

  it('refuses a malformed file with line, column and value, and stores nothing', async () => {
    const before = { imports: await h.count('reconciliation_imports'), rows: await h.count('reconciliation_rows') };
    const lines = reportCsv.trimEnd().split('\n');
    const broken = [...lines];
    broken[2] = broken[2]!.replace(/,10\.00,USD,/, ',10.0x,USD,').replace(/,20\.00,USD,/, ',20.0x,USD,');
    broken.splice(broken.length - 1, 1); // and no <END>
    const result = await h.gql(
      ImportSettlementReportDocument,
      { input: { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', content: broken.join('\n') } },
      h.adminKey,
    );
    const errors = result.importSettlementReport.errors;
    expect(result.importSettlementReport.import).toBeNull();
    expect(errors).toContainEqual(expect.objectContaining({ code: 'MALFORMED_REPORT', field: 'content', line: 3, column: 'transactionAmountValue' }));
    expect(errors.find((e) => e.line === 3)!.value).toMatch(/^[12]0\.0x$/);
    expect(errors.find((e) => e.line === 3)!.message).toMatch(/^line 3, column transactionAmountValue: .*value "[12]0\.0x"/);
    expect(errors).toContainEqual(expect.objectContaining({ code: 'MALFORMED_REPORT', line: null, message: expect.stringMatching(/<END>/) }));
    expect({ imports: await h.count('reconciliation_imports'), rows: await h.count('reconciliation_rows') }).toEqual(before);
  });

  it('checks its input: unknown merchant, empty content, bad period, a list without import or merchant', async () => {
    const importWith = async (input: Record<string, unknown>) =>
      (await h.gql(ImportSettlementReportDocument, { input: { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', content: reportCsv, ...input } as never }, h.adminKey)).importSettlementReport.errors;
    expect(await importWith({ merchantId: 'mer_nope' })).toEqual([expect.objectContaining({ code: 'MERCHANT_NOT_FOUND', field: 'merchantId' })]);
    expect(await importWith({ content: '  ' })).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'content' })]);
    // (CRLF: other bytes than the imported file, which would be a replay before any check.)
    expect(await importWith({ content: reportCsv.replaceAll('\n', '\r\n'), periodFrom: '2024-02-30' })).toEqual([expect.objectContaining({ code: 'INVALID', field: 'periodFrom' })]);
    const header = `${reportCsv.split('\n')[0]}\n<END>\n`;
    expect(await importWith({ content: header })).toEqual([expect.objectContaining({ code: 'PERIOD_REQUIRED' })]);
    const unscoped = await h.request(ReconciliationDiscrepanciesDocument, {}, h.adminKey);
    expect(unscoped.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fetches a report from a reportUrl: the previous day, which agrees with the gateway', async () => {
    const previous = utc8Day(new Date(dayStart(day)!.getTime() - 86_400_000));
    const reportUrl = `${h.sandbox.url}/__sandbox/reports/transactions?clientId=${m.clientId}&date=${previous}`;
    const fetched = await h.gql(ImportSettlementReportDocument, { input: { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', reportUrl } }, h.adminKey);
    expect(fetched.importSettlementReport.errors).toEqual([]);
    const iso = `${previous.slice(0, 4)}-${previous.slice(4, 6)}-${previous.slice(6)}`;
    expect(fetched.importSettlementReport.import).toMatchObject({ fileName: `transactionItems_${previous}_000.csv`, periodFrom: iso, rowCount: 1, matchedRowCount: 1, discrepancyCount: 0 });

    const failing = async (input: Record<string, unknown>) =>
      (await h.gql(ImportSettlementReportDocument, { input: { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', ...input } as never }, h.adminKey)).importSettlementReport.errors;
    expect(await failing({ reportUrl: `${h.sandbox.url}/__sandbox/reports/nothing?token=secret` })).toEqual([
      expect.objectContaining({ code: 'FETCH_FAILED', field: 'reportUrl', message: `${h.sandbox.url}/__sandbox/reports/nothing answered HTTP 404` }),
    ]);
    expect(await failing({ reportUrl: 'ftp://example.com/a.csv' })).toEqual([expect.objectContaining({ code: 'FETCH_FAILED', message: 'reportUrl must be http or https' })]);
    expect(await failing({ reportUrl, content: reportCsv })).toEqual([expect.objectContaining({ code: 'INVALID', field: 'reportUrl' })]);
    expect(await failing({})).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'content' })]);
  });

  it("refuses another merchant's file", async () => {
    const other = await h.createMerchant('Other');
    const result = await h.gql(ImportSettlementReportDocument, { input: { merchantId: other.merchantId, kind: 'TRANSACTION_DETAILS', content: reportCsv } }, h.adminKey);
    expect(result.importSettlementReport.errors[0]).toMatchObject({ code: 'MALFORMED_REPORT', column: 'customerId', value: m.clientId });
  });

  it('is for platform admins only: merchant keys are refused', async () => {
    const attempt = await h.request(ImportSettlementReportDocument, { input: { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', content: reportCsv } }, m.key);
    expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listing = await h.request(ReconciliationDiscrepanciesDocument, { merchantId: m.merchantId }, m.readonlyKey);
    expect(listing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const imports = await h.request(ReconciliationImportsDocument, {}, m.key);
    expect(imports.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves a discrepancy once, with a note and an event; filters by kind and status', async () => {
    const statusMismatches = (await h.gql(ReconciliationDiscrepanciesDocument, { importId, kind: 'STATUS_MISMATCH' }, h.adminKey)).reconciliationDiscrepancies.nodes;
    expect(statusMismatches).toHaveLength(2);
    const target = statusMismatches.find((d) => d.aggregateId === ids.statusChanged!.id);
    const resolved = await h.gql(ResolveDiscrepancyDocument, { id: target!.id, note: 'status corrected after inquiry' }, h.adminKey);
    expect(resolved.resolveDiscrepancy.discrepancy).toMatchObject({ status: 'RESOLVED', resolutionNote: 'status corrected after inquiry' });
    const again = await h.gql(ResolveDiscrepancyDocument, { id: target!.id, note: 'twice' }, h.adminKey);
    expect(again.resolveDiscrepancy.errors[0]?.code).toBe('ALREADY_RESOLVED');
    const open = await h.gql(ReconciliationDiscrepanciesDocument, { importId, status: 'OPEN', first: 10 }, h.adminKey);
    expect(open.reconciliationDiscrepancies.nodes).toHaveLength(6);
    const events = await h.gql(EventsDocument, { aggregateId: ids.statusChanged!.id, first: 50 }, h.adminKey);
    expect(events.events.nodes.map((e) => e.type)).toContain('RECONCILIATION_RESOLVED');
    const byMerchant = await h.gql(ReconciliationDiscrepanciesDocument, { merchantId: m.merchantId, kind: 'MISSING_IN_GATEWAY', first: 10 }, h.adminKey);
    expect(byMerchant.reconciliationDiscrepancies.nodes).toHaveLength(2); // one per import
  });

  it('imports a 6000-row file (rows and discrepancies inserted in slices) in a few seconds', async () => {
    // Through the service: the harness keeps the default 100 kB HTTP body limit.
    const [header, template] = reportCsv.split('\n');
    const templateId = ids.clean!.amsPaymentId!;
    const rows = Array.from({ length: 6000 }, (_, i) => template!.replaceAll(templateId, `BULK${String(i).padStart(8, '0')}`).replace(ids.clean!.paymentRequestId, `bulk-${i}`));
    const content = [header, ...rows, '<END>', ''].join('\n');
    const scope = createRequestScope(h.gateway.orm.em, { role: 'PLATFORM_ADMIN', merchantId: null, keyId: 'test' }, 'bulk', silentLogger);
    const started = Date.now();
    const outcome = await h.gateway.services.reconciliation.importReport(scope, { merchantId: m.merchantId, kind: 'TRANSACTION_DETAILS', content, periodFrom: day });
    expect(outcome.ok && outcome.value.import).toMatchObject({ rowCount: 6000, matchedRowCount: 0 });
    const importId = outcome.ok ? outcome.value.import.id : '';
    const stored = await sql('select count(*)::int as n from reconciliation_rows where import_id = ?', [importId]);
    expect((stored[0] as { n: number }).n).toBe(6000);
    const missing = await sql("select count(*)::int as n from reconciliation_discrepancies where import_id = ? and kind = 'MISSING_IN_GATEWAY'", [importId]);
    expect((missing[0] as { n: number }).n).toBe(6000);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
