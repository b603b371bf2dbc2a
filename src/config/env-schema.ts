import { z } from 'zod';
import { rateLimitEnvSchema } from './rate-limit-env.js';
import { reliabilityEnvSchema } from './reliability-env.js';
import { webhooksEnvSchema } from './webhooks-env.js';
import { schedulesEnvSchema } from './schedules-env.js';
import { retentionEnvSchema } from './retention-env.js';
import { tracingEnvSchema } from './tracing-env.js';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce
  .number({ error: 'expected a port number' })
  .int('expected a whole number')
  .min(0, 'expected 0..65535')
  .max(65535, 'expected 0..65535');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/**
 * Every environment variable the gateway reads. Empty strings count as unset so that `FOO=` in a compose file
 * behaves like leaving it out.
 */
export const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.string().optional()),
  PORT: z.preprocess(emptyAsUndefined, port.default(4000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATABASE_LISTEN_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATABASE_POOL_MODE: z.preprocess(emptyAsUndefined, z.enum(['session', 'transaction'], { error: 'expected session or transaction' }).default('session')),
  EMBEDDED_POSTGRES_PORT: z.preprocess(emptyAsUndefined, port.optional()),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.data')),
  ADMIN_API_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'expected at least 32 characters (use a long random value)').optional(),
  ),
  MASTER_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  MASTER_KEYS_PREVIOUS: z.preprocess(emptyAsUndefined, z.string().optional()),
  PUBLIC_BASE_URL: z.preprocess(emptyAsUndefined, z.url({ error: 'expected an absolute http(s) URL' }).optional()),
  SANDBOX_ENABLED: z.preprocess(emptyAsUndefined, booleanString.optional()),
  SANDBOX_PORT: z.preprocess(emptyAsUndefined, port.default(0)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  LOG_FORMAT: z.preprocess(emptyAsUndefined, z.enum(['pretty', 'json']).optional()),
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'expected at least 16 characters').optional()),
  GRAPHQL_MAX_DEPTH: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(2).default(10)),
  GRAPHQL_MAX_COST: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(10).default(1000)),
  // AMS notifications and subscriptions (src/notifications/README.md, src/graphql/subscriptions/README.md).
  // Antom resends a notification over ~24.4 h (8 steps); whether a resend carries a fresh request-time is not
  // documented, so by default a correctly signed notification is accepted for 25 h (inbox identity dedupes replays).
  NOTIFY_MAX_SKEW_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(90_000)),
  NOTIFY_BODY_LIMIT: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+(b|kb|mb)$/i, 'expected e.g. 64kb').default('64kb')),
  AUTO_APPLY_TOKEN: z.preprocess(emptyAsUndefined, booleanString.default(true)),
  SUBSCRIPTION_BUFFER_EVENTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(1000)),
  HTTP_BODY_LIMIT: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+(b|kb|mb)$/i, 'expected e.g. 100kb').default('100kb')),
}).extend(reliabilityEnvSchema.shape).extend(rateLimitEnvSchema.shape).extend(webhooksEnvSchema.shape).extend(schedulesEnvSchema.shape).extend(retentionEnvSchema.shape).extend(tracingEnvSchema.shape);

export type RawEnv = z.infer<typeof envSchema>;
