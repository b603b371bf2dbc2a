import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { OffsetClock } from '../../../src/shared/clock.js';
import { waitFor } from '../../helpers/notify-env.js';
import { startWebhookReceiver } from '../../helpers/webhook-receiver.js';
import {
  appendEvents,
  createEndpoint,
  createWebhookMerchant,
  deliveries,
  ENDPOINT_QUERY,
  startWebhookGateway,
} from '../../helpers/webhook-env.js';

const ROTATE = `mutation($id: ID!, $grace: Int) { rotateWebhookEndpointSecret(id: $id, graceSeconds: $grace) { secret endpoint { previousSecretExpiresAt } errors { code field } } }`;
const HOUR = 3_600_000;

describe('webhooks: rotation, SSRF, isolation, a day of downtime', () => {
  const cleanups: Array<() => Promise<void>> = [];
  const receiver = async () => {
    const r = await startWebhookReceiver();
    cleanups.push(() => r.close());
    return r;
  };
  const gateway = async (env: Record<string, string> = {}, clock?: OffsetClock) => {
    const gw = await startWebhookGateway(env, clock);
    cleanups.push(() => gw.close());
    return gw;
  };
  afterAll(async () => {
    for (const step of cleanups.reverse()) await step();
  });

  it('rotating the secret signs with both during the grace period, then with the new one only', { timeout: 90_000 }, async () => {
    const clock = new OffsetClock();
    const gw = await gateway({ WEBHOOK_RETRY_SCHEDULE_SECONDS: '0.5,0.5,0.5,0.5,0.5' }, clock);
    const shop = await createWebhookMerchant(gw);
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_1' }]);
    await hooks.until((all) => all.length === 1, 10_000, 'first webhook');
    expect(hooks.received[0]!.signatures).toHaveLength(1);

    const rotated = await gw.gql<{ rotateWebhookEndpointSecret: { secret: string; endpoint: { previousSecretExpiresAt: string } } }>(ROTATE, { id: endpoint.id, grace: 3600 }, shop.merchantKey);
    const fresh = rotated.body.data!.rotateWebhookEndpointSecret.secret;
    expect(fresh).not.toBe(endpoint.secret);
    // A receiver that still has only the old secret accepts; one that has only the new one accepts too.
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_2' }]);
    await hooks.until((all) => all.length === 2, 10_000, 'old-secret receiver');
    hooks.secrets = [fresh];
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_3' }]);
    await hooks.until((all) => all.length === 3, 10_000, 'new-secret receiver');
    expect(hooks.received[2]!.signatures).toHaveLength(2);

    // After the grace period only the new secret signs: a receiver with only the old one refuses.
    clock.advance(2 * HOUR);
    hooks.secrets = [endpoint.secret];
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_4' }]);
    await waitFor(() => (hooks.rejected.length >= 1 ? true : undefined), 10_000, 'old secret refused');
    hooks.secrets = [fresh];
    await hooks.until((all) => all.length === 4, 10_000, 'retry verified with the new secret');
    expect(hooks.received[3]!.signatures).toHaveLength(1);

    const bad = await gw.gql<{ rotateWebhookEndpointSecret: { errors: Array<{ code: string; field: string }> } }>(ROTATE, { id: endpoint.id, grace: -1 }, shop.merchantKey);
    expect(bad.body.data!.rotateWebhookEndpointSecret.errors).toEqual([{ code: 'INVALID', field: 'graceSeconds' }]);
  });

  it('refuses private addresses at registration and, for host names, at connect time (SSRF)', { timeout: 90_000 }, async () => {
    const gw = await gateway({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false', WEBHOOK_RETRY_SCHEDULE_SECONDS: '60' });
    const shop = await createWebhookMerchant(gw);
    const hooks = await receiver();
    const port = new URL(hooks.url).port;
    for (const url of [`http://127.0.0.1:${port}/`, 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://10.1.2.3/', `http://localhost:${port}/`, 'http://[::ffff:127.0.0.1]/']) {
      const r = await gw.gql<{ createWebhookEndpoint: { errors: Array<{ code: string; field: string }> } }>(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret errors { code field message } } }`,
        { input: { url } },
        shop.merchantKey,
      );
      expect(r.body.data!.createWebhookEndpoint.errors, url).toEqual([expect.objectContaining({ code: 'INVALID', field: 'url' })]);
    }
    // A host name is accepted at registration, but what it resolves to is checked when connecting.
    const name = hostname();
    const resolved = await lookup(name);
    expect(['127.', '10.', '172.', '192.168.', '::1'].some((p) => resolved.address.startsWith(p)), `${name} resolves to ${resolved.address}`).toBe(true);
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: `http://${name}:${port}/hooks` });
    hooks.secrets = [endpoint.secret];
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_ssrf' }]);
    const [entry] = await waitFor(async () => {
      const log = await deliveries(gw, shop.merchantKey, endpoint.id);
      return log[0]?.attemptCount === 1 ? log : undefined;
    }, 10_000, 'refused attempt');
    expect(entry!.attempts[0]).toMatchObject({ statusCode: null, succeeded: false });
    expect(entry!.attempts[0]!.error).toContain(`${name} resolves to ${resolved.address}`);
    expect(hooks.received).toHaveLength(0);
  });

  it('a slow endpoint does not slow another', { timeout: 90_000 }, async () => {
    const gw = await gateway({ WEBHOOK_TIMEOUT_MS: '3000', WEBHOOK_RETRY_SCHEDULE_SECONDS: '60' });
    const shop = await createWebhookMerchant(gw);
    const slow = await receiver();
    const fast = await receiver();
    const slowEndpoint = await createEndpoint(gw, shop.merchantKey, { url: slow.url });
    const fastEndpoint = await createEndpoint(gw, shop.merchantKey, { url: fast.url });
    slow.secrets = [slowEndpoint.secret];
    fast.secrets = [fastEndpoint.secret];
    slow.answer = () => 'hang';
    const started = Date.now();
    for (let i = 0; i < 10; i++) await appendEvents(gw, shop.id, [{ aggregateId: `pay_s${i}` }]);
    await fast.until((all) => all.length === 10, 10_000, 'fast endpoint');
    // All ten reached the fast endpoint while the slow one still had its first requests hanging (3 s timeout).
    expect(Date.now() - started).toBeLessThan(2_500);
    const slowLog = await deliveries(gw, shop.merchantKey, slowEndpoint.id);
    expect(slowLog.every((d) => d.status === 'PENDING')).toBe(true);
    const [timedOut] = await waitFor(async () => {
      const log = await deliveries(gw, shop.merchantKey, slowEndpoint.id);
      const tried = log.filter((d) => d.attemptCount > 0);
      return tried.length > 0 ? tried : undefined;
    }, 10_000, 'slow attempts recorded');
    expect(timedOut!.attempts[0]!.error).toBe('timed out after 3000 ms');
  });

  it('a receiver down for a simulated day gets everything afterwards, in order per aggregate', { timeout: 90_000 }, async () => {
    const clock = new OffsetClock();
    const gw = await gateway({}, clock);
    const shop = await createWebhookMerchant(gw);
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    let down = true;
    hooks.answer = () => (down ? { status: 503, body: 'down for maintenance' } : { status: 204 });
    const ids: string[] = [];
    // Time jumps only once every attempt the receiver answered is recorded (a retry is scheduled from its record).
    const settled = () =>
      waitFor(async () => {
        const log = await deliveries(gw, shop.merchantKey, endpoint.id);
        return log.reduce((sum, d) => sum + d.attemptCount, 0) === hooks.received.length ? true : undefined;
      }, 10_000, 'attempts recorded');
    // A day of traffic in 2-hour steps: every step's events fail, and earlier ones are retried (and fail) as due.
    for (let hour = 0; hour < 24; hour += 2) {
      ids.push(...(await appendEvents(gw, shop.id, [{ aggregateId: 'pay_day_A', toStatus: `S${hour}` }, { aggregateId: `pay_day_${hour}` }])));
      ids.push(...(await appendEvents(gw, shop.id, [{ aggregateId: 'pay_day_A', toStatus: `T${hour}` }])));
      const seen = hooks.received.length;
      await hooks.until((all) => all.length > seen, 10_000, `attempts at hour ${hour}`);
      await settled();
      clock.advance(2 * HOUR);
      await gw.gateway.webhooks!.sweep();
    }
    const failing = await gw.gql<{ webhookEndpoint: { status: string; failingSince: string | null } }>(ENDPOINT_QUERY, { id: endpoint.id }, shop.merchantKey);
    expect(failing.body.data!.webhookEndpoint).toMatchObject({ status: 'ENABLED', failingSince: expect.any(String) });

    await settled();
    down = false;
    const failedAttempts = hooks.received.length;
    clock.advance(24 * HOUR);
    await gw.gateway.webhooks!.sweep();
    const delivered = (all: typeof hooks.received) => new Set(all.slice(failedAttempts).map((w) => w.webhookId));
    await hooks.until((all) => delivered(all).size === ids.length, 20_000, 'everything after the outage');
    const after = hooks.received.slice(failedAttempts);
    expect([...delivered(hooks.received)].sort()).toEqual(ids.map((id) => `msg_${id}`).sort());
    // One aggregate's 24 events arrive in event order.
    const aggregateA = after.filter((w) => w.body.data.aggregateId === 'pay_day_A').map((w) => BigInt(w.body.data.id as string));
    expect(aggregateA).toHaveLength(24);
    expect(aggregateA).toEqual([...aggregateA].sort((a, b) => (a < b ? -1 : 1)));
    const healthy = await gw.gql<{ webhookEndpoint: { status: string; failingSince: string | null } }>(ENDPOINT_QUERY, { id: endpoint.id }, shop.merchantKey);
    expect(healthy.body.data!.webhookEndpoint).toMatchObject({ status: 'ENABLED', failingSince: null });
    expect(hooks.rejected).toEqual([]);
  });

  it('an endpoint failing for WEBHOOK_DISABLE_AFTER_DAYS is disabled with an event', { timeout: 90_000 }, async () => {
    const clock = new OffsetClock();
    const gw = await gateway({ WEBHOOK_DISABLE_AFTER_DAYS: '1' }, clock);
    const shop = await createWebhookMerchant(gw);
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    hooks.answer = () => ({ status: 500 });
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_dead' }]);
    // The streak starts when the failed attempt is recorded (not when the receiver answered).
    await waitFor(async () => {
      const r = await gw.gql<{ webhookEndpoint: { failingSince: string | null } }>(ENDPOINT_QUERY, { id: endpoint.id }, shop.merchantKey);
      return r.body.data?.webhookEndpoint.failingSince ?? undefined;
    }, 10_000, 'first failure recorded');
    clock.advance(25 * HOUR);
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_dead_2' }]);
    const state = await waitFor(async () => {
      const r = await gw.gql<{ webhookEndpoint: { status: string; disabledReason: string | null } }>(ENDPOINT_QUERY, { id: endpoint.id }, shop.merchantKey);
      return r.body.data?.webhookEndpoint.status === 'DISABLED' ? r.body.data.webhookEndpoint : undefined;
    }, 10_000, 'disabled for failing');
    expect(state.disabledReason).toBe('FAILING');
    const events = await gw.gql<{ events: { nodes: Array<{ type: string; payload: { reason: string } }> } }>(
      `query($id: ID) { events(first: 10, aggregateId: $id) { nodes { type payload } } }`,
      { id: endpoint.id },
      shop.merchantKey,
    );
    expect(events.body.data!.events.nodes).toEqual([{ type: 'WEBHOOK_ENDPOINT_DISABLED', payload: expect.objectContaining({ reason: 'FAILING' }) }]);
  });
});
