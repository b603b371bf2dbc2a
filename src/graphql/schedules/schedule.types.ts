import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { CYCLE_STATUSES } from '../../modules/schedules/cycle-status.js';
import { FREQUENCIES } from '../../modules/schedules/recurrence.js';
import { SCHEDULE_ERROR_CODES } from '../../modules/schedules/schedule-errors.js';
import { SCHEDULE_STATUSES } from '../../modules/schedules/schedule-status.js';
import { EXHAUSTED_POLICIES, MISSED_CYCLE_POLICIES } from '../../modules/schedules/schedule.entity.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { AggregateUpdate } from '../subscriptions/aggregate-update.js';
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
export const ScheduleError = createPayloadErrorType('ScheduleError', SCHEDULE_ERROR_CODES, 'Schedule mutation problems.');

@ObjectType('Recurrence', { description: 'How a schedule recurs. `rule` is the RRULE every occurrence is computed from (frequencies are turned into one).' })
export class RecurrenceType extends objectFields({
  frequency: nullable(RecurrenceFrequencyEnum),
  interval: field(Int),
  anchorDay: nullable(Int, 'MONTHLY/YEARLY: day of month (29–31 fall back to the month’s last day); WEEKLY: ISO weekday (1 = Monday).'),
  anchorMonth: nullable(Int, 'YEARLY: month 1–12.'),
  rrule: nullable(String, 'The RFC 5545 RRULE given at creation, if any.'),
  rule: field(String),
}) {}

@ObjectType('DunningPolicy', { description: 'Retries of a cycle after retryable failures, and what happens when they run out.' })
export class DunningPolicyType extends objectFields({
  retryOffsetsSeconds: field([Int], 'Seconds after the cycle’s first failed attempt at which retry 1, 2, … runs.'),
  onRetriesExhausted: field(RetriesExhaustedPolicyEnum),
}) {}

@ObjectType('Schedule', { description: 'A recurring debit on one authorization.' })
export class ScheduleType extends objectFields({
  id: field(ID),
  merchantId: field(ID),
  authorizationId: field(ID),
  status: field(ScheduleStatusEnum),
  statusReason: nullable(String, 'Why it has its status (e.g. which charge failed, and with what code).'),
  amount: field(Money, 'What the next cycles charge (a cycle keeps the amount it was created with).'),
  recurrence: field(RecurrenceType),
  timeZone: field(String, 'IANA time zone the recurrence is evaluated in.'),
  startAt: field(Date),
  endAt: nullable(Date),
  maxCycles: nullable(Int, 'At most this many cycles (occurrences).'),
  referenceOrderIdTemplate: field(String),
  description: field(String),
  metadata: field(GraphQLJSONObject),
  missedCyclePolicy: field(MissedCyclePolicyEnum),
  dunning: field(DunningPolicyType),
  nextCycleNumber: field(Int, 'Number of the next occurrence not yet turned into a cycle.'),
  nextDueAt: nullable(Date, 'When it falls due; null once the series has ended.'),
  createdAt: field(Date),
  updatedAt: field(Date),
}) {}

@ObjectType('ScheduleCharge', { description: 'One charge attempt of a cycle: an ordinary Payment with a paymentRequestId derived from schedule, cycle and attempt.' })
export class ScheduleChargeType extends objectFields({
  id: field(ID),
  scheduleId: field(ID),
  cycleId: field(ID),
  cycleNumber: field(Int),
  attempt: field(Int),
  paymentRequestId: field(String),
  referenceOrderId: field(String),
  paymentId: nullable(ID, 'The Payment, once it exists.'),
  createdAt: field(Date),
}) {}

@ObjectType('ScheduleCycle', { description: 'One occurrence of a schedule and its charge.' })
export class ScheduleCycleType extends objectFields({
  id: field(ID),
  scheduleId: field(ID),
  cycleNumber: field(Int),
  dueAt: field(Date),
  status: field(ScheduleCycleStatusEnum),
  amount: field(Money),
  attemptCount: field(Int),
  technicalFailureCount: field(Int, 'Attempts that failed for a technical reason (nothing debited, nothing declined: NOT_SENT, ORDER_NOT_EXIST, CANCELLED after an unknown outcome); retried within minutes, outside the dunning policy.'),
  nextAttemptAt: nullable(Date, 'When the next attempt runs (DUE, RETRY_SCHEDULED).'),
  failure: nullable(OperationFailure, 'The latest attempt’s failure.'),
  paymentId: nullable(ID, 'The latest attempt’s Payment.'),
  createdAt: field(Date),
  updatedAt: field(Date),
}) {}

@ObjectType()
export class ScheduleConnection extends connectionOf(ScheduleType) {}

@ObjectType()
export class ScheduleCycleConnection extends connectionOf(ScheduleCycleType) {}

@ObjectType({ description: 'Result of the schedule mutations.' })
export class SchedulePayload extends objectFields({
  schedule: nullable(ScheduleType),
  replayed: field(Boolean, 'createSchedule: an idempotencyKey replayed the stored schedule.'),
  errors: field([ScheduleError]),
}) {}

@ObjectType({ description: 'A step of a schedule (status change, cycle due, charge attempted, retry scheduled, cycle paid or failed, …).', simpleResolvers: true })
export class ScheduleUpdate extends AggregateUpdate {
  @Field(() => ScheduleType, { name: 'schedule', nullable: true, description: 'The schedule as stored now.' })
  current?: ScheduleType | null;
}

@InputType({ description: 'Exactly one of frequency (with interval and anchors) and rrule.' })
export class RecurrenceInput extends inputFields({
  frequency: nullable(RecurrenceFrequencyEnum),
  interval: nullable(Int, 'Every n-th period (default 1).'),
  anchorDay: nullable(Int, 'MONTHLY/YEARLY: day of month 1–31 (29–31 fall back to the month’s last day); WEEKLY: ISO weekday 1–7. Default: the start’s.'),
  anchorMonth: nullable(Int, 'YEARLY: month 1–12 (default: the start’s).'),
  rrule: nullable(String, 'An RFC 5545 RRULE line (no DTSTART/TZID: use startAt and timeZone), at most hourly, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1.'),
}) {}

@InputType()
export class DunningInput extends inputFields({
  retryOffsetsSeconds: nullable([Int], 'Increasing seconds after the first failure, at most 10 (e.g. [86400, 259200, 432000]); [] = no retry.'),
  onRetriesExhausted: nullable(RetriesExhaustedPolicyEnum),
}) {}

@InputType()
export class CreateScheduleInput extends inputFields({
  authorizationId: field(ID, 'An ACTIVE authorization of yours.'),
  amount: field(MoneyInput),
  recurrence: field(RecurrenceInput),
  startAt: nullable(Date, 'Default now; gives the time of day and the default anchors (in timeZone). Occurrences already past follow missedCyclePolicy.'),
  endAt: nullable(Date, 'No occurrence after this.'),
  maxCycles: nullable(Int, 'At most this many occurrences.'),
  timeZone: nullable(String, 'IANA zone (default UTC).'),
  referenceOrderIdTemplate: nullable(String, 'referenceOrderId of each charge; {schedule}, {cycle} (required), {date} (yyyyMMdd); default {schedule}-{cycle}; at most 64 characters expanded.'),
  description: field(String, 'orderDescription of each charge, shown to the user (≤ 256).'),
  metadata: nullable(GraphQLJSONObject, 'Yours, at most 4 KiB of JSON.'),
  missedCyclePolicy: nullable(MissedCyclePolicyEnum, 'Default LATEST_ONLY.'),
  dunning: nullable(DunningInput, 'Default: the gateway’s (SCHEDULES_RETRY_OFFSETS_SECONDS, SCHEDULES_ON_RETRIES_EXHAUSTED).'),
  idempotencyKey: nullable(String, 'Repeat with the same key and input to get the stored schedule.'),
}) {}

@InputType({ description: 'Only the fields given change; they apply to cycles created from now on.' })
export class UpdateScheduleInput extends inputFields({
  scheduleId: field(ID),
  amount: nullable(MoneyInput, 'Same currency; charged from the next cycle on.'),
  description: nullable(String),
  referenceOrderIdTemplate: nullable(String),
  metadata: nullable(GraphQLJSONObject),
  missedCyclePolicy: nullable(MissedCyclePolicyEnum),
  dunning: nullable(DunningInput),
}) {}

@InputType()
export class ScheduleFilter extends inputFields(CreatedRangeFilter, {
  status: nullable(ScheduleStatusEnum),
  authorizationId: nullable(ID),
}) {}

@InputType()
export class ScheduleCycleFilter extends inputFields({
  status: nullable(ScheduleCycleStatusEnum),
}) {}
