import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { onboardMerchant, startNotifyGateway, type TestMerchant } from '../../helpers/notify-env.js';
import { openRawSocket, untilLive, writeEvents, type NextPayload, type RawSocket } from '../../helpers/raw-subscriptions.js';

// Live events reach subscribers through one feed per subscription group (src/graphql/subscriptions/direct-feed.ts),
// which writes graphql-ws `next` frames itself. These tests hold it to what graphql-ws's own path guarantees.

const EVENTS = 'subscription($after: String) { events(after: $after) { id cursor aggregateId type payload } }';
const IDS_ONLY = 'subscription { events { id aggregateId } }';

interface EventNode {
  id: string;
  cursor: string;
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
}

const nodes = (payloads: NextPayload[] | undefined): EventNode[] =>
  (payloads ?? []).filter((p) => p.data).map((p) => (p.data as { events: EventNode }).events);
const tagged = (payloads: NextPayload[] | undefined, tag: string) => nodes(payloads).filter((e) => e.aggregateId.startsWith(tag));

describe('direct delivery of live events', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let merchant: TestMerchant;
  const sockets: RawSocket[] = [];

  /** A socket with `count` subscriptions of `query` (ids `<prefix>0…`), live once each has seen an event. */
  async function openLive(count: number, query: string, prefix: string, apiKey = merchant.merchantKey, probeMerchant = merchant.id): Promise<RawSocket> {
    const socket = await openRawSocket(gw.url, apiKey);
    sockets.push(socket);
    for (let i = 0; i < count; i++) socket.subscribe(`${prefix}${i}`, query);
    await untilLive(socket, gw.database.url, probeMerchant, prefix);
    return socket;
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001 });
    gw = await startNotifyGateway();
    merchant = await onboardMerchant(gw, sandbox, 'Direct');
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await gw?.close();
    await sandbox?.close();
  });

  it('many subscriptions on one socket each get every event once, in id order, as graphql-ws itself would send it', async () => {
    const shared = await openLive(40, EVENTS, 'm');
    const other = await openLive(1, IDS_ONLY, 'o');
    for (let batch = 0; batch < 5; batch++) await writeEvents(gw.database.url, merchant.id, 5, 0, `multi${batch}_`, { payload: { batch } });
    await shared.until(() => [...shared.received.values()].every((got) => tagged(got, 'multi').length === 25), 10_000, '25 events each');
    await other.until(() => nodes(other.received.get('o0')).filter((e) => e.aggregateId.startsWith('multi')).length === 25, 10_000, 'the other group');

    const reference = tagged(shared.received.get('m0'), 'multi');
    for (const [id, got] of shared.received) {
      const events = tagged(got, 'multi');
      expect(events.map((e) => e.id), id).toEqual(reference.map((e) => e.id));
    }
    const ids = reference.map((e) => BigInt(e.id));
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(reference.map((e) => e.aggregateId)).size).toBe(25);

    // The same events replayed from a cursor go through graphql-ws's own path: the payloads must be identical.
    const all = nodes(shared.received.get('m0'));
    const before = all[all.findIndex((e) => e.aggregateId.startsWith('multi')) - 1]!;
    const replay = await openRawSocket(gw.url, merchant.merchantKey);
    sockets.push(replay);
    replay.subscribe('r', EVENTS, { after: before.cursor });
    await replay.until(() => tagged(replay.received.get('r'), 'multi').length === 25, 10_000, 'the replay');
    expect(tagged(replay.received.get('r'), 'multi')).toEqual(reference);
  });

  it('groups never mix merchants: each merchant sees only its own events; an admin watching all gets both', async () => {
    const other = await onboardMerchant(gw, sandbox, 'Direct B');
    const WITH_MERCHANT = 'subscription { events { id aggregateId merchantId } }';
    const onA = await openLive(20, WITH_MERCHANT, 'ta');
    const onB = await openLive(20, WITH_MERCHANT, 'tb', other.merchantKey, other.id);
    const admin = await openLive(5, WITH_MERCHANT, 'adm', gw.adminKey);
    for (let i = 0; i < 3; i++) {
      await writeEvents(gw.database.url, merchant.id, 2, 0, `tenantA${i}_`);
      await writeEvents(gw.database.url, other.id, 2, 0, `tenantB${i}_`);
    }
    const mine = (socket: RawSocket, id: string) =>
      nodes(socket.received.get(id)).filter((e) => e.aggregateId.startsWith('tenant')) as unknown as Array<{ id: string; aggregateId: string; merchantId: string }>;
    await onA.until(() => [...onA.received.keys()].every((id) => mine(onA, id).length === 6), 10_000, "A's events");
    await onB.until(() => [...onB.received.keys()].every((id) => mine(onB, id).length === 6), 10_000, "B's events");
    await admin.until(() => [...admin.received.keys()].every((id) => mine(admin, id).length === 12), 10_000, 'both for the admin');
    await Promise.all([onA.ping(), onB.ping()]);
    for (const id of onA.received.keys()) expect(mine(onA, id).every((e) => e.merchantId === merchant.id && e.aggregateId.startsWith('tenantA'))).toBe(true);
    for (const id of onB.received.keys()) expect(mine(onB, id).every((e) => e.merchantId === other.id && e.aggregateId.startsWith('tenantB'))).toBe(true);
    for (const id of admin.received.keys()) {
      const ids = mine(admin, id).map((e) => BigInt(e.id));
      for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    }
  });

  it('a burst of large events to many subscriptions on one socket closes nobody who reads', async () => {
    const socket = await openLive(100, EVENTS, 'burst');
    // One transaction: 60 events of ~2 KB to 100 subscriptions = ~12 MB written in one go, three times the 4 MiB
    // backlog a subscription may hold (SUBSCRIPTION_BUFFER_EVENTS 1000 × 4 KiB) — none of it backlog: it is on its way.
    await writeEvents(gw.database.url, merchant.id, 60, 0, 'bulky', { payload: { blob: 'y'.repeat(2_000) } });
    await socket.until(() => [...socket.received.values()].every((got) => tagged(got, 'bulky').length === 60), 20_000, 'the burst');
    expect(socket.closeCode).toBeUndefined();
    for (const got of socket.received.values()) expect(tagged(got, 'bulky').map((e) => e.aggregateId)).toEqual(Array.from({ length: 60 }, (_, i) => `bulky_${i}`));
  });

  it('closing a socket releases its subscriptions, their group and its feed from the event hub', async () => {
    const hub = gw.gateway.services.eventHub;
    const before = hub.subscriberCount;
    const socket = await openLive(30, 'subscription { events { id type } }', 'gone');
    expect(hub.subscriberCount).toBeGreaterThan(before);
    await socket.close();
    await socket.until(() => hub.subscriberCount === before, 10_000, 'the hub back to its count before');
  });

  it('a subscription completed on a shared socket gets nothing more; the others on it go on', async () => {
    const socket = await openLive(10, EVENTS, 'c');
    for (let i = 0; i < 5; i++) socket.complete(`c${i}`);
    await socket.ping(); // the server handled the completes before answering
    await writeEvents(gw.database.url, merchant.id, 3, 0, 'afterComplete');
    await socket.until(() => [5, 6, 7, 8, 9].every((i) => tagged(socket.received.get(`c${i}`), 'afterComplete').length === 3), 10_000, 'the remaining five');
    await socket.ping();
    for (let i = 0; i < 5; i++) expect(tagged(socket.received.get(`c${i}`), 'afterComplete')).toEqual([]);
  });

  it('an event this schema cannot represent is answered through graphql-ws with a masked error; delivery goes on in order', async () => {
    const socket = await openLive(20, EVENTS, 'e');
    // A newer gateway version writing an event type this one does not know (a rolling deploy).
    await writeEvents(gw.database.url, merchant.id, 1, 0, 'before');
    await writeEvents(gw.database.url, merchant.id, 1, 0, 'unknown', { type: 'FROM_A_NEWER_VERSION' });
    await writeEvents(gw.database.url, merchant.id, 2, 0, 'after');
    await writeEvents(gw.database.url, merchant.id, 2, 0, 'later');
    await socket.until(() => [...socket.received.values()].every((got) => tagged(got, 'later').length === 2), 10_000, 'the later events');
    for (const [id, got] of socket.received) {
      const from = got.findIndex((p) => (p.data as { events?: EventNode } | null)?.events?.aggregateId === 'before_0');
      const sequence = got.slice(from).map((p) => (p.errors ? 'ERROR' : (p.data as { events: EventNode }).events.aggregateId));
      expect(sequence, id).toEqual(['before_0', 'ERROR', 'after_0', 'after_1', 'later_0', 'later_1']);
      const error = got.find((p) => p.errors)!.errors![0]!;
      expect(error.extensions?.['code']).toBe('INTERNAL');
      expect(error.message).not.toContain('FROM_A_NEWER_VERSION');
    }
  });
});
