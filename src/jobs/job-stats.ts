import type { EntityManager } from '@mikro-orm/postgresql';
import { DEAD_LETTER_QUEUE } from './job-kinds.js';
import { JOBS_SCHEMA } from './boss.js';

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

/** Read straight from pg-boss's tables (one grouped query, one recent list); admin only at the GraphQL layer. */
export async function readJobStats(em: EntityManager, recentLimit: number): Promise<JobStats> {
  const connection = em.getConnection();
  // No instance has started pg-boss on this database yet (every instance with JOBS_ENABLED=false): nothing queued.
  const [installed] = (await connection.execute(`select to_regclass('${JOBS_SCHEMA}.job') is not null as present`, [], 'all')) as Array<{ present: boolean }>;
  if (!installed?.present) return { queues: [], pending: 0, active: 0, failed: 0, dead: 0, recent: [] };
  const grouped = (await connection.execute(
    `select name, state, count(*)::int as n from ${JOBS_SCHEMA}.job group by name, state`,
    [],
    'all',
  )) as Array<{ name: string; state: string; n: number }>;
  const byQueue = new Map<string, QueueCounts>();
  for (const row of grouped) {
    const counts = byQueue.get(row.name) ?? { queue: row.name, pending: 0, active: 0, completed: 0, failed: 0 };
    if (row.state === 'created' || row.state === 'retry') counts.pending += row.n;
    else if (row.state === 'active') counts.active += row.n;
    else if (row.state === 'completed') counts.completed += row.n;
    else if (row.state === 'failed') counts.failed += row.n;
    byQueue.set(row.name, counts);
  }
  const queues = [...byQueue.values()].sort((a, b) => a.queue.localeCompare(b.queue));
  const work = queues.filter((q) => q.queue !== DEAD_LETTER_QUEUE);
  const recent = (await connection.execute(
    `select id, name, state, data->>'id' as record_id, data->>'merchantId' as merchant_id, retry_count, created_on, start_after, completed_on
       from ${JOBS_SCHEMA}.job order by created_on desc limit ?`,
    [recentLimit],
    'all',
  )) as Array<{ id: string; name: string; state: string; record_id: string | null; merchant_id: string | null; retry_count: number; created_on: Date; start_after: Date; completed_on: Date | null }>;
  const dead = byQueue.get(DEAD_LETTER_QUEUE);
  return {
    queues,
    pending: work.reduce((n, q) => n + q.pending, 0),
    active: work.reduce((n, q) => n + q.active, 0),
    failed: work.reduce((n, q) => n + q.failed, 0),
    dead: dead ? dead.pending + dead.active + dead.completed + dead.failed : 0,
    recent: recent.map((r) => ({
      id: r.id,
      queue: r.name,
      state: r.state,
      recordId: r.record_id,
      merchantId: r.merchant_id,
      retryCount: r.retry_count,
      createdOn: new Date(r.created_on),
      startAfter: new Date(r.start_after),
      completedOn: r.completed_on ? new Date(r.completed_on) : null,
    })),
  };
}
