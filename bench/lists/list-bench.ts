// Lists at scale: seeds BENCH_LIST_ROWS (default 1,000,000) rows in each listed table for one merchant, then times
// every list filter the schema offers through GraphQL (one connection, sequential), p50/p99 over BENCH_LIST_SAMPLES.
// The unfiltered newest page is the same-run baseline.
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import pg from 'pg';
import { encodeCursor } from '../../src/modules/pagination.js';
import { startEmbeddedPostgres } from '../../src/persistence/embedded-postgres.js';
import { startChild } from '../lib/child.js';
import { BENCH_RATE_LIMITS } from '../lib/rate-limits.js';
import { seedLists } from './seed.js';

interface Case {
  name: string;
  /** The table the list reads (to pick its statement out of the database log). */
  table?: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface ListBenchRow {
  name: string;
  /** Through GraphQL over HTTP, as a client sees it. */
  p50Ms: number;
  p99Ms: number;
  /** The list statement alone, as Postgres logged its execution. */
  sqlP50Ms: number;
  sqlP99Ms: number;
  count: number;
}

const DAY = 86_400_000;
const SEED_DAYS = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function cases(rows: number, endMs: number): Case[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = { createdAfter: iso(endMs - 50 * DAY), createdBefore: iso(endMs - 49 * DAY) };
  const oldDay = { createdAfter: iso(endMs - 99 * DAY), createdBefore: iso(endMs - 98 * DAY) };
  const empty = { createdAfter: iso(endMs - 400 * DAY), createdBefore: iso(endMs - 300 * DAY) };
  const filterType: Record<string, string> = {
    payments: 'PaymentFilter',
    refunds: 'RefundFilter',
    authorizations: 'AuthorizationFilter',
    declarations: 'DeclarationFilter',
    registrations: 'RegistrationFilter',
  };
  const list = (field: string, filter: Record<string, unknown> | null): Omit<Case, 'name'> => ({
    table: field,
    query: `query($f: ${filterType[field]}) { ${field}(first: 50, filter: $f) { nodes { id status createdAt } pageInfo { endCursor hasNextPage } } }`,
    variables: { f: filter },
  });
  const out: Case[] = [
    { name: 'payments: newest page (baseline)', ...list('payments', null) },
    { name: 'payments: keyset page deep in the table', table: 'payments', query: `query($a: String) { payments(first: 50, after: $a) { nodes { id } } }`, variables: { a: 'MIDDLE_PAYMENT' } },
    { name: 'payments: status SUCCEEDED (common)', ...list('payments', { status: 'SUCCEEDED' }) },
    { name: 'payments: status FAILED (2%)', ...list('payments', { status: 'FAILED' }) },
    { name: 'payments: status PROCESSING (0.01%)', ...list('payments', { status: 'PROCESSING' }) },
    { name: 'payments: status PENDING (none)', ...list('payments', { status: 'PENDING' }) },
    { name: 'payments: created, one day mid-range', ...list('payments', day) },
    { name: 'payments: created, the oldest day', ...list('payments', oldDay) },
    { name: 'payments: created, a range with no rows', ...list('payments', empty) },
    { name: 'payments: status FAILED + one old day', ...list('payments', { status: 'FAILED', ...oldDay }) },
    { name: 'payments: status PENDING + one day (none)', ...list('payments', { status: 'PENDING', ...day }) },
    { name: 'payments: authorization with 10% of payments', ...list('payments', { authorizationId: 'AUTH_BIG' }) },
    { name: 'payments: authorization with one payment', ...list('payments', { authorizationId: 'AUTH_SMALL' }) },
    { name: 'payments: big authorization + status PROCESSING', ...list('payments', { authorizationId: 'AUTH_BIG', status: 'PROCESSING' }) },
  ];
  for (const [field, rare, none] of [
    ['refunds', 'PROCESSING', 'PENDING'],
    ['authorizations', 'FAILED', 'EXPIRED'],
    ['declarations', 'PROCESSING', 'PENDING'],
    ['registrations', 'PROCESSING', 'FAILED'],
  ] as const) {
    out.push(
      { name: `${field}: newest page`, ...list(field, null) },
      { name: `${field}: status ${rare} (rare)`, ...list(field, { status: rare }) },
      { name: `${field}: status ${none} (none)`, ...list(field, { status: none }) },
      { name: `${field}: created, one day mid-range`, ...list(field, day) },
      { name: `${field}: created, a range with no rows`, ...list(field, empty) },
    );
  }
  out.push(
    { name: 'refunds: by payment', ...list('refunds', { paymentId: 'PAYMENT_MID' }) },
    { name: 'declarations: by payment', ...list('declarations', { paymentId: 'PAYMENT_MID' }) },
    { name: 'authorizations: wallet KAKAOPAY (0.02%)', ...list('authorizations', { customerBelongsTo: 'KAKAOPAY' }) },
    { name: 'registrations: by reference merchant', ...list('registrations', { referenceMerchantId: 'REF7' }) },
    { name: 'events: oldest page', table: 'events', query: '{ events(first: 50) { nodes { id } } }' },
    { name: 'events: after a cursor mid-log', table: 'events', query: `query($a: String) { events(first: 50, after: $a) { nodes { id } } }`, variables: { a: encodeCursor(String(Math.floor(rows / 2))) } },
    { name: 'events: type REGISTRATION (0.01%)', table: 'events', query: '{ events(first: 50, aggregateType: REGISTRATION) { nodes { id } } }' },
    { name: 'events: type DECLARATION (none)', table: 'events', query: '{ events(first: 50, aggregateType: DECLARATION) { nodes { id } } }' },
    { name: 'events: one aggregate', table: 'events', query: `{ events(first: 50, aggregateId: "AGGREGATE_MID") { nodes { id } } }` },
  );
  return out;
}

export async function runListBench(options: { rows: number; samples: number }): Promise<ListBenchRow[]> {
  const root = `/tmp/agw-listbench-${Date.now()}`;
  mkdirSync(root);
  chmodSync(root, 0o755);
  const logged: string[] = [];
  let capturing = false;
  const database = await startEmbeddedPostgres({
    dataDir: `${root}/pg`,
    settings: { fsync: 'off', synchronous_commit: 'off', max_wal_size: '4GB' },
    onLog: (line) => {
      if (capturing) logged.push(line);
    },
  });
  const adminKey = `agw_live_${randomBytes(32).toString('base64url')}`;
  const gateway = await startChild(
    'src/main.ts',
    {
      DATA_DIR: `${root}/gw`,
      DATABASE_URL: database.superuserUrl.reveal(),
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_API_KEY: adminKey,
      MASTER_KEY: randomBytes(32).toString('base64'),
      SANDBOX_ENABLED: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...BENCH_RATE_LIMITS,
    },
    180_000,
    { ready: /ready: (http:\/\/\S+\/graphql)/ },
  );
  const client = new pg.Client({ connectionString: database.superuserUrl.reveal() });
  try {
    const gql = async (key: string, query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)} for ${query}`);
      return body.data!;
    };
    const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
    const merchantKey = keyPair().privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const alipayKey = keyPair().publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const created = await gql(adminKey, 'mutation($i:CreateMerchantInput!){createMerchant(input:$i){merchant{id} errors{message}}}', {
      i: { name: 'lists', clientId: 'SANDBOX_LISTS', baseUrl: 'http://127.0.0.1:9', merchantPrivateKey: merchantKey, alipayPublicKey: alipayKey },
    });
    const merchantId = created.createMerchant.merchant.id as string;
    const issued = await gql(adminKey, 'mutation($i:IssueApiKeyInput!){issueApiKey(input:$i){secret}}', {
      i: { merchantId, role: 'MERCHANT_READONLY', name: 'lists' },
    });
    const key = issued.issueApiKey.secret as string;

    await client.connect();
    await seedLists(client, merchantId, options.rows, SEED_DAYS);
    const pick = async (sql: string) => String((await client.query(sql)).rows[0]!.v);
    const endMs = Number(await pick('select extract(epoch from max(created_at)) * 1000 as v from payments'));
    const substitutions: Record<string, string> = {
      AUTH_BIG: await pick(`select authorization_id as v from payments group by authorization_id order by count(*) desc limit 1`),
      AUTH_SMALL: await pick(`select authorization_id as v from payments where authorization_id not in (select authorization_id from payments group by 1 order by count(*) desc limit 1) order by id limit 1 offset ${Math.floor(options.rows / 3)}`),
      PAYMENT_MID: await pick(`select payment_id as v from refunds order by id limit 1 offset ${Math.floor(options.rows / 2)}`),
      AGGREGATE_MID: await pick(`select aggregate_id as v from events order by id limit 1 offset ${Math.floor(options.rows / 2)}`),
      MIDDLE_PAYMENT: encodeCursor(await pick(`select id as v from payments order by id limit 1 offset ${Math.floor(options.rows / 2)}`)),
    };
    const substitute = (text: string) => text.replace(/AUTH_BIG|AUTH_SMALL|PAYMENT_MID|AGGREGATE_MID|MIDDLE_PAYMENT/g, (name) => substitutions[name]!);

    // Two passes over the cases. The first logs every statement (`log_min_duration_statement = 0`) and reads each list
    // statement's own time from the log; the second times whole GraphQL requests with logging off, since writing and
    // reading a log line per statement is work the requests would otherwise be timed with.
    const setLogging = async (on: boolean) => {
      await client.query(on ? 'alter system set log_min_duration_statement = 0' : 'alter system reset log_min_duration_statement');
      await client.query('select pg_reload_conf()');
    };
    const prepared = cases(options.rows, endMs).map((item) => ({
      item,
      query: substitute(item.query),
      variables: JSON.parse(substitute(JSON.stringify(item.variables ?? {}))) as Record<string, unknown>,
    }));
    const warm = async (query: string, variables: Record<string, unknown>) => {
      let count = 0;
      for (let i = 0; i < 5; i++) {
        const data = await gql(key, query, variables);
        count = (Object.values(data)[0] as { nodes: unknown[] }).nodes.length;
      }
      return count;
    };
    const sqlTimes = new Map<string, number[]>();
    await setLogging(true);
    for (const { item, query, variables } of prepared) {
      await warm(query, variables);
      logged.length = 0;
      capturing = true;
      for (let i = 0; i < options.samples; i++) await gql(key, query, variables);
      capturing = false;
      // The ORM sends its queries with the values inlined (simple protocol: one `statement:` line, parse, plan and
      // execution), the statement pool prepared ones (`parse` once per connection, then `bind` — where a custom plan is
      // made — and `execute` lines): a prepared statement's time is its parse, bind and execute added up. The ORM
      // quotes the table name, the pool's list statements do not.
      const statement = new RegExp(`duration: ([\\d.]+) ms\\s+(statement|parse|bind|execute)[^:]*: select .* from "?${item.table}"?\\s`);
      const sql: number[] = [];
      let pending = 0;
      for (const line of logged) {
        const match = statement.exec(line);
        if (!match) continue;
        const ms = Number(match[1]);
        if (match[2] === 'parse' || match[2] === 'bind') pending += ms;
        else {
          sql.push(pending + ms);
          pending = 0;
        }
      }
      sqlTimes.set(item.name, sql.sort((a, b) => a - b));
    }
    await setLogging(false);

    const results: ListBenchRow[] = [];
    for (const { item, query, variables } of prepared) {
      const count = await warm(query, variables);
      const times: number[] = [];
      for (let i = 0; i < options.samples; i++) {
        const started = performance.now();
        await gql(key, query, variables);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const sql = sqlTimes.get(item.name)!;
      results.push({
        name: item.name,
        p50Ms: percentile(times, 50),
        p99Ms: percentile(times, 99),
        sqlP50Ms: sql.length ? percentile(sql, 50) : NaN,
        sqlP99Ms: sql.length ? percentile(sql, 99) : NaN,
        count,
      });
    }
    return results;
  } finally {
    await client.end().catch(() => undefined);
    await gateway.stop();
    await database.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatListBench(rows: ListBenchRow[]): string {
  return [
    '| list and filter | rows on the page | GraphQL p50 ms | GraphQL p99 ms | SQL p50 ms | SQL p99 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) => `| ${r.name} | ${r.count} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.sqlP50Ms.toFixed(2)} | ${r.sqlP99Ms.toFixed(2)} |`,
    ),
  ].join('\n');
}
