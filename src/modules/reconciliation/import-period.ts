import { dayStart, reportPeriod, utc8Day, type ReportPeriod } from '../../shared/utc8-days.js';
import type { ReportRow } from './report-row.js';

/** `transactionItems_<yyyyMMdd>[-<yyyyMMdd>]_<seq>.csv` (A.2; the range form is the sandbox's multi-day extract). */
const TRANSACTION_FILE = /^transactionItems_(\d{8})(?:-(\d{8}))?_\d{3}\.csv$/;

export type PeriodSource = 'INPUT' | 'FILE_NAME' | 'ROWS';

/**
 * The period the report covers, which decides what the gateway expects to find in it: given explicitly; else the
 * transaction date in an Antom file name; else the UTC+8 days of the first and last row (a weaker guess, since a
 * record on a day without any row cannot be missed). Null when none applies (an empty file with no name or period).
 */
export function importPeriod(
  input: { periodFrom: string | null; periodTo: string | null; fileName: string | null },
  rows: readonly ReportRow[],
): { period: ReportPeriod; source: PeriodSource } | string | null {
  if (input.periodFrom !== null || input.periodTo !== null) {
    const from = input.periodFrom ?? input.periodTo!;
    const period = reportPeriod(from, input.periodTo ?? from);
    return typeof period === 'string' ? period : { period, source: 'INPUT' };
  }
  const named = input.fileName ? TRANSACTION_FILE.exec(input.fileName.split('/').pop() ?? '') : null;
  if (named?.[1] && dayStart(named[1])) {
    const period = reportPeriod(named[1], named[2] ?? named[1]);
    if (typeof period !== 'string') return { period, source: 'FILE_NAME' };
  }
  const times = rows.flatMap((r) => (r.time ? [r.time.getTime()] : []));
  if (times.length === 0) return null;
  const first = times.reduce((a, b) => Math.min(a, b));
  const last = times.reduce((a, b) => Math.max(a, b));
  const period = reportPeriod(utc8Day(new Date(first)), utc8Day(new Date(last)));
  return typeof period === 'string' ? period : { period, source: 'ROWS' };
}

/** yyyyMMdd → yyyy-MM-dd, as the API shows days. */
export function isoDay(day: string): string {
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
}
