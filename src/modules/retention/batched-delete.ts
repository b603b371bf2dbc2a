import type { Sql } from '../../persistence/sql-pool.js';
import type { RetentionTarget } from './retention-targets.js';

/** What one table's pruning did: rows removed per batch (each batch one short transaction). */
export interface PruneResult {
  deleted: number;
  batches: number[];
}

/** The first row created at or after the cutoff: the scan stops there, so young rows are never read. */
function horizonStatement(target: RetentionTarget): string {
  return `select t.id::text as id from ${target.table} t where t.${target.createdColumn} >= $1 order by t.id limit 1`;
}

/**
 * One batch: up to $4 expired rows after id $1 (keyset: a batch never re-reads what the previous one passed) and
 * below the horizon $2, removed in one statement, i.e. one short transaction. Rows another transaction holds are
 * skipped (the next run takes them), so a batch never waits on a lock. For events the same statement records each
 * merchant's largest removed id.
 */
function batchStatement(target: RetentionTarget): string {
  const id = target.idType;
  const marks = target.marksPruned
    ? `, marks as (
        insert into event_retention_marks (merchant_id, pruned_through, updated_at)
        select merchant_id, max(id), now() from gone group by merchant_id
        on conflict (merchant_id) do update
          set pruned_through = greatest(event_retention_marks.pruned_through, excluded.pruned_through), updated_at = now()
      )`
    : '';
  return `with doomed as (
      select t.id from ${target.table} t
      where t.id > $1::${id} and ($2::${id} is null or t.id < $2::${id}) and ${target.lastActive} < $3
        and not (${target.kept})
      order by t.id
      limit $4
      for update of t skip locked
    ), gone as (
      delete from ${target.table} x using doomed where x.id = doomed.id returning x.id, x.merchant_id
    )${marks}
    select count(*)::int as deleted, max(id)::text as last from gone`;
}

/** Removes `target`'s rows last active before `cutoff`, `batchSize` at a time, until a batch comes back short. */
export async function deleteInBatches(sql: Sql, target: RetentionTarget, cutoff: Date, batchSize: number): Promise<PruneResult> {
  const [horizon] = await sql.query<{ id: string }>({ text: horizonStatement(target), values: [cutoff] });
  const text = batchStatement(target);
  const result: PruneResult = { deleted: 0, batches: [] };
  let after = target.idType === 'bigint' ? '0' : '';
  for (;;) {
    const [row] = await sql.query<{ deleted: number; last: string | null }>({ text, values: [after, horizon?.id ?? null, cutoff, batchSize] });
    const deleted = row?.deleted ?? 0;
    if (deleted > 0) result.batches.push(deleted);
    result.deleted += deleted;
    if (deleted < batchSize || !row?.last) return result;
    after = row.last;
  }
}
