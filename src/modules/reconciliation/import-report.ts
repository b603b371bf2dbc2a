import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { chunks } from '../../shared/chunks.js';
import type { Clock } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import type { EventBatch, EventLog } from '../events/event-log.js';
import { Merchant } from '../merchants/merchant.entity.js';
import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import { fetchReport } from './fetch-report.js';
import { loadGatewayFacts } from './gateway-facts.js';
import { importPeriod, isoDay } from './import-period.js';
import { matchReport, type Finding } from './matcher.js';
import { reconciliationProblem, type ReconciliationOutcome, type ReconciliationProblem } from './reconciliation-errors.js';
import { ReconciliationDiscrepancy } from './reconciliation-discrepancy.entity.js';
import { ReconciliationImport } from './reconciliation-import.entity.js';
import { ReconciliationRow } from './reconciliation-row.entity.js';
import type { ReportKind } from './report-kinds.js';
import { parseReport } from './report-parser.js';
import type { ReportRow } from './report-row.js';

/** The largest report accepted inline (the HTTP body limit, HTTP_BODY_LIMIT, must also allow it). */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

const INSERT_SLICE = 1_000;

export interface ImportReportInput {
  merchantId: string;
  kind: ReportKind;
  /** The CSV text; or give reportUrl and the gateway fetches it. Exactly one of the two. */
  content?: string | null;
  reportUrl?: string | null;
  fileName?: string | null;
  /** First and last UTC+8 day (yyyy-MM-dd or yyyyMMdd); derived from the file name or the rows when omitted. */
  periodFrom?: string | null;
  periodTo?: string | null;
}

export interface ImportReportResult {
  import: ReconciliationImport;
  /** True when this exact file was imported before: nothing new was stored. */
  replayed: boolean;
}

export interface ReconciliationDeps {
  readonly events: EventLog;
  readonly clock: Clock;
}

/** How long the gateway waits for a reportUrl. */
export const REPORT_FETCH_TIMEOUT_MS = 15_000;

function checkSource(input: ImportReportInput): ReconciliationProblem[] {
  const hasContent = input.content !== undefined && input.content !== null;
  const hasUrl = input.reportUrl !== undefined && input.reportUrl !== null;
  if (hasContent && hasUrl) return [reconciliationProblem('INVALID', 'reportUrl', 'give content or reportUrl, not both')];
  if (!hasContent && !hasUrl) return [reconciliationProblem('REQUIRED', 'content', 'give the CSV text in content, or a reportUrl to fetch it from')];
  if (hasUrl && input.reportUrl!.length > 2048) return [reconciliationProblem('TOO_LONG', 'reportUrl', 'reportUrl is longer than 2048 characters')];
  return [];
}

function checkInput(input: ImportReportInput, content: string): ReconciliationProblem[] {
  const problems: ReconciliationProblem[] = [];
  const field = input.reportUrl ? 'reportUrl' : 'content';
  if (!input.merchantId) problems.push(reconciliationProblem('REQUIRED', 'merchantId', 'merchantId is required'));
  if (content.trim() === '') problems.push(reconciliationProblem('REQUIRED', field, 'the report is empty: give the CSV text of the report'));
  const size = Buffer.byteLength(content, 'utf8');
  if (size > MAX_REPORT_BYTES) {
    problems.push(reconciliationProblem('CONTENT_TOO_LARGE', field, `the report has ${size} bytes; at most ${MAX_REPORT_BYTES} are accepted`));
  }
  if (input.fileName && input.fileName.length > 255) problems.push(reconciliationProblem('TOO_LONG', 'fileName', 'fileName is longer than 255 characters'));
  return problems;
}

function rowEntity(importId: string, merchantId: string, row: ReportRow): ReconciliationRow {
  return Object.assign(new ReconciliationRow(), {
    id: newId('rcr_'),
    merchantId,
    importId,
    line: row.line,
    transactionType: row.transactionType,
    transactionId: row.transactionId,
    originalTransactionId: row.originalTransactionId,
    transactionRequestId: row.transactionRequestId,
    originalTransactionRequestId: row.originalTransactionRequestId,
    amountValue: row.amountMinor.toString(),
    currency: row.currency,
    transactionTime: row.time,
    status: row.status,
    settlementBatchId: row.settlementBatchId,
    raw: row.raw,
  });
}

function discrepancyEntity(importId: string, merchantId: string, finding: Finding, now: Date): ReconciliationDiscrepancy {
  return Object.assign(new ReconciliationDiscrepancy(), {
    id: newId('rcd_', now.getTime()),
    merchantId,
    importId,
    kind: finding.kind,
    status: 'OPEN',
    transactionType: finding.transactionType,
    line: finding.line,
    transactionId: finding.transactionId,
    transactionRequestId: finding.transactionRequestId,
    aggregateType: finding.aggregateType,
    aggregateId: finding.aggregateId,
    reportAmountValue: finding.reportAmountMinor,
    reportCurrency: finding.reportCurrency,
    reportStatus: finding.reportStatus,
    gatewayAmountValue: finding.gatewayAmountMinor,
    gatewayCurrency: finding.gatewayCurrency,
    gatewayStatus: finding.gatewayStatus,
    message: finding.message,
    createdAt: now,
  });
}

/** Each discrepancy about one of our records goes into that record's event log (and so to its subscribers). */
async function appendEvents(events: EventBatch, discrepancies: ReconciliationDiscrepancy[]): Promise<void> {
  for (const d of discrepancies) {
    if (!d.aggregateType || !d.aggregateId) continue;
    await events.append({
      merchantId: d.merchantId,
      aggregateType: d.aggregateType,
      aggregateId: d.aggregateId,
      type: 'RECONCILIATION_DISCREPANCY',
      source: 'ADMIN',
      payload: {
        importId: d.importId,
        discrepancyId: d.id,
        kind: d.kind,
        transactionType: d.transactionType,
        transactionId: d.transactionId,
        line: d.line,
        reportAmount: d.reportAmountValue === null ? null : { value: d.reportAmountValue, currency: d.reportCurrency },
        gatewayAmount: d.gatewayAmountValue === null ? null : { value: d.gatewayAmountValue, currency: d.gatewayCurrency },
        reportStatus: d.reportStatus,
        gatewayStatus: d.gatewayStatus,
        message: d.message,
      },
    });
  }
}

const findExisting = (em: EntityManager, merchantId: string, kind: ReportKind, checksum: string) =>
  em.findOne(ReconciliationImport, { merchantId, kind, checksum }, { refresh: true });

/**
 * importSettlementReport: parse (all or nothing), then in one transaction store the import, its rows, the
 * discrepancies found and their events. Idempotent on (merchant, kind, checksum of the content): the same file again
 * returns the first import unchanged, also when two identical imports race (they meet at the unique index).
 */
export async function importReport(deps: ReconciliationDeps, scope: RequestScope, input: ImportReportInput): Promise<ReconciliationOutcome<ImportReportResult>> {
  requirePlatformAdmin(scope);
  const sourceProblems = checkSource(input);
  if (sourceProblems.length > 0) return { ok: false, errors: sourceProblems };
  let content = input.content ?? '';
  let fileName = input.fileName ?? null;
  if (input.reportUrl) {
    const fetched = await fetchReport(input.reportUrl, { timeoutMs: REPORT_FETCH_TIMEOUT_MS, maxBytes: MAX_REPORT_BYTES });
    if (!fetched.ok) {
      return { ok: false, errors: [reconciliationProblem(fetched.tooLarge ? 'CONTENT_TOO_LARGE' : 'FETCH_FAILED', 'reportUrl', fetched.message)] };
    }
    content = fetched.content;
    fileName ??= fetched.fileName;
  }
  const inputProblems = checkInput(input, content);
  if (inputProblems.length > 0) return { ok: false, errors: inputProblems };
  const em = scope.em.fork();
  const merchant = await em.findOne(Merchant, { id: input.merchantId });
  if (!merchant) return { ok: false, errors: [reconciliationProblem('MERCHANT_NOT_FOUND', 'merchantId', `no merchant ${input.merchantId}`)] };

  const checksum = createHash('sha256').update(content, 'utf8').digest('hex');
  const earlier = await findExisting(em, merchant.id, input.kind, checksum);
  if (earlier) return { ok: true, value: { import: earlier, replayed: true } };

  const parsed = parseReport(input.kind, content, merchant.clientId);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: parsed.problems.map((p) => ({
        code: 'MALFORMED_REPORT' as const,
        field: input.reportUrl ? 'reportUrl' : 'content',
        message: p.line === null ? p.message : `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}${p.value !== null ? ` (value ${JSON.stringify(p.value)})` : ''}`,
        line: p.line,
        column: p.column,
        value: p.value,
      })),
    };
  }
  const { rows } = parsed.report;
  const periodOf = importPeriod(
    { periodFrom: input.periodFrom ?? null, periodTo: input.periodTo ?? null, fileName },
    rows,
  );
  if (periodOf === null) {
    return { ok: false, errors: [reconciliationProblem('PERIOD_REQUIRED', 'periodFrom', 'the report has no rows and no dated file name: give periodFrom and periodTo')] };
  }
  if (typeof periodOf === 'string') return { ok: false, errors: [reconciliationProblem('INVALID', 'periodFrom', periodOf)] };
  const { period } = periodOf;

  const facts = await loadGatewayFacts(em, merchant.id, rows, period);
  const match = matchReport(rows, facts.payments, facts.refunds, period);
  const now = deps.clock.now();
  const record = Object.assign(new ReconciliationImport(), {
    id: newId('rci_', now.getTime()),
    merchantId: merchant.id,
    kind: input.kind,
    layout: parsed.report.layout,
    fileName,
    periodFrom: isoDay(period.from),
    periodTo: isoDay(period.to),
    periodStart: period.start,
    periodEnd: period.end,
    rowCount: rows.length,
    matchedRowCount: match.matchedRows,
    ignoredRowCount: match.ignoredRows,
    discrepancyCount: match.findings.length,
    checksum,
    sizeBytes: Buffer.byteLength(content, 'utf8'),
    importedBy: scope.actor.keyId,
    createdAt: now,
  });
  const discrepancies = match.findings.map((f) => discrepancyEntity(record.id, merchant.id, f, now));
  try {
    await deps.events.transaction(scope.em, async (tx, events) => {
      await tx.insert(ReconciliationImport, record);
      // Slices keep each multi-row insert statement to a bounded size.
      for (const slice of chunks(rows, INSERT_SLICE)) await tx.insertMany(ReconciliationRow, slice.map((r) => rowEntity(record.id, merchant.id, r)));
      for (const slice of chunks(discrepancies, INSERT_SLICE)) await tx.insertMany(ReconciliationDiscrepancy, slice);
      await appendEvents(events, discrepancies);
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const winner = await findExisting(scope.em.fork(), merchant.id, input.kind, checksum);
    if (!winner) throw error;
    return { ok: true, value: { import: winner, replayed: true } };
  }
  scope.logger.info(
    { importId: record.id, merchantId: merchant.id, kind: input.kind, rows: rows.length, discrepancies: discrepancies.length },
    'reconciliation report imported',
  );
  return { ok: true, value: { import: record, replayed: false } };
}
