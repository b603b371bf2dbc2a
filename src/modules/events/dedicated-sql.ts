import pg from 'pg';
import type { Secret } from '../../shared/secret.js';
import type { SqlRunner } from './event-sequencer.js';

/**
 * A SqlRunner on its own single connection, for the event sequencer: its frequent small queries (sequence value,
 * running transactions) must neither wait behind request transactions in the ORM pool nor take slots from them.
 * Accepts the `?` placeholders the ORM runner takes.
 */
export function dedicatedSqlRunner(url: Secret<string>): { sql: SqlRunner; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url.reveal(), max: 1, application_name: 'agw-events-sequencer' });
  pool.on('error', () => undefined); // a dropped idle connection is replaced on the next query
  const sql: SqlRunner = async <T extends object>(query: string, params: unknown[] = []) => {
    let n = 0;
    const text = query.replace(/\?/g, () => `$${++n}`);
    const result = await pool.query(text, params);
    return result.rows as T[];
  };
  return { sql, close: () => pool.end() };
}
