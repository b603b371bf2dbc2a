import PgBoss from 'pg-boss';
import { JOBS_SCHEMA } from './boss.js';
import { NO_JOBS, readJobStats, RecentJobs, type JobStats } from './job-stats.js';

/**
 * The jobs overview for an instance that runs no workers (JOBS_ENABLED=false): a pg-boss client that neither
 * migrates, maintains nor fetches, started on first use. Until an instance with workers has installed pg-boss's
 * schema there is nothing to count.
 */
export function jobStatsReader(connectionString: string): { read(recentLimit: number): Promise<JobStats>; stop(): Promise<void> } {
  let boss: PgBoss | undefined;
  let starting: Promise<PgBoss | undefined> | undefined;
  const none = new RecentJobs();
  const started = (): Promise<PgBoss | undefined> =>
    (starting ??= (async () => {
      const client = new PgBoss({ connectionString, schema: JOBS_SCHEMA, application_name: 'gateway-jobs-reader', max: 2, supervise: false, schedule: false, migrate: false });
      client.on('error', () => undefined);
      try {
        await client.start();
        boss = client;
        return client;
      } catch {
        await client.stop({ graceful: false, wait: true }).catch(() => undefined);
        starting = undefined; // not installed yet: try again next time
        return undefined;
      }
    })());
  return {
    async read(recentLimit) {
      const client = await started();
      return client ? readJobStats(client, none, () => undefined, recentLimit) : NO_JOBS;
    },
    async stop() {
      await boss?.stop({ graceful: false, wait: true });
    },
  };
}
