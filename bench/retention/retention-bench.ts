// Retention on a seeded event log (BENCH=retention; BENCH_RETENTION_ROWS, default 200,000 expired events among as
// many young ones). Three ways of removing the expired half, each on a fresh copy of the same rows:
//   batched   — what the gateway runs (modules/retention/batched-delete.ts), RETENTION_BATCH_SIZE rows per statement;
//   one DELETE — the same rows in one statement (the baseline);
//   partitions — the same rows in a table partitioned by day, expired days dropped (DROP of each partition).
// While each runs, a writer appends an event every 20 ms and waits for the event log's safe horizon to cover it
// (what subscriptions and the webhook fan-out wait for): its worst wait is the stall a removal causes to live traffic.
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { openOrm } from '../../src/persistence/orm.js';
import { applyMigrations } from '../../src/persistence/migrations.js';
import { startEmbeddedPostgres } from '../../src/persistence/embedded-postgres.js';
import { SqlPool } from '../../src/persistence/sql-pool.js';
import { SafeHorizon } from '../../src/modules/events/safe-horizon.js';
import { deleteInBatches } from '../../src/modules/retention/batched-delete.js';
import { RETENTION_TARGET_SPECS } from '../../src/modules/retention/retention-targets.js';
import { createLogger } from '../../src/shared/logger.js';

export interface RetentionBenchRow {
  name: string;
  rows: number;
  seconds: number;
  statements: number;
  /** The longest single writing statement (= one transaction holding its xid and row locks). */
  longestStatementMs: number;
  /** Read-only statements (no xid, no lock): the batched method's horizon read, which scans the expired rows once. */
  longestReadMs: number;
  /** Worst time, for the live writer, from an append until the safe horizon covers it while the removal ran. */
  writerWorstWaitMs: number;
  writerP50WaitMs: number;
}

const DAYS = 100;
const MERCHANT = 'mer_bench';

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `rows` expired events (older than 50 days) and as many young ones, spread over 100 days, in id order by age. */
function seedSql(table: string, rows: number): string {
  return `insert into ${table} (merchant_id, aggregate_type, aggregate_id, type, to_status, payload, source, created_at)
          select '${MERCHANT}', 'PAYMENT', 'pay_' || (g % 5000), 'STATUS_CHANGED', 'SUCCEEDED', '{}', 'RESPONSE',
                 now() - make_interval(secs => (${DAYS} * 86400.0) * (1 - g::float8 / ${rows * 2}))
          from generate_series(1, ${rows * 2}) g`;
}

/** Appends an event every 20 ms and times how long from the append until the safe horizon covers it, until stopped. */
function liveWriter(sql: SqlPool, horizon: SafeHorizon, table: string): { stop(): Promise<number[]> } {
  const waits: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const [row] = await sql.query<{ id: string }>({
        text: `insert into ${table} (merchant_id, aggregate_type, aggregate_id, type, payload, source, created_at) values ($1, 'PAYMENT', 'pay_live', 'CREATED', '{}', 'API', now()) returning id::text as id`,
        values: [MERCHANT],
      });
      let seen = await horizon.read(0n);
      while (seen === null || seen < BigInt(row!.id)) seen = await horizon.read(0n);
      waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return waits.sort((a, b) => a - b);
    },
  };
}

export async function runRetentionBench(rows: number, batchSize: number): Promise<RetentionBenchRow[]> {
  const root = `/tmp/agw-retentionbench-${Date.now()}`;
  mkdirSync(root);
  chmodSync(root, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: `${root}/pg`, settings: { fsync: 'off', max_wal_size: '4GB' } });
  const logger = createLogger({ level: 'warn', name: 'bench' });
  const orm = await openOrm(database.superuserUrl, logger);
  const sql = new SqlPool({ url: database.superuserUrl, max: 4, applicationName: 'bench-retention', namedStatements: true });
  const writerSql = new SqlPool({ url: database.superuserUrl, max: 2, applicationName: 'bench-writer', namedStatements: true });
  const horizon = new SafeHorizon(writerSql, logger);
  const out: RetentionBenchRow[] = [];
  try {
    await applyMigrations(orm);
    await sql.query({ text: `insert into merchants (id, name, client_id, base_url, created_at, updated_at) values ($1, 'bench', $2, 'http://127.0.0.1:9', now(), now())`, values: [MERCHANT, randomBytes(6).toString('hex')] });
    await horizon.start();
    const cutoff = new Date(Date.now() - 50 * 86_400_000);
    const events = RETENTION_TARGET_SPECS.find((t) => t.table === 'events')!;
    const reseed = async () => {
      await sql.query({ text: `truncate events, event_retention_marks`, values: [] });
      await sql.query({ text: seedSql('events', rows), values: [] });
      await sql.query({ text: `update webhook_cursor set last_event_id = (select max(id) from events)`, values: [] });
      await sql.query({ text: `vacuum analyze events`, values: [] });
    };
    const measure = async (name: string, table: string, work: () => Promise<{ rows: number; statements: number; longestMs: number; longestReadMs?: number }>) => {
      const writer = liveWriter(writerSql, horizon, table);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      const done = await work();
      const seconds = (performance.now() - started) / 1000;
      const waits = await writer.stop();
      out.push({ name, rows: done.rows, seconds, statements: done.statements, longestStatementMs: done.longestMs, longestReadMs: done.longestReadMs ?? 0, writerWorstWaitMs: waits[waits.length - 1] ?? 0, writerP50WaitMs: percentile(waits, 50) });
    };

    await reseed();
    await measure(`batched, ${batchSize} per statement (gateway)`, 'events', async () => {
      let longestMs = 0;
      let longestReadMs = 0;
      let statements = 0;
      // The gateway's own loop, timed per statement through a wrapper around the pool.
      const timed = {
        query: async <T extends object>(statement: { text: string; values: readonly unknown[] }) => {
          const t0 = performance.now();
          const result = await sql.query<T>(statement);
          const ms = performance.now() - t0;
          if (statement.text.includes('delete from')) {
            longestMs = Math.max(longestMs, ms);
            statements += 1;
          } else longestReadMs = Math.max(longestReadMs, ms);
          return result;
        },
      };
      const removed = await deleteInBatches(timed, events, cutoff, batchSize);
      return { rows: removed.deleted, statements, longestMs, longestReadMs };
    });

    await reseed();
    await measure('one DELETE of every expired row (baseline)', 'events', async () => {
      const t0 = performance.now();
      const [row] = await sql.query<{ n: number }>({ text: `with gone as (delete from events where created_at < $1 returning 1) select count(*)::int as n from gone`, values: [cutoff] });
      return { rows: row!.n, statements: 1, longestMs: performance.now() - t0 };
    });

    // Native partitions: the same rows in a table partitioned by day; expired days are dropped whole.
    await sql.query({ text: `create table events_by_day (like events including defaults) partition by range (created_at)`, values: [] });
    const dayStart = (d: number) => `date_trunc('day', now()) - interval '${d} days'`;
    for (let d = DAYS; d >= -1; d--) {
      await sql.query({ text: `create table events_by_day_${d + 1} partition of events_by_day for values from (${dayStart(d)}) to (${dayStart(d - 1)})`, values: [] });
    }
    await sql.query({ text: seedSql('events_by_day', rows), values: [] });
    // Partitions wholly before the cutoff (the one holding the cutoff keeps its expired rows: a day's granularity).
    const expired = await sql.query<{ name: string; n: number }>({
      text: `select c.relname as name, (select count(*)::int from events_by_day e where e.tableoid = c.oid) as n
             from pg_inherits i join pg_class c on c.oid = i.inhrelid
             where i.inhparent = 'events_by_day'::regclass
               and not exists (select 1 from events_by_day e where e.tableoid = c.oid and e.created_at >= $1)
               and exists (select 1 from events_by_day e where e.tableoid = c.oid)`,
      values: [cutoff],
    });
    await measure('partitions by day: DROP each expired day', 'events_by_day', async () => {
      let longestMs = 0;
      for (const { name } of expired) {
        const t0 = performance.now();
        await sql.query({ text: `drop table ${name}`, values: [] });
        longestMs = Math.max(longestMs, performance.now() - t0);
      }
      return { rows: expired.reduce((sum, p) => sum + p.n, 0), statements: expired.length, longestMs };
    });
  } finally {
    horizon.stop();
    await sql.close();
    await writerSql.close();
    await orm.close();
    await database.stop();
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}

export function formatRetentionBench(rows: RetentionBenchRow[]): string {
  const lines = [
    '| method | rows removed | seconds | rows/s | writing statements | longest writing statement ms | longest read ms | live writer: append → safe horizon, worst / p50 ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.rows} | ${r.seconds.toFixed(2)} | ${Math.round(r.rows / r.seconds)} | ${r.statements} | ${r.longestStatementMs.toFixed(0)} | ${r.longestReadMs.toFixed(0)} | ${r.writerWorstWaitMs.toFixed(0)} / ${r.writerP50WaitMs.toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}
