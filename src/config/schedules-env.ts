import { z } from 'zod';
import type { TechnicalRetryPolicy } from '../modules/schedules/dunning.js';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Comma-separated whole seconds counted from a cycle's first failure, e.g. `86400,259200,432000` (+1 d, +3 d, +5 d). */
const offsetList = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(/^\s*(\d+(\s*,\s*\d+)*)?\s*$/, 'expected comma-separated whole seconds, e.g. 86400,259200,432000 (empty: no retries)')
    .default('86400,259200,432000')
    .transform((value) => (value.trim() === '' ? [] : value.split(',').map((part) => Number(part.trim()))))
    .refine((offsets) => offsets.every((offset, i) => offset >= 1 && (i === 0 || offset > offsets[i - 1]!)), 'offsets must be at least 1 and increase'),
);

/** Recurring debits (src/modules/schedules/README.md). Merged into env-schema.ts. */
export const schedulesEnvSchema = z.object({
  /** How often the schedule tick runs (one instance at a time): due cycles are created and charged. */
  SCHEDULES_TICK_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.1).default(15)),
  /** Dunning default for schedules created without one. */
  SCHEDULES_RETRY_OFFSETS_SECONDS: offsetList,
  SCHEDULES_ON_RETRIES_EXHAUSTED: z.preprocess(emptyAsUndefined, z.enum(['PAST_DUE', 'CANCEL']).default('PAST_DUE')),
  /** Technical failures (nothing debited, nothing declined: NOT_SENT, ORDER_NOT_EXIST, …): first retry delay, doubling. */
  SCHEDULES_TECHNICAL_RETRY_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.1).max(86_400).default(60)),
  /** Technical retries per cycle before a technical failure counts as a dunning failure. */
  SCHEDULES_TECHNICAL_RETRIES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(20).default(5)),
  /** Charge jobs fetched at once per worker loop, and worker loops in this instance. */
  SCHEDULES_CHARGE_BATCH: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(50)),
  SCHEDULES_CHARGE_WORKERS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(2)),
});

export type SchedulesEnv = z.infer<typeof schedulesEnvSchema>;

export interface SchedulesConfig {
  readonly tickSeconds: number;
  readonly retryOffsetsSeconds: readonly number[];
  readonly onRetriesExhausted: 'PAST_DUE' | 'CANCEL';
  readonly technicalRetry: TechnicalRetryPolicy;
  readonly chargeBatch: number;
  readonly chargeWorkers: number;
}

export function schedulesConfigOf(e: SchedulesEnv): SchedulesConfig {
  return {
    tickSeconds: e.SCHEDULES_TICK_SECONDS,
    retryOffsetsSeconds: e.SCHEDULES_RETRY_OFFSETS_SECONDS,
    onRetriesExhausted: e.SCHEDULES_ON_RETRIES_EXHAUSTED,
    technicalRetry: { delaySeconds: e.SCHEDULES_TECHNICAL_RETRY_SECONDS, maxRetries: e.SCHEDULES_TECHNICAL_RETRIES },
    chargeBatch: e.SCHEDULES_CHARGE_BATCH,
    chargeWorkers: e.SCHEDULES_CHARGE_WORKERS,
  };
}
