import { fetchReport } from './fetch-report.js';
import { reconciliationProblem, type ReconciliationOutcome, type ReconciliationProblem } from './reconciliation-errors.js';
import type { ReportKind } from './report-kinds.js';
import type { ReportProblem } from './report-row.js';

/** What importSettlementReport takes, its checks, and where the report text comes from. */

/** The largest report accepted inline (the HTTP body limit, HTTP_BODY_LIMIT, must also allow it). */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

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

/** How long the gateway waits for a reportUrl. */
export const REPORT_FETCH_TIMEOUT_MS = 15_000;

export function checkSource(input: ImportReportInput): ReconciliationProblem[] {
  const hasContent = input.content !== undefined && input.content !== null;
  const hasUrl = input.reportUrl !== undefined && input.reportUrl !== null;
  if (hasContent && hasUrl) return [reconciliationProblem('INVALID', 'reportUrl', 'give content or reportUrl, not both')];
  if (!hasContent && !hasUrl) return [reconciliationProblem('REQUIRED', 'content', 'give the CSV text in content, or a reportUrl to fetch it from')];
  if (hasUrl && input.reportUrl!.length > 2048) return [reconciliationProblem('TOO_LONG', 'reportUrl', 'reportUrl is longer than 2048 characters')];
  return [];
}

export function checkInput(input: ImportReportInput, content: string): ReconciliationProblem[] {
  const problems: ReconciliationProblem[] = [];
  const field = input.reportUrl ? 'reportUrl' : 'content';
  if (content.trim() === '') problems.push(reconciliationProblem('REQUIRED', field, 'the report is empty: give the CSV text of the report'));
  const size = Buffer.byteLength(content, 'utf8');
  if (size > MAX_REPORT_BYTES) {
    problems.push(reconciliationProblem('CONTENT_TOO_LARGE', field, `the report has ${size} bytes; at most ${MAX_REPORT_BYTES} are accepted`));
  }
  if (input.fileName && input.fileName.length > 255) problems.push(reconciliationProblem('TOO_LONG', 'fileName', 'fileName is longer than 255 characters'));
  return problems;
}

/** The report text: as given, or fetched from reportUrl (with the file name the answer carries). */
export async function reportSource(input: ImportReportInput): Promise<ReconciliationOutcome<{ content: string; fileName: string | null }>> {
  if (!input.reportUrl) return { ok: true, value: { content: input.content ?? '', fileName: input.fileName ?? null } };
  const fetched = await fetchReport(input.reportUrl, { timeoutMs: REPORT_FETCH_TIMEOUT_MS, maxBytes: MAX_REPORT_BYTES });
  if (!fetched.ok) {
    return { ok: false, errors: [reconciliationProblem(fetched.tooLarge ? 'CONTENT_TOO_LARGE' : 'FETCH_FAILED', 'reportUrl', fetched.message)] };
  }
  return { ok: true, value: { content: fetched.content, fileName: input.fileName ?? fetched.fileName } };
}

export function malformed(problems: ReportProblem[], field: string): ReconciliationProblem[] {
  return problems.map((p) => ({
    code: 'MALFORMED_REPORT' as const,
    field,
    message:
      p.line === null
        ? p.message
        : `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}${p.value !== null ? ` (value ${JSON.stringify(p.value)})` : ''}`,
    line: p.line,
    column: p.column,
    value: p.value,
  }));
}
