import { column } from '../../persistence/columns.js';
import { IdempotentRecord, idempotentRecordSchema } from '../shared/aggregate-columns.js';
import type { Frequency } from './recurrence.js';
import type { ScheduleStatus } from './schedule-status.js';

export const MISSED_CYCLE_POLICIES = ['LATEST_ONLY', 'EACH'] as const;
export type MissedCyclePolicy = (typeof MISSED_CYCLE_POLICIES)[number];

export const EXHAUSTED_POLICIES = ['PAST_DUE', 'CANCEL'] as const;
export type ExhaustedPolicy = (typeof EXHAUSTED_POLICIES)[number];

/**
 * A recurring debit on one authorization. The position in the series is `nextCycleNumber` / `nextDueAt` (the next
 * occurrence not yet turned into a cycle): cycles are created from it under the schedule's row lock, so an
 * occurrence becomes a cycle once, whatever the clock or the number of instances does.
 */
export class Schedule extends IdempotentRecord<ScheduleStatus> {
  authorizationId!: string;
  /** Minor units of the cycles created from now on (a cycle keeps the amount it was created with). */
  amountValue!: string;
  currency!: string;
  frequency: Frequency | null = null;
  interval!: number;
  anchorDay: number | null = null;
  anchorMonth: number | null = null;
  /** The caller's RRULE when given. */
  rrule: string | null = null;
  /** The RRULE every occurrence is computed from (frequencies are turned into one). */
  rule!: string;
  timeZone!: string;
  startAt!: Date;
  endAt: Date | null = null;
  /** At most this many occurrences (cycle numbers 1..maxCycles). */
  maxCycles: number | null = null;
  /** `{cycle}`, `{schedule}`, `{date}` are replaced per cycle. */
  referenceOrderIdTemplate!: string;
  description!: string;
  metadata: Record<string, unknown> = {};
  missedCyclePolicy!: MissedCyclePolicy;
  /** Seconds after a cycle's first failed attempt at which it is retried (retryable failures only). */
  retryOffsetsSeconds!: number[];
  onRetriesExhausted!: ExhaustedPolicy;
  nextCycleNumber!: number;
  /** Null once the series has ended. */
  nextDueAt: Date | null = null;
  /** Wall time of the next occurrence in `timeZone` (`yyyy-MM-ddTHH:mm:ss`), what the rule continues from. */
  nextDueLocal: string | null = null;
}

export const ScheduleSchema = idempotentRecordSchema(Schedule, 'schedules', {
  indexes: [
    { name: 'schedules_authorization_id_index', properties: ['authorizationId'] },
    { name: 'schedules_status_next_due_at_index', properties: ['status', 'nextDueAt'] },
  ],
  properties: {
    authorizationId: column.text,
    amountValue: column.money,
    currency: column.text,
    frequency: column.optionalText,
    interval: column.int,
    anchorDay: column.optionalInt,
    anchorMonth: column.optionalInt,
    rrule: column.optionalText,
    rule: column.text,
    timeZone: column.text,
    startAt: column.timestamp,
    endAt: column.optionalTimestamp,
    maxCycles: column.optionalInt,
    referenceOrderIdTemplate: column.text,
    description: column.text,
    metadata: column.json,
    missedCyclePolicy: column.text,
    retryOffsetsSeconds: column.json,
    onRetriesExhausted: column.text,
    nextCycleNumber: column.int,
    nextDueAt: column.optionalTimestamp,
    nextDueLocal: column.optionalText,
  },
});
