import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const seconds = (fallback: number, min = 0) => z.preprocess(emptyAsUndefined, z.coerce.number().min(min).default(fallback));
const whole = (fallback: number, min = 1) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).default(fallback));

/** Comma-separated seconds, e.g. `2,4,8,16,30` (ams-spec §8.2). */
const scheduleList = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, 'expected comma-separated seconds, e.g. 2,4,8,16,30')
    .default('2,4,8,16,30')
    .transform((value) => value.split(',').map((part) => Number(part.trim()))),
);

/**
 * The reliability engine's variables (durable jobs, token refresh, outbound protection). Kept apart from
 * env-schema.ts so the foundation's schema stays readable; merged into it there.
 */
export const reliabilityEnvSchema = z.object({
  JOBS_ENABLED: z.preprocess(emptyAsUndefined, z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1')),
  /** Delays between inquiries of an unresolved record; the last one repeats. */
  JOBS_SYNC_SCHEDULE_SECONDS: scheduleList,
  /** Age of an unresolved payment after which it is cancelled (the ~60–70 s best-practice window). */
  JOBS_CANCEL_AFTER_SECONDS: seconds(65),
  /** A PENDING record younger than this is left to its in-flight call before a job looks at it. */
  JOBS_PENDING_GRACE_SECONDS: seconds(30),
  /** Steps before a sync job gives up (the record stays unresolved, the job goes to the dead-letter queue). */
  JOBS_SYNC_MAX_STEPS: whole(60),
  JOBS_POLL_SECONDS: seconds(1, 0.5),
  JOBS_BATCH_SIZE: whole(20),
  /** Worker loops per queue in this instance. */
  JOBS_WORKERS: whole(2),
  /** An active job of a crashed instance is failed (and retried) after this. */
  JOBS_EXPIRE_SECONDS: whole(60, 1),
  JOBS_MAINTENANCE_SECONDS: whole(30, 1),
  /** How often the recovery sweep and the token scan run (each is one self-rescheduling singleton job). */
  JOBS_SWEEP_INTERVAL_SECONDS: seconds(60, 0.5),
  TOKEN_REFRESH_LEAD_SECONDS: seconds(86_400),
  TOKEN_SCAN_INTERVAL_SECONDS: seconds(60, 0.5),
  /** Per merchant: concurrent calls toward AMS (more wait their turn). */
  OUTBOUND_CONCURRENCY: whole(16),
  /** Consecutive transport failures / 5xx that open a merchant endpoint's breaker. */
  OUTBOUND_BREAKER_FAILURES: whole(5),
  /** How long an open breaker fails fast before letting one probe through. */
  OUTBOUND_BREAKER_COOLDOWN_MS: whole(10_000),
  /** AMS client timeout per attempt (pay defaults to 10 s, others 15 s when unset). */
  AMS_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).optional()),
  /** AMS client attempts per call, including the first. */
  AMS_MAX_ATTEMPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).optional()),
});

export type ReliabilityEnv = z.infer<typeof reliabilityEnvSchema>;

export interface ReliabilityConfig {
  readonly jobs: {
    readonly enabled: boolean;
    readonly syncScheduleSeconds: readonly number[];
    readonly cancelAfterSeconds: number;
    readonly pendingGraceSeconds: number;
    readonly syncMaxSteps: number;
    readonly pollSeconds: number;
    readonly batchSize: number;
    readonly workers: number;
    readonly expireSeconds: number;
    readonly maintenanceSeconds: number;
    readonly sweepIntervalSeconds: number;
  };
  readonly tokens: { readonly refreshLeadSeconds: number; readonly scanIntervalSeconds: number };
  readonly outbound: { readonly concurrency: number; readonly breakerFailures: number; readonly breakerCooldownMs: number };
  readonly ams: { readonly timeoutMs: number | undefined; readonly maxAttempts: number | undefined };
}

export function reliabilityConfigOf(e: ReliabilityEnv): ReliabilityConfig {
  return {
    jobs: {
      enabled: e.JOBS_ENABLED,
      syncScheduleSeconds: e.JOBS_SYNC_SCHEDULE_SECONDS,
      cancelAfterSeconds: e.JOBS_CANCEL_AFTER_SECONDS,
      pendingGraceSeconds: e.JOBS_PENDING_GRACE_SECONDS,
      syncMaxSteps: e.JOBS_SYNC_MAX_STEPS,
      pollSeconds: e.JOBS_POLL_SECONDS,
      batchSize: e.JOBS_BATCH_SIZE,
      workers: e.JOBS_WORKERS,
      expireSeconds: e.JOBS_EXPIRE_SECONDS,
      maintenanceSeconds: e.JOBS_MAINTENANCE_SECONDS,
      sweepIntervalSeconds: e.JOBS_SWEEP_INTERVAL_SECONDS,
    },
    tokens: { refreshLeadSeconds: e.TOKEN_REFRESH_LEAD_SECONDS, scanIntervalSeconds: e.TOKEN_SCAN_INTERVAL_SECONDS },
    outbound: {
      concurrency: e.OUTBOUND_CONCURRENCY,
      breakerFailures: e.OUTBOUND_BREAKER_FAILURES,
      breakerCooldownMs: e.OUTBOUND_BREAKER_COOLDOWN_MS,
    },
    ams: { timeoutMs: e.AMS_TIMEOUT_MS, maxAttempts: e.AMS_MAX_ATTEMPTS },
  };
}
