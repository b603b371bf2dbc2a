import type PgBoss from 'pg-boss';
import type { Logger } from '../shared/logger.js';

/**
 * A periodic task as one self-rescheduling singleton job: whichever instance picks it up runs the task and queues
 * the next run; the singleton key makes the sends of N instances collapse into one. pg-boss cron has a one-minute
 * granularity, too coarse for tests and for the token scan.
 */
export async function startPeriodic(
  boss: PgBoss,
  queue: string,
  intervalSeconds: number,
  pollSeconds: number,
  task: () => Promise<unknown>,
  logger: Logger,
): Promise<void> {
  const next = () => boss.send(queue, {}, { singletonKey: queue, startAfter: new Date(Date.now() + intervalSeconds * 1000) });
  await boss.work(queue, { batchSize: 1, pollingIntervalSeconds: Math.max(pollSeconds, 0.5) }, async () => {
    try {
      await task();
    } finally {
      await next().catch((error: unknown) => logger.error({ err: error, queue }, 'could not reschedule periodic job'));
    }
  });
  await next();
}
