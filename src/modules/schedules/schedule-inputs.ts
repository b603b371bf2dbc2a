import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import type { InputChecker, MoneyValue } from '../shared/input-checks.js';
import { checkRecurrence, type NormalisedRecurrence, type RecurrenceInput } from './recurrence.js';
import { renderReferenceOrderId } from './reference-order-id.js';
import type { ScheduleErrorCode } from './schedule-errors.js';
import { EXHAUSTED_POLICIES, MISSED_CYCLE_POLICIES, type ExhaustedPolicy, type MissedCyclePolicy } from './schedule.entity.js';
import { isKnownTimeZone, wallTimeAt } from './zoned-time.js';

export interface DunningInput {
  retryOffsetsSeconds?: number[] | null;
  onRetriesExhausted?: ExhaustedPolicy | null;
}

export interface CreateScheduleInput {
  authorizationId: string;
  amount: { value: string; currency: string };
  recurrence: RecurrenceInput;
  /** Default: now. */
  startAt?: Date | null;
  endAt?: Date | null;
  maxCycles?: number | null;
  /** IANA zone; default UTC. */
  timeZone?: string | null;
  referenceOrderIdTemplate?: string | null;
  description: string;
  metadata?: Record<string, unknown> | null;
  missedCyclePolicy?: MissedCyclePolicy | null;
  dunning?: DunningInput | null;
  idempotencyKey?: string | null;
}

export interface UpdateScheduleInput {
  amount?: { value: string; currency: string } | null;
  description?: string | null;
  referenceOrderIdTemplate?: string | null;
  metadata?: Record<string, unknown> | null;
  missedCyclePolicy?: MissedCyclePolicy | null;
  dunning?: DunningInput | null;
}

export interface NormalisedDunning {
  retryOffsetsSeconds: number[];
  onRetriesExhausted: ExhaustedPolicy;
}

export interface NormalisedSchedule {
  authorizationId: string;
  amount: MoneyValue;
  recurrence: NormalisedRecurrence;
  startAt: Date;
  endAt: Date | null;
  maxCycles: number | null;
  timeZone: string;
  referenceOrderIdTemplate: string;
  description: string;
  metadata: Record<string, unknown>;
  missedCyclePolicy: MissedCyclePolicy;
  dunning: NormalisedDunning;
  idempotencyKey: string | null;
}

export const DEFAULT_REFERENCE_ORDER_ID_TEMPLATE = '{schedule}-{cycle}';
const MAX_METADATA_BYTES = 4096;
const MAX_RETRIES = 10;
const MAX_RETRY_OFFSET_SECONDS = 90 * 86_400;
const MAX_CYCLES = 100_000;
/** Longest ids a template can meet: a schedule id, a six-digit cycle number, a yyyyMMdd date. */
const WIDEST_SAMPLE = { scheduleId: 'sch_0123456789ABCDEFGHJKMNPQRS', cycleNumber: 999_999, dueAt: new Date(Date.UTC(2099, 11, 31)) };

export function checkTemplate(check: InputChecker<ScheduleErrorCode>, template: string | null | undefined): string | null {
  const value = check.optional('referenceOrderIdTemplate', template, 64);
  if (value === null) return check.ok ? DEFAULT_REFERENCE_ORDER_ID_TEMPLATE : null;
  if (!value.includes('{cycle}')) {
    check.add('INVALID', 'referenceOrderIdTemplate', 'referenceOrderIdTemplate must contain {cycle}, so each cycle has its own referenceOrderId');
    return null;
  }
  const widest = renderReferenceOrderId(value, WIDEST_SAMPLE.scheduleId, WIDEST_SAMPLE.cycleNumber, WIDEST_SAMPLE.dueAt, 'UTC');
  if (widest.length > 64) {
    check.add('TOO_LONG', 'referenceOrderIdTemplate', `referenceOrderIdTemplate can expand to ${widest.length} characters; a referenceOrderId has at most 64`);
    return null;
  }
  return value;
}

export function checkMetadata(check: InputChecker<ScheduleErrorCode>, metadata: Record<string, unknown> | null | undefined): Record<string, unknown> {
  if (!metadata) return {};
  const size = Buffer.byteLength(JSON.stringify(metadata), 'utf8');
  if (size > MAX_METADATA_BYTES) check.add('TOO_LONG', 'metadata', `metadata is ${size} bytes of JSON; at most ${MAX_METADATA_BYTES} are allowed`);
  return metadata;
}

export function checkDunning(check: InputChecker<ScheduleErrorCode>, input: DunningInput | null | undefined, defaults: NormalisedDunning): NormalisedDunning {
  const offsets = input?.retryOffsetsSeconds ?? defaults.retryOffsetsSeconds;
  if (offsets.length > MAX_RETRIES) check.add('INVALID', 'dunning.retryOffsetsSeconds', `at most ${MAX_RETRIES} retries, got ${offsets.length}`);
  offsets.forEach((offset, i) => {
    if (!Number.isInteger(offset) || offset < 1 || offset > MAX_RETRY_OFFSET_SECONDS) {
      check.add('INVALID', `dunning.retryOffsetsSeconds[${i}]`, `each retry offset must be whole seconds from 1 to ${MAX_RETRY_OFFSET_SECONDS}, got ${offset}`);
    } else if (i > 0 && offset <= offsets[i - 1]!) {
      check.add('INVALID', `dunning.retryOffsetsSeconds[${i}]`, `retry offsets count from the first failure and must increase; ${offset} follows ${offsets[i - 1]}`);
    }
  });
  const onRetriesExhausted = input?.onRetriesExhausted ?? defaults.onRetriesExhausted;
  if (!EXHAUSTED_POLICIES.includes(onRetriesExhausted)) check.add('INVALID', 'dunning.onRetriesExhausted', `dunning.onRetriesExhausted must be one of ${EXHAUSTED_POLICIES.join(', ')}`);
  return { retryOffsetsSeconds: [...offsets], onRetriesExhausted };
}

export function checkMissedPolicy(check: InputChecker<ScheduleErrorCode>, policy: MissedCyclePolicy | null | undefined): MissedCyclePolicy {
  const value = policy ?? 'LATEST_ONLY';
  if (!MISSED_CYCLE_POLICIES.includes(value)) check.add('INVALID', 'missedCyclePolicy', `missedCyclePolicy must be one of ${MISSED_CYCLE_POLICIES.join(', ')}`);
  return value;
}

export function checkCreateSchedule(
  input: CreateScheduleInput,
  check: InputChecker<ScheduleErrorCode>,
  now: Date,
  defaultDunning: NormalisedDunning,
): NormalisedSchedule | null {
  const authorizationId = check.required('authorizationId', input.authorizationId, 64);
  const amount = check.money('amount', input.amount);
  const timeZone = check.optional('timeZone', input.timeZone, 64) ?? 'UTC';
  const zoneKnown = isKnownTimeZone(timeZone);
  if (!zoneKnown) check.add('INVALID', 'timeZone', `timeZone "${timeZone}" is not an IANA time zone (e.g. Europe/Berlin, UTC)`);
  // Whole seconds: occurrences are computed on wall times at second precision.
  const startAt = new Date(Math.floor((input.startAt ?? now).getTime() / 1000) * 1000);
  const endAt = input.endAt ?? null;
  if (endAt && endAt.getTime() <= startAt.getTime()) check.add('INVALID', 'endAt', 'endAt must be later than startAt');
  const maxCycles = input.maxCycles ?? null;
  if (maxCycles !== null && (!Number.isInteger(maxCycles) || maxCycles < 1 || maxCycles > MAX_CYCLES)) {
    check.add('INVALID', 'maxCycles', `maxCycles must be a whole number from 1 to ${MAX_CYCLES}, got ${maxCycles}`);
  }
  const recurrence = checkRecurrence(check, input.recurrence, zoneKnown ? wallTimeAt(startAt, timeZone) : null);
  const referenceOrderIdTemplate = checkTemplate(check, input.referenceOrderIdTemplate);
  const description = check.required('description', input.description, 256);
  const metadata = checkMetadata(check, input.metadata);
  const missedCyclePolicy = checkMissedPolicy(check, input.missedCyclePolicy);
  const dunning = checkDunning(check, input.dunning, defaultDunning);
  const idempotencyKey = check.optional('idempotencyKey', input.idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
  if (!check.ok || !authorizationId || !amount || !recurrence || !referenceOrderIdTemplate || !description) return null;
  return { authorizationId, amount, recurrence, startAt, endAt, maxCycles, timeZone, referenceOrderIdTemplate, description, metadata, missedCyclePolicy, dunning, idempotencyKey };
}
