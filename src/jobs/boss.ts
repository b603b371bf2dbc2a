import PgBoss from 'pg-boss';
import type { Logger } from '../shared/logger.js';
import { ALL_QUEUES, DEAD_LETTER_QUEUE } from './job-kinds.js';

export interface BossSettings {
  connectionString: string;
  expireSeconds: number;
  maintenanceSeconds: number;
  /** RETENTION_JOBS_COMPLETED_SECONDS: completed and failed jobs move to pg-boss's archive after this. */
  archiveAfterSeconds: number;
  /** RETENTION_JOBS_ARCHIVE_SECONDS: archived jobs are deleted after this. */
  deleteArchivedAfterSeconds: number;
}

/** The schema pg-boss owns in the gateway's database; it creates and migrates it itself at start. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Starts pg-boss (running its own migrations in schema `pgboss`) and creates our queues (idempotent). Expiry is
 * short so that a job held by a crashed instance is failed and retried quickly, and maintenance (which does the
 * expiring) runs often enough to honour it.
 */
export async function startBoss(settings: BossSettings, logger: Logger): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: settings.connectionString,
    schema: JOBS_SCHEMA,
    application_name: 'gateway-jobs',
    max: 6,
    expireInSeconds: settings.expireSeconds,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    monitorStateIntervalSeconds: Math.max(settings.maintenanceSeconds, 10),
    // Job rows are pruned by pg-boss's own maintenance (archive, then delete), configured here: never by our SQL.
    archiveCompletedAfterSeconds: settings.archiveAfterSeconds,
    archiveFailedAfterSeconds: settings.archiveAfterSeconds,
    deleteAfterSeconds: settings.deleteArchivedAfterSeconds,
    // We run our periodic work as self-rescheduling jobs (sub-minute intervals, tests compress them): no cron.
    schedule: false,
  });
  boss.on('error', (error: Error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, policy: 'standard' });
  for (const name of ALL_QUEUES) {
    if (name === DEAD_LETTER_QUEUE) continue;
    await boss.createQueue(name, {
      name,
      policy: 'stately',
      retryLimit: 5,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: settings.expireSeconds,
      deadLetter: DEAD_LETTER_QUEUE,
    });
  }
  return boss;
}
