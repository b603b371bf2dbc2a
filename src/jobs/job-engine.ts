import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { ReliabilityConfig } from '../config/reliability-env.js';
import type { OperationDeps } from '../modules/shared/operation-deps.js';
import type { Logger } from '../shared/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { observeJobQueues } from './job-metrics.js';
import { startBoss } from './boss.js';
import { enqueueOnCommit } from './enqueue-on-commit.js';
import { RETENTION_QUEUE, SWEEP_QUEUE, SYNC_QUEUES, type SyncJobData, type SyncKind } from './job-kinds.js';
import { readJobStats, RecentJobs, type JobStats } from './job-stats.js';
import { sweepUnresolved } from './recovery-sweep.js';
import { SyncScheduler } from './sync-scheduler.js';
import { runSyncJob } from './sync-worker.js';
import { startPeriodic } from './periodic.js';
import { startTokenRefresh, type TokenRefreshHooks } from './token-refresh-jobs.js';
import { startScheduleJobs, type ScheduleJobs } from './schedule-jobs.js';
import type { SchedulesConfig } from '../config/schedules-env.js';
import type { ScheduleEngine } from '../modules/schedules/schedule-engine.js';
import { DEFAULT_RETENTION_CONFIG, type RetentionConfig } from '../config/retention-env.js';
import type { RetentionService } from '../modules/retention/retention.service.js';

export interface JobEngineOptions {
  config: ReliabilityConfig;
  databaseUrl: string;
  rootEm: EntityManager;
  operations: OperationDeps;
  tokens: TokenRefreshHooks;
  /** Recurring debits (absent: this instance runs no schedule jobs). */
  schedules?: { engine: ScheduleEngine; config: SchedulesConfig };
  /** Data retention: pg-boss's own job rows, and the periodic pruning of our tables (absent: job rows only, defaults). */
  retention?: { service: RetentionService; config: RetentionConfig };
  logger: Logger;
  /** Failures per queue, and each queue's jobs by state as pg-boss's state monitor reports them. */
  metrics?: GatewayMetrics;
}

export interface JobEngine {
  /** The pg-boss instance, for other modules' queues (webhooks). */
  readonly boss: PgBoss;
  readonly scheduler: SyncScheduler;
  /** Sync steps this instance executed since start, per kind. */
  readonly stepsExecuted: Record<SyncKind, number>;
  stats(recentLimit?: number): Promise<JobStats>;
  /** Runs the recovery sweep now (also runs at start and every JOBS_SWEEP_INTERVAL_SECONDS). */
  sweep(): Promise<number>;
  /** The schedule tick and charge workers of this instance. */
  readonly schedules: ScheduleJobs | undefined;
  /** Stops fetching, waits for running jobs (up to the timeout), then closes pg-boss's pool. */
  stop(): Promise<void>;
}

/**
 * Durable background work in the gateway's own database (pg-boss, schema `pgboss`): payment/refund sync, the
 * recovery sweep, token refresh. Every instance runs workers; the singleton keys keep one job per record.
 */
export async function startJobEngine(options: JobEngineOptions): Promise<JobEngine> {
  const { config, logger } = options;
  const jobsLogger = logger.child({ component: 'jobs' });
  const boss: PgBoss = await startBoss(
    {
      connectionString: options.databaseUrl,
      expireSeconds: config.jobs.expireSeconds,
      maintenanceSeconds: config.jobs.maintenanceSeconds,
      archiveAfterSeconds: (options.retention?.config ?? DEFAULT_RETENTION_CONFIG).jobsCompletedSeconds,
      deleteArchivedAfterSeconds: (options.retention?.config ?? DEFAULT_RETENTION_CONFIG).jobsArchiveSeconds,
    },
    jobsLogger,
  );
  let latestStates: PgBoss.MonitorStates | undefined;
  boss.on('monitor-states', (states) => (latestStates = states));
  if (options.metrics) observeJobQueues(() => latestStates, options.metrics);
  const recentJobs = new RecentJobs();
  const scheduler = new SyncScheduler(boss, config.jobs.syncScheduleSeconds, jobsLogger, recentJobs);
  const stepsExecuted: Record<SyncKind, number> = { PAYMENT: 0, REFUND: 0, DECLARATION: 0, REGISTRATION: 0 };
  const unsubscribe = options.operations.events.onCommitted(enqueueOnCommit(scheduler));
  const policy = { cancelAfterSeconds: config.jobs.cancelAfterSeconds, pendingGraceSeconds: config.jobs.pendingGraceSeconds };
  const workerDeps = {
    boss,
    rootEm: options.rootEm,
    operations: options.operations,
    scheduler,
    policy,
    maxSteps: config.jobs.syncMaxSteps,
    logger: jobsLogger,
    onStep: (kind: SyncKind) => (stepsExecuted[kind] += 1),
  };
  const workOptions = { batchSize: config.jobs.batchSize, pollingIntervalSeconds: config.jobs.pollSeconds };

  for (const kind of Object.keys(SYNC_QUEUES) as SyncKind[]) {
    const queue = SYNC_QUEUES[kind];
    for (let i = 0; i < config.jobs.workers; i++) {
      await boss.work<SyncJobData>(queue, workOptions, async (jobs) => {
        // Steps of different records run side by side; one failing fails only its own job (retried by pg-boss).
        await Promise.all(
          jobs.map((job) =>
            runSyncJob(workerDeps, kind, job).catch(async (error: unknown) => {
              jobsLogger.warn({ err: error, kind, id: job.data.id }, 'sync step failed; pg-boss retries it');
              options.metrics?.jobFailures.inc({ queue });
              await boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) });
            }),
          ),
        );
      });
    }
  }

  const sweep = () => sweepUnresolved(options.operations.sql, scheduler, config.jobs.pendingGraceSeconds);
  const swept = await sweep();
  if (swept > 0) jobsLogger.info({ enqueued: swept }, 'recovery sweep enqueued sync jobs for unresolved records');
  await startPeriodic(boss, SWEEP_QUEUE, config.jobs.sweepIntervalSeconds, workOptions.pollingIntervalSeconds, sweep, jobsLogger);
  await startTokenRefresh(boss, config, options.tokens, workOptions, jobsLogger);
  const retention = options.retention;
  if (retention) {
    await startPeriodic(boss, RETENTION_QUEUE, retention.config.intervalSeconds, workOptions.pollingIntervalSeconds, () => retention.service.run(), jobsLogger.child({ component: 'retention' }));
  }
  const schedules = options.schedules
    ? await startScheduleJobs(boss, options.schedules.engine, options.schedules.config, workOptions.pollingIntervalSeconds, jobsLogger.child({ component: 'schedules' }))
    : undefined;

  let stopping: Promise<void> | undefined;
  return {
    boss,
    scheduler,
    stepsExecuted,
    stats: (recentLimit = 20) => readJobStats(boss, recentJobs, () => latestStates, recentLimit),
    sweep,
    schedules,
    stop: () =>
      (stopping ??= (async () => {
        unsubscribe();
        await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      })()),
  };
}
