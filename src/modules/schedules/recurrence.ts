import type { InputChecker } from '../shared/input-checks.js';
import { RRule, rrulestr, type RRuleInstance } from './rrule-library.js';
import type { ScheduleErrorCode } from './schedule-errors.js';
import { instantOfWallTime, wallTimeAt } from './zoned-time.js';

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How a schedule recurs: a frequency with an anchor, or an RFC 5545 RRULE (exactly one of the two). */
export interface RecurrenceInput {
  frequency?: Frequency | null;
  interval?: number | null;
  /** MONTHLY / YEARLY: day of month 1–31 (clamped to the month's last day); WEEKLY: ISO weekday 1 = Monday … 7. */
  anchorDay?: number | null;
  /** YEARLY: month 1–12. */
  anchorMonth?: number | null;
  rrule?: string | null;
}

/** What is stored: the input as understood (for display) and the one RRULE every occurrence is computed from. */
export interface NormalisedRecurrence {
  frequency: Frequency | null;
  interval: number;
  anchorDay: number | null;
  anchorMonth: number | null;
  /** The caller's RRULE, as given (without a leading `RRULE:`). */
  rrule: string | null;
  /** The rule evaluated, e.g. `FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30,31;BYSETPOS=-1`. */
  rule: string;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MAX_INTERVAL = 1000;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day of month that exists in every month it names: days 29–31 become "the last of 28..d", so an anchor on the
 * 31st charges on 28/29 February and 30 April, then on the 31st again.
 */
function monthDayRule(day: number): string {
  if (day <= 28) return `BYMONTHDAY=${day}`;
  const days: number[] = [];
  for (let d = 28; d <= day; d++) days.push(d);
  return `BYMONTHDAY=${days.join(',')};BYSETPOS=-1`;
}

function wholeIn(check: InputChecker<ScheduleErrorCode>, field: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) {
    check.add('INVALID', field, `${field} must be a whole number from ${min} to ${max}, got ${value}`);
    return null;
  }
  return value;
}

function checkRrule(check: InputChecker<ScheduleErrorCode>, text: string): string | null {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (/[\r\n]/.test(body) || /(^|;)\s*(DTSTART|TZID)\b/i.test(body) || /^(DTSTART|EXDATE|RDATE)/im.test(body)) {
    check.add('INVALID', 'recurrence.rrule', 'recurrence.rrule must be one RRULE line without DTSTART or TZID (start and timeZone are separate fields)');
    return null;
  }
  try {
    const options = RRule.parseString(body);
    if (options.freq === undefined) throw new Error('FREQ is missing');
    if (options.freq > RRule.HOURLY) {
      check.add('INVALID', 'recurrence.rrule', 'recurrence.rrule may recur at most hourly (FREQ=MINUTELY and SECONDLY are refused)');
      return null;
    }
    // Rebuilt from the parsed options, so what is stored is what rrule understood.
    return new RRule(options).toString().replace(/^RRULE:/, '');
  } catch (error) {
    check.add('INVALID', 'recurrence.rrule', `recurrence.rrule is not a valid RFC 5545 RRULE: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Validates the recurrence against the start's wall time (anchors default to the start's day, weekday, month). */
export function checkRecurrence(
  check: InputChecker<ScheduleErrorCode>,
  input: RecurrenceInput | null | undefined,
  startWall: Date | null,
): NormalisedRecurrence | null {
  if (!input) {
    check.add('REQUIRED', 'recurrence', 'recurrence is required: a frequency with an anchor, or an rrule');
    return null;
  }
  const hasRrule = input.rrule !== null && input.rrule !== undefined && input.rrule.trim() !== '';
  if (hasRrule === Boolean(input.frequency)) {
    check.add('INVALID', 'recurrence', 'give exactly one of recurrence.frequency and recurrence.rrule');
    return null;
  }
  if (hasRrule) {
    if (input.interval != null || input.anchorDay != null || input.anchorMonth != null) {
      check.add('INVALID', 'recurrence', 'recurrence.interval, anchorDay and anchorMonth go with a frequency; put them in the rrule instead');
      return null;
    }
    if ((input.rrule ?? '').length > 500) {
      check.add('TOO_LONG', 'recurrence.rrule', `recurrence.rrule is ${(input.rrule ?? '').length} characters long; at most 500 are allowed`);
      return null;
    }
    const rule = checkRrule(check, input.rrule ?? '');
    return rule ? { frequency: null, interval: 1, anchorDay: null, anchorMonth: null, rrule: (input.rrule ?? '').trim().replace(/^RRULE:/i, ''), rule } : null;
  }
  const frequency = input.frequency as Frequency;
  const interval = wholeIn(check, 'recurrence.interval', input.interval, 1, MAX_INTERVAL) ?? 1;
  let anchorDay = wholeIn(check, 'recurrence.anchorDay', input.anchorDay, 1, frequency === 'WEEKLY' ? 7 : 31);
  let anchorMonth = wholeIn(check, 'recurrence.anchorMonth', input.anchorMonth, 1, 12);
  if (!check.ok || !startWall) return null;
  const base = `FREQ=${frequency};INTERVAL=${interval}`;
  switch (frequency) {
    case 'DAILY':
      if (input.anchorDay != null || input.anchorMonth != null) {
        check.add('INVALID', 'recurrence.anchorDay', 'a DAILY recurrence has no anchorDay or anchorMonth (the start gives the time of day)');
        return null;
      }
      return { frequency, interval, anchorDay: null, anchorMonth: null, rrule: null, rule: base };
    case 'WEEKLY': {
      if (input.anchorMonth != null) {
        check.add('INVALID', 'recurrence.anchorMonth', 'a WEEKLY recurrence has no anchorMonth');
        return null;
      }
      anchorDay ??= ((startWall.getUTCDay() + 6) % 7) + 1;
      return { frequency, interval, anchorDay, anchorMonth: null, rrule: null, rule: `${base};BYDAY=${WEEKDAYS[anchorDay - 1]}` };
    }
    case 'MONTHLY':
      if (input.anchorMonth != null) {
        check.add('INVALID', 'recurrence.anchorMonth', 'a MONTHLY recurrence has no anchorMonth');
        return null;
      }
      anchorDay ??= startWall.getUTCDate();
      return { frequency, interval, anchorDay, anchorMonth: null, rrule: null, rule: `${base};${monthDayRule(anchorDay)}` };
    case 'YEARLY': {
      anchorMonth ??= startWall.getUTCMonth() + 1;
      anchorDay ??= startWall.getUTCDate();
      const longest = DAYS_IN_MONTH[anchorMonth - 1]!;
      if (anchorDay > longest) {
        check.add('INVALID', 'recurrence.anchorDay', `month ${anchorMonth} has at most ${longest} days; anchorDay ${anchorDay} never occurs`);
        return null;
      }
      return { frequency, interval, anchorDay, anchorMonth, rrule: null, rule: `${base};BYMONTH=${anchorMonth};${monthDayRule(anchorDay)}` };
    }
  }
}

/** One occurrence: its wall time in the schedule's zone (what the rule counts in) and the instant it falls due. */
export interface Occurrence {
  wall: Date;
  at: Date;
}

/** Occurrences of a stored rule from a start, in a time zone. */
export class OccurrenceSeries {
  private readonly rule: RRuleInstance;
  private readonly startWall: Date;

  constructor(
    rule: string,
    private readonly timeZone: string,
    startAt: Date,
  ) {
    this.startWall = wallTimeAt(startAt, timeZone);
    this.rule = rrulestr(`RRULE:${rule}`, { dtstart: this.startWall }) as RRuleInstance;
  }

  /** The first occurrence at or after the start. */
  first(): Occurrence | null {
    return this.toOccurrence(this.rule.after(this.startWall, true));
  }

  /** The occurrence after the one with this wall time. */
  after(wall: Date): Occurrence | null {
    return this.toOccurrence(this.rule.after(wall, false));
  }

  private toOccurrence(wall: Date | null): Occurrence | null {
    return wall ? { wall, at: instantOfWallTime(wall, this.timeZone) } : null;
  }
}
