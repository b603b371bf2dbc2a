import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { chunks } from '../../shared/chunks.js';
import type { Clock } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import type { EventLog } from '../events/event-log.js';
import { Merchant } from '../merchants/merchant.entity.js';
import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import { loadGatewayFacts } from './gateway-facts.js';
import { checkInput, checkSource, malformed, reportSource, type ImportReportInput } from './import-input.js';
import { importPeriod, isoDay } from './import-period.js';
import { appendEvents, discrepancyEntity, rowEntity } from './import-records.js';
import { matchReport } from './matcher.js';
import { reconciliationProblem, type ReconciliationOutcome } from './reconciliation-errors.js';
import { ReconciliationDiscrepancy } from './reconciliation-discrepancy.entity.js';
import { ReconciliationImport } from './reconciliation-import.entity.js';
import { ReconciliationRow } from './reconciliation-row.entity.js';
import type { ReportKind } from './report-kinds.js';
import { parseReport } from './report-parser.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export type { ImportReportInput } from './import-input.js';
export { MAX_REPORT_BYTES } from './import-input.js';

/** Rows per multi-row insert: bounded statements (MikroORM inlines the values into the SQL text). */
const INSERT_SLICE = 1_000;

export interface ImportReportResult {
  import: ReconciliationImport;
  /** True when this exact file was imported before: nothing new was stored. */
  replayed: boolean;
}

export interface ReconciliationDeps {
  readonly events: EventLog;
  readonly clock: Clock;
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
  const em = scope.em.fork();
  const merchant = input.merchantId ? await em.findOne(Merchant, { id: input.merchantId }) : null;
  if (!merchant) return { ok: false, errors: [reconciliationProblem('MERCHANT_NOT_FOUND', 'merchantId', `no merchant ${input.merchantId}`)] };
  const source = await reportSource(input);
  if (!source.ok) return source;
  const { content, fileName } = source.value;
  const inputProblems = checkInput(input, content);
  if (inputProblems.length > 0) return { ok: false, errors: inputProblems };

  const checksum = createHash('sha256').update(content, 'utf8').digest('hex');
  const earlier = await findExisting(em, merchant.id, input.kind, checksum);
  if (earlier) return { ok: true, value: { import: earlier, replayed: true } };

  const parsed = parseReport(input.kind, content, merchant.clientId);
  if (!parsed.ok) return { ok: false, errors: malformed(parsed.problems, input.reportUrl ? 'reportUrl' : 'content') };
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
    id: newId(ID_PREFIXES.reconciliationImport, now.getTime()),
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
