import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { checkInvariants, driveTraffic, injectChaos, ormQuery, transitionEvents, waitForQuiescence } from '../../helpers/chaos.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, onboardMerchant, subscribe, type TestMerchant } from '../../helpers/notify-env.js';
import { startReliabilityGateway } from '../../helpers/reliability-env.js';

interface EventPush {
  events: { id: string; aggregateId: string; aggregateType: string; type: string; toStatus: string | null };
}
const EVENTS = `subscription($after: String) { events(after: $after) { id aggregateId aggregateType type toStatus } }`;

const PAYMENTS = Number(process.env.CHAOS_PAYMENTS ?? 300);
const SEED = 20261126;

describe(`chaos: ${PAYMENTS} payments with refunds under ~10% faults and lossy notifications`, () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant;
  let authorizationId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300, notificationRetries: 'never', faultSeed: SEED });
    gw = await startReliabilityGateway({ SUBSCRIPTION_BUFFER_EVENTS: '100000', OUTBOUND_BREAKER_FAILURES: '50', LOG_LEVEL: 'warn' });
    shop = await onboardMerchant(gw, sandbox, 'Chaos shop');
    authorizationId = await activeAuthorization(gw, sandbox, shop);
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  it('ends with every payment and refund final, equal to AMS, mapped one to one, and every transition pushed once in order', async () => {
    // Subscribed "from the start": resuming after the last event before the traffic, so nothing can slip past.
    const before = await gw.gql<{ events: { pageInfo: { endCursor: string | null } } }>(`query { events(first: 100) { pageInfo { endCursor } } }`, {}, shop.merchantKey);
    const sub = subscribe<EventPush>(gw.url, shop.readonlyKey, EVENTS, { after: before.body.data!.events.pageInfo.endCursor });
    try {

      injectChaos(sandbox, shop.clientId, SEED);
      const started = Date.now();
      const driven = await driveTraffic(gw, shop, authorizationId, PAYMENTS, 16, SEED);
      expect(driven.errors).toEqual([]);
      const quiet = await waitForQuiescence(ormQuery(gw.gateway.orm.em), 60_000);

      const report = await checkInvariants(ormQuery(gw.gateway.orm.em), sandbox, shop.clientId);
      expect(report.mismatches).toEqual([]);
      expect(report.payments).toBe(PAYMENTS);

      const expected = await transitionEvents(ormQuery(gw.gateway.orm.em));
      await sub.until(
        (items) => items.filter((i) => i.events.type === 'CREATED' || i.events.type === 'STATUS_CHANGED').filter((i) => i.events.aggregateType !== 'AUTHORIZATION').length >= expected.length,
        20_000,
        'every transition pushed',
      ).catch((error: unknown) => {
        const got = new Set(sub.items.map((i) => i.events.id));
        const missing = expected.filter((e) => !got.has(e.id)).map((e) => e.id);
        throw new Error(`${String(error)}: expected ${expected.length}, got ${sub.items.length} items in all, close ${sub.closeCode}, missing ${missing.slice(0, 20).join(',')}`);
      });
      const seen = sub.items
        .map((i) => i.events)
        .filter((e) => (e.type === 'CREATED' || e.type === 'STATUS_CHANGED') && (e.aggregateType === 'PAYMENT' || e.aggregateType === 'REFUND'));
      const seenIds = seen.map((e) => e.id);
      expect(new Set(seenIds).size).toBe(seenIds.length);
      expect(seenIds).toEqual(expected.map((e) => e.id));
      expect(sub.errors).toEqual([]);

      const jobs = gw.gateway.jobs!;
      const stats = await jobs.stats(0);
      console.info(
        `chaos: ${report.payments} payments, ${report.refunds} refunds, ${report.notAtAms} never reached AMS; ` +
          `driven in ${Date.now() - started - quiet} ms, quiescent ${quiet} ms later; sync steps ${JSON.stringify(jobs.stepsExecuted)}; dead ${stats.dead}`,
      );
      const failures = gw.logs.filter((line) => line.includes('sync step failed')).slice(0, 5);
      expect({ dead: stats.dead, failures }).toEqual({ dead: 0, failures: [] });
    } finally {
      await sub.dispose();
    }
  }, 150_000);
});
