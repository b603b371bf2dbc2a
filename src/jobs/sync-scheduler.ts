import type PgBoss from 'pg-boss';
import type { Logger } from '../shared/logger.js';
import { SYNC_QUEUES, type SyncJobData, type SyncKind } from './job-kinds.js';
import type { RecentJobs } from './job-stats.js';

/**
 * Puts sync jobs on the queue. The record id is the singleton key, so sending for a record that already has a
 * queued job is a no-op (pg-boss answers null): every caller may send freely.
 */
export class SyncScheduler {
  constructor(
    private readonly boss: PgBoss,
    private readonly scheduleSeconds: readonly number[],
    private readonly logger: Logger,
    /** The admin overview lists what this instance enqueued lately. */
    private readonly recent?: RecentJobs,
  ) {}

  /** Delay before step `step` (0-based); the last entry repeats. */
  delayFor(step: number): number {
    const schedule = this.scheduleSeconds;
    return schedule[Math.min(step, schedule.length - 1)] ?? 30;
  }

  async enqueue(kind: SyncKind, data: SyncJobData, notBefore?: Date): Promise<string | null> {
    const delayed = new Date(Date.now() + this.delayFor(data.step) * 1000);
    const startAfter = notBefore && notBefore.getTime() > delayed.getTime() ? notBefore : delayed;
    try {
      const id = await this.boss.send(SYNC_QUEUES[kind], data, { singletonKey: data.id, startAfter });
      this.recent?.remember(SYNC_QUEUES[kind], id);
      return id;
    } catch (error) {
      // Not fatal: the recovery sweep re-enqueues every unresolved record without a job.
      this.logger.error({ err: error, kind, id: data.id }, 'could not enqueue a sync job');
      return null;
    }
  }
}
