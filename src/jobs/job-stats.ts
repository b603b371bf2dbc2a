import type PgBoss from 'pg-boss';
import { ALL_QUEUES, DEAD_LETTER_QUEUE } from './job-kinds.js';

export interface QueueCounts {
  queue: string;
  pending: number;
  active: number;
  completed: number;
  failed: number;
}

export interface JobItem {
  id: string;
  queue: string;
  state: string;
  /** The record the job is about (job data holds ids only). */
  recordId: string | null;
  merchantId: string | null;
  retryCount: number;
  createdOn: Date;
  startAfter: Date;
  completedOn: Date | null;
}

export interface JobStats {
  queues: QueueCounts[];
  pending: number;
  active: number;
  failed: number;
  /** Jobs in the dead-letter queue: retries exhausted, or sync jobs that gave up. */
  dead: number;
  recent: JobItem[];
}

const RECENT_KEPT = 200;

export const NO_JOBS: JobStats = { queues: [], pending: 0, active: 0, failed: 0, dead: 0, recent: [] };

/**
 * Where the admin `jobs` query reads from: the job engine of this instance, or a read-only pg-boss client when this
 * instance runs no workers (JOBS_ENABLED=false); set once at start.
 */
export class JobStatsSource {
  private reader: ((recentLimit: number) => Promise<JobStats>) | undefined;

  use(reader: (recentLimit: number) => Promise<JobStats>): void {
    this.reader = reader;
  }

  read(recentLimit: number): Promise<JobStats> {
    return this.reader ? this.reader(recentLimit) : Promise.resolve(NO_JOBS);
  }
}

/**
 * The jobs this instance put on a queue lately (newest last), so the admin overview can list them: pg-boss's public
 * API reads a job by id, it does not list them.
 */
export class RecentJobs {
  private readonly sent: Array<{ queue: string; id: string }> = [];

  remember(queue: string, id: string | null): void {
    if (id === null) return;
    this.sent.push({ queue, id });
    if (this.sent.length > RECENT_KEPT) this.sent.shift();
  }

  newest(limit: number): Array<{ queue: string; id: string }> {
    return this.sent.slice(-limit).reverse();
  }
}

/**
 * Counts per queue through pg-boss's public API. `getQueueSize(name, { before })` counts the jobs whose state comes
 * before `before` in pg-boss's order (created < retry < active < completed < cancelled < failed), so differences give
 * each state; `failed`, the last state, comes from pg-boss's state monitor (`monitor-states`, every
 * max(JOBS_MAINTENANCE_SECONDS, 10) s).
 */
export async function readJobStats(
  boss: PgBoss,
  recentJobs: RecentJobs,
  latestStates: () => PgBoss.MonitorStates | undefined,
  recentLimit: number,
): Promise<JobStats> {
  const monitored = latestStates()?.queues ?? {};
  const queues = await Promise.all(
    ALL_QUEUES.map(async (queue): Promise<QueueCounts> => {
      const [waiting, started, finished] = await Promise.all([
        boss.getQueueSize(queue, { before: 'active' }),
        boss.getQueueSize(queue, { before: 'completed' }),
        boss.getQueueSize(queue, { before: 'cancelled' }),
      ]);
      return { queue, pending: waiting, active: started - waiting, completed: finished - started, failed: monitored[queue]?.failed ?? 0 };
    }),
  );
  queues.sort((a, b) => a.queue.localeCompare(b.queue));
  const work = queues.filter((q) => q.queue !== DEAD_LETTER_QUEUE);
  const dead = queues.find((q) => q.queue === DEAD_LETTER_QUEUE);
  const recent = await Promise.all(
    recentJobs.newest(recentLimit).map(async ({ queue, id }) => {
      const job = await boss.getJobById<{ id?: string; merchantId?: string }>(queue, id, { includeArchive: true });
      return job ? toItem(queue, job) : null;
    }),
  );
  return {
    queues,
    pending: work.reduce((n, q) => n + q.pending, 0),
    active: work.reduce((n, q) => n + q.active, 0),
    failed: work.reduce((n, q) => n + q.failed, 0),
    dead: dead ? dead.pending + dead.active + dead.completed + dead.failed : 0,
    recent: recent.filter((item): item is JobItem => item !== null),
  };
}

function toItem(queue: string, job: PgBoss.JobWithMetadata<{ id?: string; merchantId?: string }>): JobItem {
  return {
    id: job.id,
    queue,
    state: job.state,
    recordId: job.data?.id ?? null,
    merchantId: job.data?.merchantId ?? null,
    retryCount: job.retryCount,
    createdOn: new Date(job.createdOn),
    startAfter: new Date(job.startAfter),
    completedOn: job.completedOn ? new Date(job.completedOn) : null,
  };
}
