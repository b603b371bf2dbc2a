/**
 * Outgoing webhooks: deliveries per second to a local receiver, and event-to-delivery latency when idle, with CPU per
 * delivery by process. Gateway (src/main.ts), receiver (bench/servers/webhook-receiver.ts, verifying every request)
 * and the gateway's embedded Postgres each run in their own process; this process writes the events straight into the
 * event log the way EventBatch does (xid first, then the rows, then the wake-up NOTIFY), so only delivery is measured.
 *   1. throughput: a burst of BENCH_WEBHOOK_EVENTS events (distinct payments, 1,000 per transaction) drained to one
 *      endpoint: deliveries / time from the first commit to the last arrival;
 *   2. idle latency: one event every 50 ms, commit → arrival at the receiver, p50/p99.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { BEFORE_FIRST_EVENT_SQL, NOTIFY_EVENTS_SQL } from '../src/modules/events/event-channel.js';
import { ensureDatabase } from '../src/persistence/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/persistence/embedded-postgres.js';
import { gql } from './lib/bench-merchant.js';
import { startChild, type ChildServer } from './lib/child.js';
import { cpuPerRequest, cpuSnapshot } from './lib/cpu.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface WebhookBenchResult {
  events: number;
  deliveriesPerSecond: number;
  cpuMsPerDelivery: Record<string, number>;
  idle: { count: number; p50Ms: number; p99Ms: number; maxMs: number };
  rejected: number;
}

export async function runWebhookBench(): Promise<WebhookBenchResult> {
  const events = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 20_000);
  const root = `/tmp/agw-bench-${randomUUID().slice(0, 8)}`;
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  const adminKey = `agw_live_${randomBytes(32).toString('base64url')}`;
  const children: ChildServer[] = [];
  let postgres: EmbeddedPostgres | undefined;
  let writer: pg.Client | undefined;
  try {
    postgres = await startEmbeddedPostgres({ dataDir: join(root, 'postgres') });
    await ensureDatabase(postgres.superuserUrl, 'gateway');
    const receiver = await startChild('bench/servers/webhook-receiver.ts');
    children.push(receiver);
    const gateway = await startChild(
      'src/main.ts',
      {
        DATA_DIR: join(root, 'gateway'),
        DATABASE_URL: postgres.urlFor('gateway').reveal(),
        PORT: '0',
        HOST: '127.0.0.1',
        ADMIN_API_KEY: adminKey,
        MASTER_KEY: randomBytes(32).toString('base64'),
        SANDBOX_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        WEBHOOK_ALLOW_HTTP: 'true',
        WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
      },
      120_000,
      { ready: /ready: (http:\/\/\S+\/graphql)/ },
    );
    children.push(gateway);
    const created = await gql<{ createMerchant: { merchant: { id: string } } }>(
      gateway.url,
      adminKey,
      'mutation($i:CreateMerchantInput!){createMerchant(input:$i){merchant{id} errors{message}}}',
      { i: { name: 'bench', clientId: 'SANDBOX_WHBENCH', baseUrl: 'http://127.0.0.1:9', merchantPrivateKey: rsaDer('private'), alipayPublicKey: rsaDer('public') } },
    );
    const merchantId = created.createMerchant.merchant.id;
    const endpoint = await gql<{ createWebhookEndpoint: { secret: string } }>(
      gateway.url,
      adminKey,
      'mutation($i:CreateWebhookEndpointInput!){createWebhookEndpoint(input:$i){secret errors{message}}}',
      { i: { merchantId, url: `${receiver.url}/hooks` } },
    );
    await fetch(`${receiver.url}/secret`, { method: 'POST', body: endpoint.createWebhookEndpoint.secret });

    writer = new pg.Client({ connectionString: postgres.urlFor('gateway').reveal() });
    await writer.connect();
    const client = writer;
    const commitEvents = async (count: number, prefix: string): Promise<number> => {
      await client.query('begin');
      await client.query(BEFORE_FIRST_EVENT_SQL);
      await client.query(
        `insert into events (merchant_id, aggregate_type, aggregate_id, type, from_status, to_status, payload, source, created_at)
         select $1, 'PAYMENT', $2 || g, 'STATUS_CHANGED', 'PROCESSING', 'SUCCEEDED', jsonb_build_object('amount', jsonb_build_object('value', '1000', 'currency', 'USD')), 'NOTIFICATION', now()
         from generate_series(1, $3) g`,
        [merchantId, prefix, count],
      );
      await client.query('commit');
      const committedAt = Date.now();
      await client.query(NOTIFY_EVENTS_SQL, [merchantId]);
      return committedAt;
    };
    const stats = async () =>
      (await (await fetch(`${receiver.url}/stats`)).json()) as { verified: number; rejected: number; arrivals: Array<[string, number]> };
    const waitForCount = async (n: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const s = await stats();
        if (s.arrivals.length >= n) return s;
        if (Date.now() > deadline) throw new Error(`only ${s.arrivals.length} of ${n} webhooks arrived`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    // Warm-up: JIT, keep-alive sockets, pools.
    await commitEvents(500, `warm_${randomUUID()}_`);
    await waitForCount(500, 60_000);

    // 1. Throughput.
    const roles = { gateway: gateway.process.pid!, receiver: receiver.process.pid!, bench: process.pid };
    const before = cpuSnapshot(roles, postgres.pid);
    const started = Date.now();
    const prefix = `burst_${randomUUID()}_`;
    for (let sent = 0; sent < events; sent += 1000) await commitEvents(Math.min(1000, events - sent), prefix);
    const drained = await waitForCount(500 + events, 300_000);
    const lastArrival = Math.max(...drained.arrivals.map(([, at]) => at));
    const after = cpuSnapshot(roles, postgres.pid);
    const seconds = (lastArrival - started) / 1000;

    // 2. Idle latency: one event at a time, spaced out.
    const latencies: number[] = [];
    const idleCount = Number(process.env.BENCH_WEBHOOK_IDLE_EVENTS ?? 200);
    for (let i = 0; i < idleCount; i++) {
      const id = `idle_${randomUUID()}_`;
      const committedAt = await commitEvents(1, id);
      const s = await waitForCount(500 + events + i + 1, 10_000);
      const arrival = s.arrivals[s.arrivals.length - 1]![1];
      latencies.push(arrival - committedAt);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    latencies.sort((a, b) => a - b);
    const final = await stats();
    return {
      events,
      deliveriesPerSecond: Math.round(events / seconds),
      cpuMsPerDelivery: cpuPerRequest(before, after, events),
      idle: { count: latencies.length, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), maxMs: latencies[latencies.length - 1] ?? NaN },
      rejected: final.rejected,
    };
  } finally {
    await writer?.end().catch(() => undefined);
    for (const child of children.reverse()) await child.stop();
    await postgres?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatWebhookBench(r: WebhookBenchResult): string {
  const cpu = Object.entries(r.cpuMsPerDelivery)
    .map(([role, ms]) => `${role} ${ms.toFixed(3)}`)
    .join(' · ');
  return [
    '| webhooks | figure |',
    '| --- | --- |',
    `| deliveries/s to a local receiver (${r.events} events, one endpoint, distinct payments) | ${r.deliveriesPerSecond} |`,
    `| CPU ms per delivery, by process | ${cpu} |`,
    `| idle event → delivery (${r.idle.count} events, 50 ms apart) p50 / p99 / max | ${r.idle.p50Ms} / ${r.idle.p99Ms} / ${r.idle.maxMs} ms |`,
    `| signatures the receiver refused | ${r.rejected} |`,
  ].join('\n');
}

/** A fresh RSA key in the DER/base64 form createMerchant takes (the merchant's AMS side is never called here). */
function rsaDer(which: 'private' | 'public'): string {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return which === 'private'
    ? pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')
    : pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
}
