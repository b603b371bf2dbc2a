import type PgBoss from 'pg-boss';
import type { SchedulesConfig } from '../config/schedules-env.js';
import type { CycleRef, ScheduleEngine, TickReport } from '../modules/schedules/schedule-engine.js';
import type { Logger } from '../shared/logger.js';
import { SCHEDULE_CHARGE_QUEUE, SCHEDULE_TICK_QUEUE } from './job-kinds.js';
import { startPeriodic } from './periodic.js';

export interface ScheduleJobs {
  /** Runs a tick now (it also runs every SCHEDULES_TICK_SECONDS on one instance at a time). */
  tick(): Promise<TickReport>;
  /** Charge steps this instance ran since start. */
  readonly chargeSteps: { count: number };
}

/**
 * Recurring debits on pg-boss: the tick as a self-rescheduling singleton job, and a `stately` charge queue keyed by
 * cycle id (one queued and one running step per cycle across instances; enqueueing again is a no-op). A step that
 * throws is failed and retried by pg-boss; whatever it committed stays, and the next step continues from there.
 */
export async function startScheduleJobs(
  boss: PgBoss,
  engine: ScheduleEngine,
  config: SchedulesConfig,
  pollSeconds: number,
  logger: Logger,
): Promise<ScheduleJobs> {
  const chargeSteps = { count: 0 };
  const enqueue = (ref: CycleRef) =>
    boss.send(SCHEDULE_CHARGE_QUEUE, ref, { singletonKey: ref.cycleId }).catch((error: unknown) => {
      // Not fatal: the next tick finds the cycle again.
      logger.error({ err: error, cycleId: ref.cycleId }, 'could not enqueue a schedule charge');
      return null;
    });
  for (let i = 0; i < config.chargeWorkers; i++) {
    await boss.work<CycleRef>(SCHEDULE_CHARGE_QUEUE, { batchSize: config.chargeBatch, pollingIntervalSeconds: pollSeconds }, async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          try {
            await engine.chargeCycle(job.data);
            chargeSteps.count += 1;
          } catch (error) {
            logger.warn({ err: error, cycleId: job.data.cycleId }, 'schedule charge step failed; pg-boss retries it');
            await boss.fail(SCHEDULE_CHARGE_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
        }),
      );
    });
  }
  const tick = () => engine.tick(enqueue);
  await startPeriodic(boss, SCHEDULE_TICK_QUEUE, config.tickSeconds, pollSeconds, tick, logger);
  return { tick, chargeSteps };
}
