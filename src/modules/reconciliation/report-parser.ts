import { parseCsv, type CsvRecord } from '../../shared/csv.js';
import { currencyExponent, isIsoCurrency, majorToMinor } from '../../shared/currencies.js';
import { parseAmsDateTime } from '../../shared/time.js';
import type { ReportKind, ReportLayout } from './report-kinds.js';
import type { ReportProblem, ReportRow } from './report-row.js';

export const END_MARKER = '<END>';
/** Enough to show an operator what is wrong without flooding the payload. */
export const MAX_PROBLEMS = 50;

export interface ParsedReport {
  layout: ReportLayout;
  columns: string[];
  rows: ReportRow[];
}

export type ParseResult = { ok: true; report: ParsedReport } | { ok: false; problems: ReportProblem[] };

/** Columns are located by header name, never by position (A.3); each concept accepts its legacy and current name. */
const TIME_COLUMNS = ['paymentTime', 'transactionCompletionTime'] as const;
const REQUIRED: Record<ReportKind, readonly string[]> = {
  TRANSACTION_DETAILS: ['transactionId', 'transactionType', 'transactionAmountValue', 'transactionCurrency'],
  SETTLEMENT_DETAILS: ['settlementBatchId', 'transactionId', 'transactionType', 'transactionAmountValue', 'transactionCurrency'],
};

class Problems {
  readonly list: ReportProblem[] = [];
  private dropped = 0;

  add(line: number | null, column: string | null, value: string | null, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ line, column, value, message });
    else this.dropped++;
  }

  result(): ReportProblem[] {
    return this.dropped === 0
      ? this.list
      : [...this.list, { line: null, column: null, value: null, message: `…and ${this.dropped} more problems` }];
  }
}

function headerProblems(kind: ReportKind, header: CsvRecord, problems: Problems): void {
  const seen = new Set<string>();
  for (const name of header.fields) {
    if (name.trim() === '') problems.add(header.line, null, name, 'the header has an empty column name');
    else if (seen.has(name)) problems.add(header.line, name, name, `the header names column ${name} twice`);
    seen.add(name);
  }
  for (const name of REQUIRED[kind]) {
    if (!seen.has(name)) problems.add(header.line, name, null, `the header lacks the mandatory column ${name}`);
  }
  if (!TIME_COLUMNS.some((name) => seen.has(name))) {
    problems.add(header.line, 'paymentTime', null, 'the header lacks paymentTime (legacy) or transactionCompletionTime (current)');
  }
}

function text(raw: Record<string, string>, column: string): string | null {
  const value = raw[column]?.trim();
  return value === undefined || value === '' ? null : value;
}

/** One data line → a row, or problems naming the column and value at fault. */
function readRow(record: CsvRecord, columns: string[], problems: Problems, clientId: string | null): ReportRow | null {
  const before = problems.list.length;
  const raw: Record<string, string> = {};
  columns.forEach((name, index) => (raw[name] = record.fields[index] ?? ''));
  const line = record.line;

  const transactionId = text(raw, 'transactionId');
  if (transactionId === null) problems.add(line, 'transactionId', '', 'transactionId is empty');
  const transactionType = text(raw, 'transactionType');
  if (transactionType === null || !/^[A-Za-z_]{1,32}$/.test(transactionType)) {
    problems.add(line, 'transactionType', raw.transactionType ?? '', 'transactionType must be a type name such as PAYMENT, REFUND or CANCEL');
  }
  const currency = text(raw, 'transactionCurrency') ?? '';
  const currencyOk = /^[A-Z]{3}$/.test(currency) && isIsoCurrency(currency);
  if (!currencyOk) problems.add(line, 'transactionCurrency', currency, 'transactionCurrency must be an ISO 4217 code');
  const amountText = text(raw, 'transactionAmountValue') ?? '';
  const amountMinor = currencyOk ? majorToMinor(amountText, currency) : null;
  if (currencyOk && amountMinor === null) {
    problems.add(
      line,
      'transactionAmountValue',
      amountText,
      `transactionAmountValue must be a decimal in major units with at most ${currencyExponent(currency)} decimals for ${currency}`,
    );
  }
  const timeColumn = TIME_COLUMNS.find((name) => name in raw) ?? 'paymentTime';
  const timeText = text(raw, timeColumn);
  const time = timeText === null ? null : parseAmsDateTime(timeText);
  if (timeText === null || time === null) {
    problems.add(line, timeColumn, timeText ?? '', `${timeColumn} must be an ISO 8601 date-time with offset (yyyy-MM-ddTHH:mm:ss+hh:mm)`);
  }
  const customerId = text(raw, 'customerId');
  if (clientId !== null && customerId !== null && customerId !== clientId) {
    problems.add(line, 'customerId', customerId, `the row belongs to client ${customerId}, not to this merchant's client id ${clientId}`);
  }
  if (problems.list.length > before || transactionId === null || transactionType === null || amountMinor === null) return null;
  return {
    line,
    transactionType: transactionType.toUpperCase(),
    transactionId,
    originalTransactionId: text(raw, 'originalTransactionId'),
    transactionRequestId: text(raw, 'transactionRequestId'),
    originalTransactionRequestId: text(raw, 'originalTransactionRequestId'),
    amountMinor,
    currency,
    time,
    status: text(raw, 'status'),
    settlementBatchId: text(raw, 'settlementBatchId'),
    customerId,
    raw,
  };
}

/**
 * Parses a report file: header line, data lines, the `<END>` line (A.3). Every problem is collected (up to
 * MAX_PROBLEMS) with its line, column and value, so one round trip shows all that is wrong; any problem rejects the
 * whole file. `clientId` (the merchant's AMS client id) guards against importing another merchant's file.
 */
export function parseReport(kind: ReportKind, content: string, clientId: string | null): ParseResult {
  const problems = new Problems();
  const csv = parseCsv(content);
  for (const error of csv.errors) problems.add(error.line, null, null, error.message);
  // A line of only spaces (an editor's trailing whitespace) is as blank as an empty one.
  const [header, ...rest] = csv.records.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
  if (!header) return { ok: false, problems: [{ line: null, column: null, value: null, message: 'the file is empty' }] };
  headerProblems(kind, header, problems);

  // Without its mandatory columns no row can be read: listing every row as broken would only bury the cause.
  if (problems.list.length > 0) return { ok: false, problems: problems.result() };

  const endIndex = rest.findIndex((r) => r.fields.length === 1 && r.fields[0]?.trim() === END_MARKER);
  const dataLines = endIndex === -1 ? rest : rest.slice(0, endIndex);

  const columns = header.fields;
  const rows: ReportRow[] = [];
  const seen = new Map<string, number>();
  for (const record of dataLines) {
    if (record.fields.length !== columns.length) {
      problems.add(record.line, null, null, `the line has ${record.fields.length} values, the header has ${columns.length} columns`);
      continue;
    }
    const row = readRow(record, columns, problems, clientId);
    if (!row) continue;
    const key = `${row.transactionType}|${row.transactionId}|${row.transactionRequestId ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(row.line, 'transactionId', row.transactionId, `the same ${row.transactionType} row already appears on line ${first}`);
    } else seen.set(key, row.line);
    rows.push(row);
  }
  if (endIndex === -1) {
    problems.add(null, null, null, `the file does not end with the ${END_MARKER} line: it may be truncated`);
  } else if (endIndex < rest.length - 1) {
    problems.add(rest[endIndex + 1]!.line, null, null, `data after the ${END_MARKER} line`);
  }
  if (problems.list.length > 0) return { ok: false, problems: problems.result() };
  const layout: ReportLayout = columns.includes('transactionCompletionTime') || columns.includes('PSP') ? 'CURRENT' : 'LEGACY';
  return { ok: true, report: { layout, columns, rows } };
}
