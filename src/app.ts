import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config/index.js';
import { DEMO_CLIENT_ID, startDevSandbox, type DevSandbox } from './dev/dev-sandbox.js';
import { buildGatewaySchema } from './graphql/schema.js';
import type { Actor } from './modules/access/actor.js';
import { createRequestScope } from './modules/request-scope.js';
import type { AmsClientDefaults } from './modules/ams-clients/ams-client-cache.js';
import { createServices, type Services } from './modules/services.js';
import { startJobEngine, type JobEngine } from './jobs/job-engine.js';
import { startWebhookEngine, type WebhookEngine } from './modules/webhooks/webhook-engine.js';
import { ScheduleEngine } from './modules/schedules/schedule-engine.js';
import { jobStatsReader } from './jobs/job-stats-reader.js';
import { connectDatabase, type DatabaseHandle } from './persistence/connect.js';
import { Encryptor } from './persistence/encryption.js';
import { applyMigrations, migrationsApplied } from './persistence/migrations.js';
import { openOrm, ormPoolStats } from './persistence/orm.js';
import { combineHooks } from './ams/index.js';
import { amsMetricsHooks } from './observability/ams-metrics-hooks.js';
import { GatewayMetrics } from './observability/metrics.js';
import { registerRuntimeGauges } from './observability/runtime-gauges.js';
import { startTracing } from './observability/tracing.js';
import { traceServices } from './observability/traced-services.js';
import { tracedAmsTransport } from './observability/ams-tracing.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { registerRetentionMetrics } from './observability/retention-metrics.js';
import { registerScheduleMetrics } from './observability/schedule-metrics.js';
import { registerWebhookMetrics } from './observability/webhook-metrics.js';
import { notificationRouter } from './notifications/receiver.js';
import { SqlPool } from './persistence/sql-pool.js';
import { PgEventListener } from './modules/events/pg-listener.js';
import { ACCESS_CHANNEL, decodeRevocation } from './modules/access/revocation.js';
import { CommitNotifier } from './modules/events/commit-notifier.js';
import { startHttpServer, type RunningHttpServer } from './server/http-server.js';
import type { Readiness } from './server/health.js';
import { systemClock, type Clock } from './shared/clock.js';
import { createLogger, type Logger } from './shared/logger.js';
import type { Secret } from './shared/secret.js';

/**
 * The composition root: the only file that wires every layer (config → database → ORM + migrations → services →
 * GraphQL schema → HTTP/WebSocket server). main.ts and the integration tests both start the gateway through here.
 */
export interface GatewayOptions {
  logger?: Logger;
  /** Human progress lines while starting (main prints them; tests ignore them). */
  progress?: (line: string) => void;
  clock?: Clock;
  authCacheTtlMs?: number;
  /** AMS client timeouts/retries for every merchant (tests shorten them). */
  amsClientDefaults?: AmsClientDefaults;
  /** The Prometheus registry to fill (tests read it); default: a new one with the process metrics. */
  metrics?: GatewayMetrics;
  /** Turns tracing on with this exporter whatever OTEL_TRACES_EXPORTER says (tests: an InMemorySpanExporter). */
  traceExporter?: SpanExporter;
}

export interface Gateway {
  /** http://host:port, usable from this machine. */
  readonly url: string;
  readonly port: number;
  readonly orm: MikroORM;
  readonly services: Services;
  readonly database: DatabaseHandle;
  /** The LISTEN connection of this instance (tests simulate its loss). */
  readonly eventListener: PgEventListener;
  /** The platform admin key generated on first start (no ADMIN_API_KEY and none stored yet); print it once. */
  readonly generatedAdminKey: Secret<string> | undefined;
  /** The in-process sandbox and its demo merchant, when SANDBOX_ENABLED. */
  readonly devSandbox: DevSandbox | undefined;
  /** Durable jobs (payment/refund sync, recovery sweep, token refresh); undefined when JOBS_ENABLED=false. */
  readonly jobs: JobEngine | undefined;
  /** Outgoing webhook deliveries (they run on the job engine); undefined when JOBS_ENABLED=false. */
  readonly webhooks: WebhookEngine | undefined;
  /** This instance's metrics (served on GET /metrics). */
  readonly metrics: GatewayMetrics;
  /** Drains HTTP and websockets, closes the ORM, stops the embedded Postgres. Idempotent. */
  close(): Promise<void>;
}

/** AMS_TIMEOUT_MS / AMS_MAX_ATTEMPTS, when set, replace the client's own defaults for every merchant. */
function amsDefaultsFrom(config: Config): AmsClientDefaults {
  const { timeoutMs, maxAttempts } = config.reliability.ams;
  return {
    ...(timeoutMs !== undefined ? { defaultTimeoutMs: timeoutMs, timeoutsMs: { pay: timeoutMs } } : {}),
    ...(maxAttempts !== undefined ? { retry: { maxAttempts } } : {}),
  };
}

/** The caller's client settings plus the metrics hooks (the caller's own hooks, if any, still run). */
function withHooks(defaults: AmsClientDefaults, hooks: NonNullable<AmsClientDefaults['hooks']>): AmsClientDefaults {
  return { ...defaults, hooks: defaults.hooks ? combineHooks(defaults.hooks, hooks) : hooks };
}

const SYSTEM_ACTOR: Actor = { role: 'PLATFORM_ADMIN', merchantId: null, keyId: 'system:startup' };

export async function startGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, name: 'gateway' });
  const progress = options.progress ?? (() => undefined);
  const clock = options.clock ?? systemClock;
  const metrics = options.metrics ?? new GatewayMetrics();
  const cleanups: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => logger.error({ err: error }, 'shutdown step failed'));
    cleanups.length = 0;
  };

  try {
    // First in, last out: spans of the whole shutdown are still exported.
    const tracing = await startTracing(config.tracing, options.traceExporter);
    cleanups.push(() => tracing.shutdown());
    if (tracing.enabled) progress(`tracing: on (${options.traceExporter ? 'given exporter' : config.tracing.exporter}, service ${config.tracing.serviceName})`);
    progress(config.database.kind === 'embedded' ? `database: starting embedded Postgres (${config.database.dataDir})` : 'database: connecting');
    const database = await connectDatabase(config.database, logger);
    cleanups.push(() => database.stop());
    progress(`database: ${database.description}`);

    const orm = await openOrm(database.url, logger);
    cleanups.push(() => orm.close());
    const applied = await applyMigrations(orm);
    progress(applied.length ? `migrations: applied ${applied.join(', ')}` : 'migrations: up to date');

    // The single-statement hot paths get a pool of their own, as large as the ORM's: neither waits behind the other.
    const sql = new SqlPool({ url: database.url, max: 10, applicationName: 'agw-statements', namedStatements: database.namedStatements });
    cleanups.push(() => sql.close());
    // The event sequencer's frequent small queries neither wait behind request work nor take its connections.
    const sequencerSql = new SqlPool({ url: database.url, max: 1, applicationName: 'agw-events-sequencer', namedStatements: database.namedStatements });
    cleanups.push(() => sequencerSql.close());
    const untracedServices = createServices({
      rootEm: orm.em,
      sql,
      encryptor: new Encryptor(config.masterKeys.reveal()),
      clock,
      logger,
      envAdminKey: config.adminApiKey,
      ...(options.authCacheTtlMs !== undefined ? { authCacheTtlMs: options.authCacheTtlMs } : {}),
      publicBaseUrl: config.http.publicBaseUrl,
      amsClientDefaults: {
        ...withHooks(options.amsClientDefaults ?? amsDefaultsFrom(config), amsMetricsHooks(metrics)),
        ...(tracing.enabled ? { decorateTransport: tracedAmsTransport } : {}),
      },
      outbound: config.reliability.outbound,
      autoApplyToken: config.notifications.autoApplyToken,
      rateLimits: config.rateLimits,
      rateLimitStore: sql.asDriverClient(),
      webhooks: config.webhooks,
      defaultDunning: { retryOffsetsSeconds: [...config.schedules.retryOffsetsSeconds], onRetriesExhausted: config.schedules.onRetriesExhausted },
      retention: config.retention,
    });
    const services = tracing.enabled ? traceServices(untracedServices) : untracedServices;
    cleanups.push(async () => services.amsClients.closeAll());
    registerRuntimeGauges(metrics, { outbound: services.outbound, pools: { orm: () => ormPoolStats(orm), statements: () => sql.stats(), sequencer: () => sequencerSql.stats() } });
    const webhookAttemptsRecorded = registerWebhookMetrics(metrics, services.events, sql);
    registerScheduleMetrics(metrics, services.events, sql);
    registerRetentionMetrics(metrics, services.retention);
    services.eventHub.onDispatch = (events) => {
      const now = Date.now();
      for (const event of events) metrics.deliveryLag.observe(Math.max(0, now - event.createdAt.getTime()) / 1000);
    };

    // Live events: the sequencer starts at the current horizon; one LISTEN connection wakes it for every commit
    // of any instance sharing this database.
    await services.eventHub.start(sequencerSql);
    // Other instances learn of this one's commits by a NOTIFY sent after each commit (coalesced, off the commit path).
    const notifier = new CommitNotifier(database.url, logger);
    const stopNotifying = services.events.onCommitted((events) => notifier.notify(events.map((e) => e.merchantId)));
    cleanups.push(async () => {
      stopNotifying();
      await notifier.close();
    });
    // Started with the jobs below; every commit (local, or another instance's NOTIFY) wakes its fan-out too.
    let webhooks: WebhookEngine | undefined;
    const stopWakingWebhooks = services.events.onCommitted(() => webhooks?.wake());
    cleanups.push(async () => stopWakingWebhooks());
    // The same connection hears revocations (its own instance's too): cached lookups dropped, sockets closed (4403).
    const listener = new PgEventListener(
      database.listenUrl,
      () => {
        services.eventHub.wake();
        webhooks?.wake();
      },
      logger,
      undefined,
      {
        [ACCESS_CHANNEL]: {
          onNotify: (payload) => {
            const revocation = decodeRevocation(payload);
            if (revocation) services.authenticator.applyRevocation(revocation);
          },
          onConnected: () => services.authenticator.resync(),
        },
      },
    );
    await listener.start();
    cleanups.push(async () => {
      services.eventHub.stop();
      await listener.stop();
      await services.eventHub.sequencer.idle();
    });
    // Jobs start after the event hub (their transitions fan out like any other) and stop before it (LIFO cleanups),
    // so a draining job still publishes its events.
    let jobs: JobEngine | undefined;
    if (config.reliability.jobs.enabled) {
      const engine = await startJobEngine({
        config: config.reliability,
        databaseUrl: database.url.reveal(),
        rootEm: orm.em,
        operations: services.operations,
        tokens: { rootEm: orm.em, operations: services.operations },
        schedules: {
          engine: new ScheduleEngine(
            orm.em,
            { events: services.operations.events, clock, payments: services.payments, logger: logger.child({ component: 'schedules' }), technicalRetry: config.schedules.technicalRetry },
            { batchSize: 500, concurrency: 4 },
          ),
          config: config.schedules,
        },
        retention: { service: services.retention, config: config.retention },
        logger,
        metrics,
      });
      jobs = engine;
      cleanups.push(() => engine.stop());
      services.jobStats.use((recentLimit) => engine.stats(recentLimit));
      progress('jobs: pg-boss started (schema pgboss), recovery sweep done');
      // The webhook fan-out's horizon polls like the event sequencer's: on a connection of its own.
      const horizonSql = new SqlPool({ url: database.url, max: 1, applicationName: 'agw-webhooks-horizon', namedStatements: database.namedStatements });
      cleanups.push(() => horizonSql.close());
      const webhookEngine = await startWebhookEngine({
        boss: engine.boss,
        rootEm: orm.em,
        sql: services.operations.sql,
        horizonSql,
        encryptor: services.operations.encryptor,
        events: services.operations.events,
        clock,
        config: config.webhooks,
        pollSeconds: config.reliability.jobs.pollSeconds,
        logger,
        onAttemptsRecorded: webhookAttemptsRecorded,
      });
      webhooks = webhookEngine;
      services.webhooks.useScheduler((ids) => webhookEngine.schedule(ids));
      cleanups.push(() => webhookEngine.stop());
    } else {
      const reader = jobStatsReader(database.url.reveal());
      cleanups.push(() => reader.stop());
      services.jobStats.use((recentLimit) => reader.read(recentLimit));
    }
    const generatedAdminKey = config.adminApiKey
      ? undefined
      : await services.apiKeys.bootstrapAdminKey(createRequestScope(orm.em, SYSTEM_ACTOR, 'startup', logger));

    let draining = false;
    const readiness = async (): Promise<Readiness> => {
      const checks: Record<string, string> = {};
      checks.database = await sql
        .query({ text: 'select 1', values: [] })
        .then(() => 'ok')
        .catch(() => 'unreachable');
      checks.migrations =
        checks.database === 'ok' ? ((await migrationsApplied(orm).catch(() => false)) ? 'ok' : 'pending') : 'unknown';
      checks.server = draining ? 'draining' : 'ok';
      return { ready: Object.values(checks).every((v) => v === 'ok'), checks };
    };

    const schema = await buildGatewaySchema();
    const http: RunningHttpServer = await startHttpServer(
      {
        schema,
        rootEm: orm.em,
        services,
        logger,
        limits: config.graphql,
        bodyLimit: config.http.bodyLimit,
        readiness,
        subscriptionBuffer: config.subscriptions.bufferEvents,
        metrics: { registry: metrics, token: config.metrics.token },
        routes: [
          notificationRouter({
            services,
            logger,
            clock,
            maxSkewSeconds: config.notifications.maxSkewSeconds,
            bodyLimit: config.notifications.bodyLimit,
            metrics,
          }),
        ],
      },
      { port: config.http.port, host: config.http.host },
    );
    cleanups.push(async () => {
      draining = true;
      await http.close();
    });
    const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? '127.0.0.1' : config.http.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${http.port}`;

    let devSandbox: DevSandbox | undefined;
    if (config.sandboxEnabled) {
      progress('sandbox: starting the in-process AMS sandbox');
      devSandbox = await startDevSandbox({
        services,
        rootEm: orm.em,
        logger,
        dataDir: config.dataDir,
        port: config.sandboxPort,
        notifyBaseUrl: config.http.publicBaseUrl,
      });
      // Closed before the HTTP server drains, so no notification lands on a closing receiver.
      const sandboxToClose = devSandbox.sandbox;
      cleanups.push(() => sandboxToClose.close());
      progress(`sandbox: ${devSandbox.sandbox.url} (demo merchant ${devSandbox.merchantId}, client id ${DEMO_CLIENT_ID})`);
    }

    let closing: Promise<void> | undefined;
    return {
      url,
      port: http.port,
      orm,
      services,
      database,
      eventListener: listener,
      generatedAdminKey,
      devSandbox,
      jobs,
      webhooks,
      metrics,
      close: () => (closing ??= cleanup()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
