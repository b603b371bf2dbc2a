import { OccurrenceSeries } from './recurrence.js';
import type { Schedule } from './schedule.entity.js';
import { formatWallTime, parseWallTime } from './zoned-time.js';

/** The next occurrence of a schedule not yet turned into a cycle. */
export interface SeriesPosition {
  cycleNumber: number;
  wall: Date;
  at: Date;
}

type SeriesFields = Pick<Schedule, 'rule' | 'timeZone' | 'startAt' | 'endAt' | 'maxCycles'>;

function within(schedule: SeriesFields, position: SeriesPosition): SeriesPosition | null {
  if (schedule.maxCycles !== null && position.cycleNumber > schedule.maxCycles) return null;
  if (schedule.endAt !== null && position.at.getTime() > schedule.endAt.getTime()) return null;
  return position;
}

export function seriesOf(schedule: SeriesFields): OccurrenceSeries {
  return new OccurrenceSeries(schedule.rule, schedule.timeZone, schedule.startAt);
}

/** Cycle 1: the first occurrence at or after the start (null when the series is empty). */
export function firstPosition(schedule: SeriesFields, series = seriesOf(schedule)): SeriesPosition | null {
  const first = series.first();
  return first ? within(schedule, { cycleNumber: 1, ...first }) : null;
}

/** The occurrence after `position` (null when the series has ended: no more occurrences, count or end reached). */
export function positionAfter(schedule: SeriesFields, position: SeriesPosition, series = seriesOf(schedule)): SeriesPosition | null {
  const next = series.after(position.wall);
  return next ? within(schedule, { cycleNumber: position.cycleNumber + 1, ...next }) : null;
}

export function storedPosition(schedule: Schedule): SeriesPosition | null {
  if (schedule.nextDueAt === null || schedule.nextDueLocal === null) return null;
  return { cycleNumber: schedule.nextCycleNumber, wall: parseWallTime(schedule.nextDueLocal), at: schedule.nextDueAt };
}

export function storePosition(schedule: Schedule, position: SeriesPosition | null): void {
  if (position) schedule.nextCycleNumber = position.cycleNumber;
  schedule.nextDueAt = position?.at ?? null;
  schedule.nextDueLocal = position ? formatWallTime(position.wall) : null;
}
