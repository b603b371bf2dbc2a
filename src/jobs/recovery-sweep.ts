import type { Sql } from '../persistence/sql-pool.js';
import { UNRESOLVED_SYNC_RECORDS } from '../modules/shared/unresolved-records.js';
import type { SyncKind } from './job-kinds.js';
import type { SyncScheduler } from './sync-scheduler.js';

interface Row {
  id: string;
  merchant_id: string;
  status: string;
  created_at: Date | string;
}

/**
 * Crash safety: enqueues a sync job for every unresolved record (a crash between persisting the intent and calling
 * AMS leaves a PENDING row and no job; a crash after the answer but before the enqueue leaves PROCESSING and no
 * job). Records that already have a queued job are skipped by the singleton key. A PENDING record is not looked at
 * before its grace period: its call may still be in flight. Runs at start and then periodically.
 */
export async function sweepUnresolved(sql: Sql, scheduler: SyncScheduler, pendingGraceSeconds: number): Promise<number> {
  let enqueued = 0;
  for (const kind of Object.keys(UNRESOLVED_SYNC_RECORDS) as SyncKind[]) {
    const rule = UNRESOLVED_SYNC_RECORDS[kind];
    const rows = await sql.query<Row>({ text: `select r.id, r.merchant_id, r.status, r.created_at from ${rule.table} r where ${rule.where('r')}`, values: [] });
    for (const row of rows) {
      const notBefore = row.status === 'PENDING' ? new Date(new Date(row.created_at).getTime() + pendingGraceSeconds * 1000) : undefined;
      const id = await scheduler.enqueue(kind, { merchantId: row.merchant_id, id: row.id, step: 0 }, notBefore);
      if (id) enqueued += 1;
    }
  }
  return enqueued;
}
