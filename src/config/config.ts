import { resolve } from 'node:path';
import { rateLimitConfigOf, type RateLimitConfig } from './rate-limit-env.js';
import { reliabilityConfigOf, type ReliabilityConfig } from './reliability-env.js';
import { webhooksConfigOf, type WebhooksConfig } from './webhooks-env.js';
import { schedulesConfigOf, type SchedulesConfig } from './schedules-env.js';
import { retentionConfigOf, type RetentionConfig } from './retention-env.js';
import { tracingConfigOf, type TracingConfig } from './tracing-env.js';
import { Secret } from '../shared/secret.js';
import { envSchema, type RawEnv } from './env-schema.js';
import { ConfigError } from './errors.js';
import type { LogFormat } from '../observability/log-output.js';
import { decodeMasterKey, loadOrCreateDevMasterKey } from './master-key.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * `session`: DATABASE_URL is Postgres itself or a pooler in session mode (the hot paths' statements are prepared by
 * name). `transaction`: a pooler in transaction mode (PgBouncer): statements stay unnamed, no session state, and
 * LISTEN goes to DATABASE_LISTEN_URL, a direct connection.
 */
export type DatabasePoolMode = 'session' | 'transaction';

export type DatabaseConfig =
  | { kind: 'external'; url: Secret<string>; listenUrl: Secret<string>; poolMode: DatabasePoolMode }
  | { kind: 'embedded'; dataDir: string; port: number | undefined };

export interface Config {
  readonly production: boolean;
  readonly http: {
    readonly port: number;
    readonly host: string;
    readonly publicBaseUrl: string | undefined;
    readonly bodyLimit: string;
  };
  readonly graphql: { readonly maxDepth: number; readonly maxCost: number };
  readonly notifications: {
    /** Refuse a notification whose request-time is further than this from our clock (0 = no check). */
    readonly maxSkewSeconds: number;
    readonly bodyLimit: string;
    readonly autoApplyToken: boolean;
  };
  /** Events buffered per subscription before a slow subscriber is disconnected (close code 4008). */
  readonly subscriptions: { readonly bufferEvents: number };
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  /** Present when ADMIN_API_KEY is set; otherwise an admin key is generated on first start. */
  readonly adminApiKey: Secret<string> | undefined;
  /** The active key first, then older keys still accepted for decryption during rotation. */
  readonly masterKeys: Secret<readonly Buffer[]>;
  readonly sandboxEnabled: boolean;
  /** Port of the in-process development sandbox (0 = any free port). */
  readonly sandboxPort: number;
  readonly logLevel: LogLevel;
  /** LOG_FORMAT; unset: pretty on a terminal or with NODE_ENV=development, JSON otherwise (shared/log-output.ts). */
  readonly logFormat: LogFormat | undefined;
  /** GET /metrics: a bearer token when METRICS_TOKEN is set; otherwise loopback clients only. */
  readonly metrics: { readonly token: Secret<string> | undefined };
  /** Things the operator should know about, printed once at start. */
  readonly warnings: readonly string[];
  /** Durable jobs, token refresh, outbound protection (reliability-env.ts). */
  readonly reliability: ReliabilityConfig;
  /** Per key, per merchant and notification receiver limits (rate-limit-env.ts). */
  readonly rateLimits: RateLimitConfig;
  /** Outgoing webhooks to merchants' backends (webhooks-env.ts). */
  readonly webhooks: WebhooksConfig;
  /** Recurring debits: tick, default dunning, charge workers (schedules-env.ts). */
  readonly schedules: SchedulesConfig;
  /** How long events, inbox rows, webhook deliveries and job rows are kept (retention-env.ts). */
  readonly retention: RetentionConfig;
  /** OpenTelemetry tracing from the standard OTEL_* variables; off by default (tracing-env.ts). */
  readonly tracing: TracingConfig;
}

function formatIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }, env: Record<string, string | undefined>): string {
  return error.issues
    .map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      // Values of secret variables are never echoed.
      const secret = /KEY|URL|TOKEN/.test(variable);
      const raw = env[variable];
      const shown = raw === undefined ? 'unset' : secret ? 'set (value hidden)' : JSON.stringify(raw);
      return `  ${variable}: ${issue.message} (got ${shown})`;
    })
    .join('\n');
}

/**
 * Reads the environment once into a frozen, typed configuration. This is the only place that looks at
 * environment variables: callers pass `process.env` (main) or a literal object (tests).
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${formatIssues(parsed.error, env)}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = resolve(e.DATA_DIR);
  const warnings: string[] = [];

  let masterKeys: Buffer[];
  if (e.MASTER_KEY !== undefined) {
    masterKeys = [decodeMasterKey(e.MASTER_KEY, 'MASTER_KEY')];
  } else if (production) {
    throw new ConfigError(
      'MASTER_KEY: unset; expected 32 random bytes in base64 (openssl rand -base64 32). ' +
        'A generated development key is refused when NODE_ENV=production.',
    );
  } else {
    const dev = loadOrCreateDevMasterKey(dataDir);
    masterKeys = [dev.key];
    warnings.push(
      `MASTER_KEY is unset: using the DEVELOPMENT master key in ${dev.path}${dev.created ? ' (just generated)' : ''}. ` +
        'Stored private keys can only be decrypted with this file. Set MASTER_KEY for any real deployment.',
    );
  }
  if (e.MASTER_KEYS_PREVIOUS !== undefined) {
    e.MASTER_KEYS_PREVIOUS.split(',').forEach((value, index) => {
      masterKeys.push(decodeMasterKey(value, `MASTER_KEYS_PREVIOUS[${index}]`));
    });
  }

  if (e.DATABASE_URL === undefined && (e.DATABASE_LISTEN_URL !== undefined || e.DATABASE_POOL_MODE === 'transaction')) {
    throw new ConfigError('Invalid configuration:\n  DATABASE_LISTEN_URL / DATABASE_POOL_MODE=transaction: need DATABASE_URL (the embedded Postgres is reached directly)');
  }
  if (e.DATABASE_POOL_MODE === 'transaction' && e.DATABASE_LISTEN_URL === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_LISTEN_URL: unset; required with DATABASE_POOL_MODE=transaction (LISTEN needs a session: give a direct connection to Postgres)',
    );
  }
  if (e.RETENTION_INBOX_DAYS > 0 && e.NOTIFY_MAX_SKEW_SECONDS > 0 && e.RETENTION_INBOX_DAYS * 86_400 <= e.NOTIFY_MAX_SKEW_SECONDS) {
    throw new ConfigError(
      `Invalid configuration:\n  RETENTION_INBOX_DAYS: ${e.RETENTION_INBOX_DAYS} is not longer than NOTIFY_MAX_SKEW_SECONDS (${e.NOTIFY_MAX_SKEW_SECONDS} s); a notification still accepted must still be recognised as a duplicate`,
    );
  }
  const database: DatabaseConfig =
    e.DATABASE_URL !== undefined
      ? {
          kind: 'external',
          url: new Secret(e.DATABASE_URL),
          listenUrl: new Secret(e.DATABASE_LISTEN_URL ?? e.DATABASE_URL),
          poolMode: e.DATABASE_POOL_MODE,
        }
      : { kind: 'embedded', dataDir: resolve(dataDir, 'postgres'), port: e.EMBEDDED_POSTGRES_PORT };

  const config: Config = {
    production,
    http: { port: e.PORT, host: e.HOST, publicBaseUrl: publicBaseUrlOf(e, production), bodyLimit: e.HTTP_BODY_LIMIT },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxCost: e.GRAPHQL_MAX_COST },
    notifications: { maxSkewSeconds: e.NOTIFY_MAX_SKEW_SECONDS, bodyLimit: e.NOTIFY_BODY_LIMIT, autoApplyToken: e.AUTO_APPLY_TOKEN },
    subscriptions: { bufferEvents: e.SUBSCRIPTION_BUFFER_EVENTS },
    dataDir,
    database,
    adminApiKey: e.ADMIN_API_KEY === undefined ? undefined : new Secret(e.ADMIN_API_KEY),
    masterKeys: new Secret<readonly Buffer[]>(Object.freeze(masterKeys)),
    sandboxEnabled: e.SANDBOX_ENABLED ?? !production,
    sandboxPort: e.SANDBOX_PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    metrics: { token: e.METRICS_TOKEN === undefined ? undefined : new Secret(e.METRICS_TOKEN) },
    warnings: Object.freeze(warnings),
    reliability: reliabilityConfigOf(e),
    rateLimits: rateLimitConfigOf(e),
    webhooks: webhooksConfigOf(e),
    schedules: schedulesConfigOf(e),
    retention: retentionConfigOf(e),
    tracing: tracingConfigOf(e),
  };
  return deepFreeze(config);
}

/**
 * Where AMS sends notifications. Unset in development with a fixed port, the gateway's own loopback address is right:
 * the in-process sandbox runs on this machine. In production it must be given (Alipay reaches you from outside).
 */
function publicBaseUrlOf(e: RawEnv, production: boolean): string | undefined {
  if (e.PUBLIC_BASE_URL !== undefined) return e.PUBLIC_BASE_URL.replace(/\/+$/, '');
  if (production || e.PORT === 0) return undefined;
  return `http://127.0.0.1:${e.PORT}`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Secret)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
