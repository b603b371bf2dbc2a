import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEFORE_FIRST_EVENT_SQL, NOTIFY_EVENTS_SQL } from '../../../src/modules/events/event-channel.js';
import { startChildGateway, type ChildGateway } from '../../helpers/child-gateway.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { freePort } from '../../helpers/notify-env.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.js';
import { createEndpoint, createWebhookMerchant, WEBHOOK_TEST_ENV } from '../../helpers/webhook-env.js';

const AGGREGATES = 20;

describe('webhooks survive kill -9 of the gateway mid-delivery', () => {
  let database: TestDatabase;
  let writer: pg.Client;
  let dataDir: string;
  let env: Record<string, string>;
  let hooks: WebhookReceiver;
  const adminKey = randomBytes(32).toString('hex');
  const running: ChildGateway[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    writer = new pg.Client({ connectionString: database.url });
    await writer.connect();
    dataDir = mkdtempSync(join(tmpdir(), 'agw-wh-crash-'));
    env = {
      ...WEBHOOK_TEST_ENV,
      DATABASE_URL: database.url,
      SANDBOX_ENABLED: 'false',
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      ADMIN_API_KEY: adminKey,
      MASTER_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    };
    hooks = await startWebhookReceiver();
  });
  afterAll(async () => {
    for (const gw of running) await gw.kill().catch(() => undefined);
    await hooks?.close();
    await writer?.end();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** One transaction of events written the way EventBatch writes them (xid first), then the wake-up NOTIFY. */
  const writeEvents = async (merchantId: string, aggregates: string[]): Promise<string[]> => {
    await writer.query('begin');
    await writer.query(BEFORE_FIRST_EVENT_SQL);
    const ids: string[] = [];
    for (const aggregateId of aggregates) {
      const r = await writer.query<{ id: string }>(
        `insert into events (merchant_id, aggregate_type, aggregate_id, type, from_status, to_status, payload, source, created_at)
         values ($1, 'PAYMENT', $2, 'STATUS_CHANGED', null, 'SUCCEEDED', '{}', 'API', now()) returning id::text as id`,
        [merchantId, aggregateId],
      );
      ids.push(r.rows[0]!.id);
    }
    await writer.query('commit');
    await writer.query(NOTIFY_EVENTS_SQL, [merchantId]);
    return ids;
  };

  it('delivers every event after a restart, duplicates only with the same webhook-id, in order per aggregate', { timeout: 240_000 }, async () => {
    const first = await startChildGateway(env, adminKey, 120_000);
    running.push(first);
    const shop = await createWebhookMerchant(first as unknown as TestGateway, 'Crash hooks');
    const endpoint = await createEndpoint(first as unknown as TestGateway, shop.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    // After 40 deliveries the receiver turns slow, so requests are surely in flight when the process dies.
    hooks.answer = () => (hooks.received.length < 40 ? { status: 200 } : { status: 200, delayMs: 5_000 });

    const ids: string[] = [];
    const aggregates = Array.from({ length: AGGREGATES }, (_, i) => `pay_crash_${i}`);
    for (let round = 0; round < 10; round++) ids.push(...(await writeEvents(shop.id, aggregates)));
    await hooks.until((all) => all.length >= 41, 30_000, 'deliveries under way');
    await first.kill();
    const atKill = hooks.received.length;
    hooks.answer = () => ({ status: 200 });
    expect(atKill).toBeLessThan(ids.length);
    // Events keep committing while no gateway runs (another writer of the same database).
    for (let round = 0; round < 3; round++) ids.push(...(await writeEvents(shop.id, aggregates)));

    const second = await startChildGateway(env, adminKey, 120_000);
    running.push(second);
    const expected = new Set(ids.map((id) => `msg_${id}`));
    await hooks.until((all) => new Set(all.map((w) => w.webhookId)).size >= expected.size, 60_000, 'every event after the restart');

    expect(hooks.rejected).toEqual([]);
    expect(new Set(hooks.received.map((w) => w.webhookId))).toEqual(expected);
    // A duplicate is the same message: the same webhook-id carries the same event.
    for (const w of hooks.received) expect(w.webhookId).toBe(`msg_${w.body.data.id as string}`);
    const duplicates = hooks.received.length - expected.size;
    // The requests cut by the kill were sent again.
    expect(duplicates).toBeGreaterThanOrEqual(1);
    // Per aggregate, first arrivals follow event order.
    for (const aggregateId of aggregates) {
      const seen = new Set<string>();
      const firsts: bigint[] = [];
      for (const w of hooks.received) {
        if (w.body.data.aggregateId !== aggregateId || seen.has(w.webhookId)) continue;
        seen.add(w.webhookId);
        firsts.push(BigInt(w.body.data.id as string));
      }
      expect(firsts).toEqual([...firsts].sort((a, b) => (a < b ? -1 : 1)));
      expect(firsts).toHaveLength(13);
    }
    console.log(`webhook crash: ${ids.length} events, ${atKill} received before the kill, ${duplicates} duplicates (same webhook-id) after the restart`);
    await second.stop();
  });
});
