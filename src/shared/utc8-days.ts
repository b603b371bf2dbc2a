/**
 * Report periods are calendar days in UTC+8 (ams-addendum A.3: a batch's period runs from 00:00 UTC+8 of its first
 * day to 23:59:59 UTC+8 of its last; the `transactionDate` in file names is taken as the UTC+8 day).
 */
const UTC8_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export interface ReportPeriod {
  /** First day, yyyyMMdd. */
  from: string;
  /** Last day (inclusive), yyyyMMdd. */
  to: string;
  /** [start, end) instants. */
  start: Date;
  end: Date;
}

/** `20240301` or `2024-03-01` → the instant 00:00 UTC+8 of that day; null when it is no real date. */
export function dayStart(day: string): Date | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, date);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return new Date(utc - UTC8_MS);
}

/** The UTC+8 calendar day of an instant, yyyyMMdd. */
export function utc8Day(at: Date): string {
  return new Date(at.getTime() + UTC8_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

export function addDays(day: string, days: number): string {
  const start = dayStart(day);
  if (!start) throw new RangeError(`not a day: ${day}`);
  return utc8Day(new Date(start.getTime() + days * DAY_MS));
}

/** A period of whole UTC+8 days, or a message saying what is wrong with the input. */
export function reportPeriod(from: string, to: string = from): ReportPeriod | string {
  const start = dayStart(from);
  const last = dayStart(to);
  if (!start) return `from must be a date (yyyyMMdd or yyyy-MM-dd), got ${JSON.stringify(from)}`;
  if (!last) return `to must be a date (yyyyMMdd or yyyy-MM-dd), got ${JSON.stringify(to)}`;
  if (last < start) return 'to must not be earlier than from';
  if ((last.getTime() - start.getTime()) / DAY_MS > 366) return 'a report covers at most 367 days';
  return { from: utc8Day(start), to: utc8Day(last), start, end: new Date(last.getTime() + DAY_MS) };
}

export function within(period: ReportPeriod, at: Date | undefined): at is Date {
  return at !== undefined && at.getTime() >= period.start.getTime() && at.getTime() < period.end.getTime();
}
