import type { Gateway } from '../../src/app.js';

/**
 * Rows of every table of the gateway's own schema: to prove a refused request stored nothing. pg-boss's tables are left
 * out: periodic jobs (sweeps, schedules, webhook fan-out) add rows on their own clock, whatever the requests do.
 */
export async function rowCounts(gateway: Gateway): Promise<Record<string, number>> {
  const connection = gateway.orm.em.getConnection();
  const tables = await connection.execute<{ name: string }[]>(
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema = 'public' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const rows = await connection.execute<{ n: string }[]>(`select count(*)::text as n from ${name}`);
    counts[name] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}
