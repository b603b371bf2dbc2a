import type { Encryptor } from '../../persistence/encryption.js';
import type { Sql } from '../../persistence/sql-pool.js';
import { keyIdOf, SEALED_COLUMNS, type SealedColumn } from './sealed-columns.js';

export interface SealedColumnStatus {
  table: string;
  column: string;
  /** Values sealed under the active master key. */
  current: number;
  /** Values still sealed under an older key (they need MASTER_KEYS_PREVIOUS until re-wrapped). */
  outdated: number;
}

export interface RewrapProgress {
  /** Values re-sealed by this run. */
  rewrapped: number;
  /** Values still under an older key after this run (0 when it completed). */
  remaining: number;
  columns: SealedColumnStatus[];
}

export interface RewrapOptions {
  batchSize?: number;
  /** After each committed batch (progress lines in the CLI; tests simulate a crash here). */
  onBatch?: (progress: { table: string; column: string; rewrapped: number }) => void | Promise<void>;
}

/** Per sealed column: how many values are under the active master key and how many under older ones. */
export async function sealedSecretsStatus(sql: Sql, activeKeyId: string): Promise<SealedColumnStatus[]> {
  const statuses: SealedColumnStatus[] = [];
  for (const { table, column } of SEALED_COLUMNS) {
    const [row] = await sql.query<{ current: number; outdated: number }>({
      text: `select count(*) filter (where ${keyIdOf(column)} = $1)::int as current, count(*) filter (where ${keyIdOf(column)} <> $1)::int as outdated
               from ${table} where ${column} is not null`,
      values: [activeKeyId],
    });
    statuses.push({ table, column, current: row?.current ?? 0, outdated: row?.outdated ?? 0 });
  }
  return statuses;
}

/**
 * Re-seals every stored secret's data key under the active master key (the values themselves are never decrypted),
 * batch by batch. Each row is updated only if it still holds what was read (`and column = <old>`), so a secret
 * replaced meanwhile (a token refresh, a key rotation of the merchant) is left to its writer, which sealed it under
 * the active key anyway. A run that stops half-way (crash, deploy) loses nothing: every value is under the old or the
 * new key, both configured; running again continues with what is left. When `remaining` is 0 on every instance's
 * view, the old key can leave MASTER_KEYS_PREVIOUS.
 */
export async function rewrapSecrets(sql: Sql, encryptor: Encryptor, options: RewrapOptions = {}): Promise<RewrapProgress> {
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 200, 5000));
  let rewrapped = 0;
  for (const sealed of SEALED_COLUMNS) rewrapped += await rewrapColumn(sql, encryptor, sealed, batchSize, options.onBatch);
  const columns = await sealedSecretsStatus(sql, encryptor.activeKeyId);
  return { rewrapped, remaining: columns.reduce((n, c) => n + c.outdated, 0), columns };
}

async function rewrapColumn(sql: Sql, encryptor: Encryptor, sealed: SealedColumn, batchSize: number, onBatch: RewrapOptions['onBatch']): Promise<number> {
  const { table, id, column } = sealed;
  let done = 0;
  // Keyset order by id: rows that cannot be re-wrapped (key not configured) are passed over, not read again forever.
  let after = '';
  for (;;) {
    const rows = await sql.query<{ id: string; value: string }>({
      text: `select ${id} as id, ${column} as value from ${table}
              where ${column} is not null and ${keyIdOf(column)} <> $1 and ${id} > $2 order by ${id} limit $3`,
      values: [encryptor.activeKeyId, after, batchSize],
    });
    if (rows.length === 0) return done;
    after = rows[rows.length - 1]!.id;
    const ids: string[] = [];
    const olds: string[] = [];
    const news: string[] = [];
    for (const row of rows) {
      // A value under a key that is not configured stays as it is (sealedSecretsStatus keeps counting it).
      let next: string;
      try {
        next = encryptor.rewrap(row.value);
      } catch {
        continue;
      }
      ids.push(row.id);
      olds.push(row.value);
      news.push(next);
    }
    if (ids.length > 0) {
      // One short statement per batch: row locks for milliseconds, no long transaction.
      const updated = await sql.query<{ id: string }>({
        text: `update ${table} t set ${column} = u.next from unnest($1::text[], $2::text[], $3::text[]) as u(id, old, next)
                where t.${id} = u.id and t.${column} = u.old returning t.${id} as id`,
        values: [ids, olds, news],
      });
      done += updated.length;
      await onBatch?.({ table, column, rewrapped: done });
    }
  }
}
