import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const days = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().min(0).default(fallback));
const whole = (fallback: number, min = 1) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).default(fallback));

/** Data retention (src/modules/retention/README.md). A period of 0 keeps that data forever. Merged into env-schema.ts. */
export const retentionEnvSchema = z.object({
  /** Events older than this are removed, except those a record still needs. */
  RETENTION_EVENTS_DAYS: days(90),
  /** Notification inbox rows (by their last delivery); longer than NOTIFY_MAX_SKEW_SECONDS, so a resend is still recognised. */
  RETENTION_INBOX_DAYS: days(30),
  /** Webhook deliveries (messages) that are DELIVERED or FAILED, with their attempts, by their last activity. */
  RETENTION_WEBHOOK_DAYS: days(30),
  /** pg-boss: a completed or failed job moves to pg-boss's archive after this. */
  RETENTION_JOBS_COMPLETED_SECONDS: whole(43_200),
  /** pg-boss: archived jobs are deleted after this. */
  RETENTION_JOBS_ARCHIVE_SECONDS: whole(604_800),
  /** How often the retention job runs (one instance at a time). */
  RETENTION_INTERVAL_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(1).default(3_600)),
  /** Rows per DELETE statement: each batch is one short transaction. */
  RETENTION_BATCH_SIZE: whole(1_000),
});

export type RetentionEnv = z.infer<typeof retentionEnvSchema>;

export interface RetentionConfig {
  /** Seconds; 0 = kept forever. */
  readonly eventsSeconds: number;
  readonly inboxSeconds: number;
  readonly webhookSeconds: number;
  readonly jobsCompletedSeconds: number;
  readonly jobsArchiveSeconds: number;
  readonly intervalSeconds: number;
  readonly batchSize: number;
}

const DAY = 86_400;

export function retentionConfigOf(e: RetentionEnv): RetentionConfig {
  return {
    eventsSeconds: e.RETENTION_EVENTS_DAYS * DAY,
    inboxSeconds: e.RETENTION_INBOX_DAYS * DAY,
    webhookSeconds: e.RETENTION_WEBHOOK_DAYS * DAY,
    jobsCompletedSeconds: e.RETENTION_JOBS_COMPLETED_SECONDS,
    jobsArchiveSeconds: e.RETENTION_JOBS_ARCHIVE_SECONDS,
    intervalSeconds: e.RETENTION_INTERVAL_SECONDS,
    batchSize: e.RETENTION_BATCH_SIZE,
  };
}

/** The defaults, for code paths that build services without a loaded configuration (benches, unit tests). */
export const DEFAULT_RETENTION_CONFIG: RetentionConfig = retentionConfigOf(retentionEnvSchema.parse({}));
