import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const flag = (fallback: boolean) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
  );
const whole = (fallback: number, min = 1) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).default(fallback));
const seconds = (fallback: number, min = 0) => z.preprocess(emptyAsUndefined, z.coerce.number().min(min).default(fallback));

/** 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h seven times: 12 attempts over ≈ 3.2 days (before jitter, which only adds). */
export const DEFAULT_WEBHOOK_RETRY_SCHEDULE = '5,300,1800,7200,18000,36000,36000,36000,36000,36000,36000,36000';

const retrySchedule = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, 'expected comma-separated seconds, e.g. 5,300,1800')
    .default(DEFAULT_WEBHOOK_RETRY_SCHEDULE)
    .transform((value) => value.split(',').map((part) => Number(part.trim()))),
);

/** Outgoing webhooks (src/modules/webhooks/README.md). Merged into env-schema.ts. */
export const webhooksEnvSchema = z.object({
  /** Plain http:// endpoint URLs (development, the sandbox). Production endpoints are https:// only. */
  WEBHOOK_ALLOW_HTTP: flag(false),
  /** Loopback, private, link-local and metadata addresses, at registration and at connect time (SSRF protection). */
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: flag(false),
  /** Whole attempt (connect, send, answer) time limit. */
  WEBHOOK_TIMEOUT_MS: whole(10_000),
  /** Delays after the 1st, 2nd, … failed attempt; when they run out the message is FAILED. */
  WEBHOOK_RETRY_SCHEDULE_SECONDS: retrySchedule,
  /** An endpoint whose attempts have all failed for this long is disabled (with a WEBHOOK_ENDPOINT_DISABLED event). */
  WEBHOOK_DISABLE_AFTER_DAYS: seconds(5, 0),
  /** Requests in flight to one endpoint at a time. */
  WEBHOOK_ENDPOINT_CONCURRENCY: whole(16),
  /** Endpoints served at the same time by this instance (each slow endpoint holds one). */
  WEBHOOK_WORKERS: whole(8),
  /** How often due retries are looked for (a retry is late by at most this). */
  WEBHOOK_SWEEP_SECONDS: seconds(5, 0.2),
  /** Secret rotation: how long the previous secret keeps signing when the mutation names no grace period. */
  WEBHOOK_ROTATION_GRACE_SECONDS: whole(86_400, 0),
});

export type WebhooksEnv = z.infer<typeof webhooksEnvSchema>;

export interface WebhooksConfig {
  readonly allowHttp: boolean;
  readonly allowPrivateAddresses: boolean;
  readonly timeoutMs: number;
  readonly retryScheduleSeconds: readonly number[];
  readonly disableAfterSeconds: number;
  readonly endpointConcurrency: number;
  readonly workers: number;
  readonly sweepSeconds: number;
  readonly rotationGraceSeconds: number;
}

export function webhooksConfigOf(e: WebhooksEnv): WebhooksConfig {
  return {
    allowHttp: e.WEBHOOK_ALLOW_HTTP,
    allowPrivateAddresses: e.WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
    timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    retryScheduleSeconds: e.WEBHOOK_RETRY_SCHEDULE_SECONDS,
    disableAfterSeconds: e.WEBHOOK_DISABLE_AFTER_DAYS * 86_400,
    endpointConcurrency: e.WEBHOOK_ENDPOINT_CONCURRENCY,
    workers: e.WEBHOOK_WORKERS,
    sweepSeconds: e.WEBHOOK_SWEEP_SECONDS,
    rotationGraceSeconds: e.WEBHOOK_ROTATION_GRACE_SECONDS,
  };
}

/** The defaults, for code paths that build services without a loaded configuration (benches, unit tests). */
export const DEFAULT_WEBHOOKS_CONFIG: WebhooksConfig = webhooksConfigOf(webhooksEnvSchema.parse({}));
