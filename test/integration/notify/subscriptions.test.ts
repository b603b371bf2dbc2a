import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/index.js';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { silentLogger } from '../../../src/shared/logger.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { freePort, onboardMerchant, startNotifyGateway, subscribe, type TestMerchant } from '../../helpers/notify-env.js';
import { openRawSocket, writeEvents } from '../../helpers/raw-subscriptions.js';

interface EventItem {
  events: { id: string; cursor: string; merchantId: string; aggregateId: string; type: string };
}
const EVENTS = `subscription($after: String, $aggregateId: ID, $merchantId: ID) {
  events(after: $after, aggregateId: $aggregateId, merchantId: $merchantId) { id cursor merchantId aggregateId type }
}`;

/** Fire-and-forget writes used to probe "is my subscription live yet?"; awaited before the database goes away. */
const pending: Array<Promise<unknown>> = [];
function poke(url: string, merchantId: string, tag: string): void {
  pending.push(writeEvents(url, merchantId, 1, 0, tag).catch(() => undefined));
}

const ids = (items: EventItem[]) => items.map((i) => BigInt(i.events.id));
function expectStrictlyIncreasing(values: bigint[]): void {
  for (let i = 1; i < values.length; i++) expect(values[i]! > values[i - 1]!).toBe(true);
}

describe('subscriptions: scoping, resume, fan-out across instances, slow subscribers', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let a: TestMerchant;
  let b: TestMerchant;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001 });
    gw = await startNotifyGateway({ SUBSCRIPTION_BUFFER_EVENTS: '100' });
    a = await onboardMerchant(gw, sandbox, 'A');
    b = await onboardMerchant(gw, sandbox, 'B');
  });
  afterAll(async () => {
    await Promise.allSettled(pending);
    await gw?.close();
    await sandbox?.close();
  });

  it('refuses unauthenticated subscriptions and bad keys', async () => {
    const anonymous = subscribe(gw.url, null, EVENTS);
    await anonymous.until(() => anonymous.errors.length > 0, 5_000, 'an error');
    expect(JSON.stringify(anonymous.errors)).toContain('UNAUTHENTICATED');
    await anonymous.dispose();
    const bad = subscribe(gw.url, 'agw_live_' + 'x'.repeat(43), EVENTS);
    await bad.until(() => bad.closeCode !== undefined, 5_000, 'close');
    expect(bad.closeCode).toBe(4403);
    await bad.dispose();
  });

  it('scopes to the merchant: B never sees A; a merchant key cannot name another merchant; admins can pick one', async () => {
    const subA = subscribe<EventItem>(gw.url, a.readonlyKey, EVENTS);
    const subB = subscribe<EventItem>(gw.url, b.merchantKey, EVENTS);
    const admin = subscribe<EventItem>(gw.url, gw.adminKey, EVENTS, { merchantId: b.id });
    const sneaky = subscribe<EventItem>(gw.url, b.merchantKey, EVENTS, { merchantId: a.id });
    try {
      await sneaky.until(() => sneaky.errors.length > 0, 5_000, 'forbidden');
      expect(JSON.stringify(sneaky.errors)).toContain('FORBIDDEN');
      // Keep writing until each live subscriber has seen its marker (they may register slightly later than we start).
      let round = 0;
      await subB.until(() => {
        poke(gw.database.url, a.id, `a${round}`);
        poke(gw.database.url, b.id, `b${round++}`);
        return subB.items.length > 0 && subA.items.length > 0 && admin.items.length > 0;
      }, 10_000, 'events on every subscriber');
      expect(subA.items.every((i) => i.events.merchantId === a.id)).toBe(true);
      expect(subB.items.every((i) => i.events.merchantId === b.id)).toBe(true);
      expect(admin.items.every((i) => i.events.merchantId === b.id)).toBe(true);
    } finally {
      await Promise.all([subA.dispose(), subB.dispose(), admin.dispose(), sneaky.dispose()]);
    }
  });

  it('delivers in id order with no gap under concurrent writers, and resumes from a cursor with no gap and no duplicate', async () => {
    const tag = `c${randomBytes(3).toString('hex')}`;
    const first = subscribe<EventItem>(gw.url, a.merchantKey, EVENTS);
    // Wait until the subscription is live: a marker write must arrive. Then 3 rounds of 6 concurrent writers (3 events
    // each, commits in a different order than ids were drawn): one while subscribed, one while disconnected, one
    // while the resumed subscription replays.
    await first.until(() => {
      poke(gw.database.url, a.id, `${tag}_marker`);
      return first.items.length > 0;
    }, 10_000, 'marker');
    const batch = (from: number) =>
      Promise.all(Array.from({ length: 6 }, (_, k) => writeEvents(gw.database.url, a.id, 3, ((from + k) * 7) % 25, `${tag}_w${from + k}`)));
    await batch(0);
    await first.until((items) => items.filter((i) => i.events.aggregateId.startsWith(`${tag}_w`)).length >= 18, 10_000, 'first batch');
    // What the client processed before it went away: anything that still trickles in after this is ignored.
    const processed = first.items.slice();
    const cursor = processed[processed.length - 1]!.events.cursor;
    await first.dispose();
    await batch(6); // committed while nobody listens

    const resumed = subscribe<EventItem>(gw.url, a.merchantKey, EVENTS, { after: cursor });
    const live = batch(12); // races the replay: the handoff from log to live must not lose or repeat anything
    try {
      const written = (items: EventItem[]) => items.filter((i) => i.events.aggregateId.startsWith(`${tag}_w`)).length;
      expect(written(processed)).toBe(18);
      const before = written(processed);
      await live;
      await resumed.until((items) => before + written(items) >= 54, 10_000, 'the rest');
      const all = [...processed, ...resumed.items];
      const all_ids = ids(all);
      expectStrictlyIncreasing(all_ids);
      // Gap-free: every event of merchant A in the log between the first and last id seen was delivered.
      const rows = await gw.gateway.orm.em
        .getConnection()
        .execute<Array<{ id: string }>>(`select id::text as id from events where merchant_id = ? and events.id >= ? and events.id <= ? order by events.id`, [
          a.id,
          all_ids[0]!.toString(),
          all_ids[all_ids.length - 1]!.toString(),
        ]);
      expect(all_ids.map(String)).toEqual(rows.map((r) => r.id));
    } finally {
      await resumed.dispose();
    }
  });

  it('closes a subscriber whose socket stops reading with 4008 once its buffer is full, while others keep receiving', async () => {
    // Same document and variables for both: members of one delivery group, which must drop only the slow one.
    const WITH_PAYLOAD = 'subscription { events { id cursor merchantId aggregateId type payload } }';
    const fast = subscribe<EventItem>(gw.url, a.merchantKey, WITH_PAYLOAD);
    const slow = await openRawSocket(gw.url, a.merchantKey);
    slow.subscribe('s', WITH_PAYLOAD);
    await slow.until(() => {
      poke(gw.database.url, a.id, 'warmup');
      return slow.received.get('s')!.length > 0 && fast.items.length > 0;
    }, 10_000, 'warm-up');
    const before = fast.items.length;
    slow.pause();
    // 80 events of ~100 KB: far more than the kernel's socket buffers plus this gateway's 100-event (400 KB) bound.
    const bulk = { blob: 'x'.repeat(100_000) };
    for (let batch = 0; batch < 4; batch++) await writeEvents(gw.database.url, a.id, 20, 0, `bulk${batch}`, { payload: bulk });
    await fast.until((items) => items.length >= before + 80, 20_000, 'the fast subscriber gets all 80');
    slow.resume();
    await slow.until(() => slow.closeCode !== undefined, 20_000, 'slow closed');
    expect(slow.closeCode).toBe(4008);
    const bulkIds = (events: Array<EventItem['events']>) => events.filter((e) => e.aggregateId.startsWith('bulk')).map((e) => e.id);
    const slowBulk = bulkIds(slow.received.get('s')!.map((p) => (p.data as unknown as EventItem).events));
    const allBulk = bulkIds(fast.items.map((i) => i.events));
    expect(allBulk).toHaveLength(80);
    expect(slowBulk.length).toBeLessThan(80);
    // What it did get is an unbroken prefix, in order: it resumes from its last cursor.
    expect(slowBulk).toEqual(allBulk.slice(0, slowBulk.length));
    expect(fast.closeCode).toBeUndefined();
    await Promise.all([slow.close(), fast.dispose()]);
  });

  it('fans out across instances: a notification received by instance A reaches a subscriber on instance B', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'agw-second-'));
    const second: Gateway = await startGateway(
      loadConfig({
        DATABASE_URL: gw.database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        MASTER_KEY: randomBytes(32).toString('base64'),
        ADMIN_API_KEY: 'x'.repeat(40),
        SANDBOX_ENABLED: 'false',
        LOG_LEVEL: 'silent',
      }),
      { logger: silentLogger },
    );
    try {
      const onB = subscribe<EventItem>(second.url, b.readonlyKey, EVENTS);
      await onB.until(() => {
        // Committed through instance A's database pool; only LISTEN/NOTIFY tells instance B.
        poke(gw.database.url, b.id, 'cross');
        return onB.items.some((i) => i.events.aggregateId.startsWith('cross'));
      }, 10_000, 'cross-instance event');
      // A lost LISTEN connection reconnects and catches up.
      second.eventListener.simulateConnectionLoss();
      const before = onB.items.length;
      await onB.until(() => {
        poke(gw.database.url, b.id, 'after_loss');
        return onB.items.length > before;
      }, 10_000, 'after reconnect');
      expectStrictlyIncreasing(ids(onB.items));
      await onB.dispose();
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
