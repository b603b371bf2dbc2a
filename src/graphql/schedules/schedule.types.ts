import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CYCLE_STATUSES, type CycleStatus } from '../../modules/schedules/cycle-status.js';
import { FREQUENCIES, type Frequency } from '../../modules/schedules/recurrence.js';
import { SCHEDULE_ERROR_CODES } from '../../modules/schedules/schedule-errors.js';
import { SCHEDULE_STATUSES, type ScheduleStatus } from '../../modules/schedules/schedule-status.js';
import { EXHAUSTED_POLICIES, MISSED_CYCLE_POLICIES, type ExhaustedPolicy, type MissedCyclePolicy } from '../../modules/schedules/schedule.entity.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { EventRecordType } from '../events/event.types.js';
import { Money, MoneyInput, OperationFailure } from '../operations/operation-types.js';
import { connectionOf } from '../core/connection.js';
import { CreatedRangeFilter } from '../operations/list-args.js';

export const ScheduleStatusEnum = registerListEnum(
  SCHEDULE_STATUSES,
  'ScheduleStatus',
  'ACTIVE charges as cycles fall due; PAUSED charges nothing (occurrences in the pause are skipped); PAST_DUE: a cycle failed for good and later cycles are still charged (back to ACTIVE when one is paid); NEEDS_REAUTHORIZATION: the agreement is dead, the user must authorize again; CANCELLED; COMPLETED: the end or count was reached.',
);
export const ScheduleCycleStatusEnum = registerListEnum(
  CYCLE_STATUSES,
  'ScheduleCycleStatus',
  'DUE: not charged yet; CHARGING: an attempt is in flight or its outcome unknown (settled by the payment sync jobs); RETRY_SCHEDULED: a technical or retryable failure, retried at nextAttemptAt; PAID, FAILED; SKIPPED: a missed occurrence not charged (LATEST_ONLY, or in a pause); CANCELLED: the schedule stopped first.',
);
export const RecurrenceFrequencyEnum = registerListEnum(FREQUENCIES, 'RecurrenceFrequency', 'Built-in recurrences; anything else through an RRULE.');
export const MissedCyclePolicyEnum = registerListEnum(
  MISSED_CYCLE_POLICIES,
  'MissedCyclePolicy',
  'When several occurrences are due at once (downtime, a clock jump): LATEST_ONLY charges the latest and skips the others; EACH charges every one.',
);
export const RetriesExhaustedPolicyEnum = registerListEnum(EXHAUSTED_POLICIES, 'RetriesExhaustedPolicy', 'What a cycle that failed for good does to its schedule: PAST_DUE, or CANCEL it.');
export const ScheduleErrorCodeEnum = registerListEnum(SCHEDULE_ERROR_CODES, 'ScheduleErrorCode', 'Schedule mutation problems.');
export const ScheduleError = createPayloadErrorType('ScheduleError', ScheduleErrorCodeEnum);
export type ScheduleError = InstanceType<typeof ScheduleError>;

@ObjectType('Recurrence', { description: 'How a schedule recurs. `rule` is the RRULE every occurrence is computed from (frequencies are turned into one).' })
export class RecurrenceType {
  @Field(() => RecurrenceFrequencyEnum, { nullable: true })
  frequency!: Frequency | null;

  @Field(() => Int)
  interval!: number;

  @Field(() => Int, { nullable: true, description: 'MONTHLY/YEARLY: day of month (29–31 fall back to the month’s last day); WEEKLY: ISO weekday (1 = Monday).' })
  anchorDay!: number | null;

  @Field(() => Int, { nullable: true, description: 'YEARLY: month 1–12.' })
  anchorMonth!: number | null;

  @Field(() => String, { nullable: true, description: 'The RFC 5545 RRULE given at creation, if any.' })
  rrule!: string | null;

  @Field(() => String)
  rule!: string;
}

@ObjectType('DunningPolicy', { description: 'Retries of a cycle after retryable failures, and what happens when they run out.' })
export class DunningPolicyType {
  @Field(() => [Int], { description: 'Seconds after the cycle’s first failed attempt at which retry 1, 2, … runs.' })
  retryOffsetsSeconds!: number[];

  @Field(() => RetriesExhaustedPolicyEnum)
  onRetriesExhausted!: ExhaustedPolicy;
}

@ObjectType('Schedule', { description: 'A recurring debit on one authorization.' })
export class ScheduleType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  merchantId!: string;

  @Field(() => ID)
  authorizationId!: string;

  @Field(() => ScheduleStatusEnum)
  status!: ScheduleStatus;

  @Field(() => String, { nullable: true, description: 'Why it has its status (e.g. which charge failed, and with what code).' })
  statusReason!: string | null;

  @Field(() => Money, { description: 'What the next cycles charge (a cycle keeps the amount it was created with).' })
  amount!: Money;

  @Field(() => RecurrenceType)
  recurrence!: RecurrenceType;

  @Field(() => String, { description: 'IANA time zone the recurrence is evaluated in.' })
  timeZone!: string;

  @Field(() => Date)
  startAt!: Date;

  @Field(() => Date, { nullable: true })
  endAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'At most this many cycles (occurrences).' })
  maxCycles!: number | null;

  @Field(() => String)
  referenceOrderIdTemplate!: string;

  @Field(() => String)
  description!: string;

  @Field(() => GraphQLJSONObject)
  metadata!: Record<string, unknown>;

  @Field(() => MissedCyclePolicyEnum)
  missedCyclePolicy!: MissedCyclePolicy;

  @Field(() => DunningPolicyType)
  dunning!: DunningPolicyType;

  @Field(() => Int, { description: 'Number of the next occurrence not yet turned into a cycle.' })
  nextCycleNumber!: number;

  @Field(() => Date, { nullable: true, description: 'When it falls due; null once the series has ended.' })
  nextDueAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('ScheduleCharge', { description: 'One charge attempt of a cycle: an ordinary Payment with a paymentRequestId derived from schedule, cycle and attempt.' })
export class ScheduleChargeType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  scheduleId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => Int)
  cycleNumber!: number;

  @Field(() => Int)
  attempt!: number;

  @Field(() => String)
  paymentRequestId!: string;

  @Field(() => String)
  referenceOrderId!: string;

  @Field(() => ID, { nullable: true, description: 'The Payment, once it exists.' })
  paymentId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ScheduleCycle', { description: 'One occurrence of a schedule and its charge.' })
export class ScheduleCycleType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  scheduleId!: string;

  @Field(() => Int)
  cycleNumber!: number;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => ScheduleCycleStatusEnum)
  status!: CycleStatus;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Int)
  attemptCount!: number;

  @Field(() => Int, { description: 'Attempts that failed for a technical reason (nothing debited, nothing declined: NOT_SENT, ORDER_NOT_EXIST, CANCELLED after an unknown outcome); retried within minutes, outside the dunning policy.' })
  technicalFailureCount!: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt runs (DUE, RETRY_SCHEDULED).' })
  nextAttemptAt!: Date | null;

  @Field(() => OperationFailure, { nullable: true, description: 'The latest attempt’s failure.' })
  failure!: OperationFailure | null;

  @Field(() => ID, { nullable: true, description: 'The latest attempt’s Payment.' })
  paymentId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ScheduleConnection extends connectionOf(ScheduleType) {}

@ObjectType()
export class ScheduleCycleConnection extends connectionOf(ScheduleCycleType) {}

@ObjectType({ description: 'Result of the schedule mutations.' })
export class SchedulePayload {
  @Field(() => ScheduleType, { nullable: true })
  schedule!: ScheduleType | null;

  @Field(() => Boolean, { description: 'createSchedule: an idempotencyKey replayed the stored schedule.' })
  replayed!: boolean;

  @Field(() => [ScheduleError])
  errors!: ScheduleError[];
}

@ObjectType({ description: 'A step of a schedule (status change, cycle due, charge attempted, retry scheduled, cycle paid or failed, …).', simpleResolvers: true })
export class ScheduleUpdate {
  @Field(() => String, { description: 'Pass as `after` when subscribing again to resume right after this event.' })
  cursor!: string;

  @Field(() => EventRecordType)
  event!: EventRecordType;

  @Field(() => ScheduleType, { nullable: true, description: 'The schedule as stored now.' })
  schedule?: ScheduleType | null;
}

@InputType({ description: 'Exactly one of frequency (with interval and anchors) and rrule.' })
export class RecurrenceInput {
  @Field(() => RecurrenceFrequencyEnum, { nullable: true })
  frequency?: Frequency | null;

  @Field(() => Int, { nullable: true, description: 'Every n-th period (default 1).' })
  interval?: number | null;

  @Field(() => Int, { nullable: true, description: 'MONTHLY/YEARLY: day of month 1–31 (29–31 fall back to the month’s last day); WEEKLY: ISO weekday 1–7. Default: the start’s.' })
  anchorDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'YEARLY: month 1–12 (default: the start’s).' })
  anchorMonth?: number | null;

  @Field(() => String, { nullable: true, description: 'An RFC 5545 RRULE line (no DTSTART/TZID: use startAt and timeZone), at most hourly, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1.' })
  rrule?: string | null;
}

@InputType()
export class DunningInput {
  @Field(() => [Int], { nullable: true, description: 'Increasing seconds after the first failure, at most 10 (e.g. [86400, 259200, 432000]); [] = no retry.' })
  retryOffsetsSeconds?: number[] | null;

  @Field(() => RetriesExhaustedPolicyEnum, { nullable: true })
  onRetriesExhausted?: ExhaustedPolicy | null;
}

@InputType()
export class CreateScheduleInput {
  @Field(() => ID, { description: 'An ACTIVE authorization of yours.' })
  authorizationId!: string;

  @Field(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => RecurrenceInput)
  recurrence!: RecurrenceInput;

  @Field(() => Date, { nullable: true, description: 'Default now; gives the time of day and the default anchors (in timeZone). Occurrences already past follow missedCyclePolicy.' })
  startAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'No occurrence after this.' })
  endAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'At most this many occurrences.' })
  maxCycles?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA zone (default UTC).' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'referenceOrderId of each charge; {schedule}, {cycle} (required), {date} (yyyyMMdd); default {schedule}-{cycle}; at most 64 characters expanded.' })
  referenceOrderIdTemplate?: string | null;

  @Field(() => String, { description: 'orderDescription of each charge, shown to the user (≤ 256).' })
  description!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Yours, at most 4 KiB of JSON.' })
  metadata?: Record<string, unknown> | null;

  @Field(() => MissedCyclePolicyEnum, { nullable: true, description: 'Default LATEST_ONLY.' })
  missedCyclePolicy?: MissedCyclePolicy | null;

  @Field(() => DunningInput, { nullable: true, description: 'Default: the gateway’s (SCHEDULES_RETRY_OFFSETS_SECONDS, SCHEDULES_ON_RETRIES_EXHAUSTED).' })
  dunning?: DunningInput | null;

  @Field(() => String, { nullable: true, description: 'Repeat with the same key and input to get the stored schedule.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Only the fields given change; they apply to cycles created from now on.' })
export class UpdateScheduleInput {
  @Field(() => ID)
  scheduleId!: string;

  @Field(() => MoneyInput, { nullable: true, description: 'Same currency; charged from the next cycle on.' })
  amount?: MoneyInput | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  referenceOrderIdTemplate?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  metadata?: Record<string, unknown> | null;

  @Field(() => MissedCyclePolicyEnum, { nullable: true })
  missedCyclePolicy?: MissedCyclePolicy | null;

  @Field(() => DunningInput, { nullable: true })
  dunning?: DunningInput | null;
}

@InputType()
export class ScheduleFilter extends CreatedRangeFilter {
  @Field(() => ScheduleStatusEnum, { nullable: true })
  status?: ScheduleStatus | null;

  @Field(() => ID, { nullable: true })
  authorizationId?: string | null;
}

@InputType()
export class ScheduleCycleFilter {
  @Field(() => ScheduleCycleStatusEnum, { nullable: true })
  status?: CycleStatus | null;
}
