import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, onboardMerchant, pay, waitFor, type TestMerchant } from '../../helpers/notify-env.js';
import { startReliabilityGateway } from '../../helpers/reliability-env.js';

const RESOLVE = `mutation($id: ID!, $status: PaymentStatus!, $reason: String!) {
  resolvePaymentManually(id: $id, status: $status, reason: $reason) { payment { id status statusReason } errors { code field message } } }`;
const OUTBOUND = `query { outbound { merchantId inFlight queued maxInFlight breaker consecutiveFailures lastFailure } }`;
const PAY_FULL = `mutation($input: PayInput!) { pay(input: $input) { payment { id status failure { code message } } ams { status code message } errors { code } } }`;

interface Lane {
  merchantId: string;
  maxInFlight: number;
  breaker: string;
  consecutiveFailures: number;
}

/** Jobs off and no notifications: nothing settles a PROCESSING payment behind the test's back. */
describe('admin override, circuit breaker and concurrency limit', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant;
  let authorizationId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 60_000 });
    gw = await startReliabilityGateway({ JOBS_ENABLED: 'false', OUTBOUND_CONCURRENCY: '2', OUTBOUND_BREAKER_FAILURES: '3', OUTBOUND_BREAKER_COOLDOWN_MS: '1500' });
    shop = await onboardMerchant(gw, sandbox, 'Protected shop');
    authorizationId = await activeAuthorization(gw, sandbox, shop);
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  const lane = async (): Promise<Lane> => {
    const r = await gw.gql<{ outbound: Lane[] }>(OUTBOUND);
    return r.body.data!.outbound.find((l) => l.merchantId === shop.id)!;
  };

  it('resolvePaymentManually: admin only, reason required, obeys the status machine, recorded with reason and key id', async () => {
    const placed = await pay(gw, shop, authorizationId, '2004');
    expect(placed.payment?.status).toBe('PROCESSING');
    const id = placed.payment!.id;

    const asMerchant = await gw.gql(RESOLVE, { id, status: 'FAILED', reason: 'ops ticket 1' }, shop.merchantKey);
    expect(asMerchant.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const noReason = await gw.gql<{ resolvePaymentManually: { errors: Array<{ code: string; field: string }> } }>(RESOLVE, { id, status: 'FAILED', reason: '  ' });
    expect(noReason.body.data!.resolvePaymentManually.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'reason' })]);

    const done = await gw.gql<{ resolvePaymentManually: { payment: { status: string; statusReason: string } | null; errors: unknown[] } }>(RESOLVE, {
      id,
      status: 'FAILED',
      reason: 'AMS support confirmed no debit (ticket 1)',
    });
    expect(done.body.data!.resolvePaymentManually.errors).toEqual([]);
    expect(done.body.data!.resolvePaymentManually.payment!.status).toBe('FAILED');

    const backwards = await gw.gql<{ resolvePaymentManually: { errors: Array<{ code: string }> } }>(RESOLVE, { id, status: 'SUCCEEDED', reason: 'oops' });
    expect(backwards.body.data!.resolvePaymentManually.errors[0]!.code).toBe('INVALID_STATE');

    const events = await gw.gql<{ events: { nodes: Array<{ type: string; source: string; toStatus: string | null; payload: Record<string, unknown> }> } }>(
      `query($id: ID) { events(first: 20, aggregateId: $id) { nodes { type source toStatus payload } } }`,
      { id },
      shop.merchantKey,
    );
    const manual = events.body.data!.events.nodes.find((n) => n.source === 'ADMIN')!;
    expect(manual).toMatchObject({ type: 'STATUS_CHANGED', toStatus: 'FAILED' });
    expect(manual.payload).toMatchObject({ reason: 'AMS support confirmed no debit (ticket 1)', manual: true });
    expect(String(manual.payload.adminKeyId)).not.toBe('');
  });

  it('the concurrency limit holds: at most OUTBOUND_CONCURRENCY calls in flight toward AMS per merchant', async () => {
    sandbox.addFault({ kind: 'latency', api: 'pay', delayMs: 250, count: 8, clientId: shop.clientId });
    const placed = await Promise.all(Array.from({ length: 8 }, (_, i) => pay(gw, shop, authorizationId, `${30 + i}00`)));
    expect(placed.every((p) => p.payment?.status === 'SUCCEEDED')).toBe(true);
    expect((await lane()).maxInFlight).toBe(2);
  });

  it('the breaker opens after N consecutive 5xx, fails fast as NOT_SENT, and closes after a successful probe', async () => {
    sandbox.addFault({ kind: 'http5xx', api: 'pay', count: 3, clientId: shop.clientId });
    for (const value of ['4100', '4200', '4300']) expect((await pay(gw, shop, authorizationId, value)).payment?.status).toBe('PROCESSING');
    expect(await lane()).toMatchObject({ breaker: 'OPEN', consecutiveFailures: 3 });

    const before = sandbox.payments(shop.clientId).length;
    const refused = await gw.gql<{ pay: { payment: { status: string; failure: { code: string; message: string } }; ams: { status: string; code: string } } }>(
      PAY_FULL,
      { input: { authorizationId, amount: { currency: 'PHP', value: '4400' }, orderDescription: 'fast fail', referenceOrderId: 'ff-1' } },
      shop.merchantKey,
    );
    expect(refused.body.data!.pay.payment.status).toBe('FAILED');
    expect(refused.body.data!.pay.payment.failure.code).toBe('NOT_SENT');
    expect(refused.body.data!.pay.ams).toMatchObject({ status: 'NOT_SENT', code: 'CIRCUIT_OPEN' });
    expect(sandbox.payments(shop.clientId).length).toBe(before);

    // After the cool-down one probe goes through; its success closes the breaker.
    const probed = await waitFor(async () => {
      const p = await pay(gw, shop, authorizationId, '4500');
      return p.payment?.status === 'SUCCEEDED' ? p : undefined;
    }, 10_000, 'a successful probe');
    expect(probed.payment?.status).toBe('SUCCEEDED');
    expect((await lane()).breaker).toBe('CLOSED');
  });
});

describe('token lifecycle', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant;
  let authorizationId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300, accessTokenTtlSeconds: 30 * 86_400 });
    gw = await startReliabilityGateway({ TOKEN_REFRESH_LEAD_SECONDS: '3600', TOKEN_SCAN_INTERVAL_SECONDS: '0.5' });
    shop = await onboardMerchant(gw, sandbox, 'Token shop');
    authorizationId = await activeAuthorization(gw, sandbox, shop);
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  const authorizationEvents = async () =>
    (
      await gw.gql<{ events: { nodes: Array<{ type: string; source: string }> } }>(
        `query($id: ID) { events(first: 50, aggregateId: $id) { nodes { type source } } }`,
        { id: authorizationId },
        shop.merchantKey,
      )
    ).body.data!.events.nodes;

  it('a pay that meets a dead token (sandbox clock +31 days) refreshes it once and fails clearly; the next pay succeeds', async () => {
    sandbox.advanceClock(31 * 86_400);
    const r = await gw.gql<{ pay: { payment: { status: string; failure: { code: string; message: string } } } }>(
      PAY_FULL,
      { input: { authorizationId, amount: { currency: 'PHP', value: '5000' }, orderDescription: 'after jump', referenceOrderId: 'tok-1' } },
      shop.merchantKey,
    );
    expect(r.body.data!.pay.payment.status).toBe('FAILED');
    expect(r.body.data!.pay.payment.failure.code).toBe('INVALID_ACCESS_TOKEN');
    expect(r.body.data!.pay.payment.failure.message).toContain('refreshed');
    expect((await authorizationEvents()).some((e) => e.type === 'TOKEN_REFRESHED')).toBe(true);
    expect((await pay(gw, shop, authorizationId, '5100')).payment?.status).toBe('SUCCEEDED');
    expect(JSON.stringify(gw.logs)).not.toMatch(/"accessToken":"[^[]/);
  });

  it('the token scan refreshes tokens about to expire (lead time) before any pay needs it', async () => {
    // Expire the stored expiry into the lead window as seen by the gateway clock.
    await gw.gateway.orm.em.getConnection().execute(`update authorizations set access_token_expires_at = now() + interval '10 minutes' where id = ?`, [authorizationId]);
    const count = (await authorizationEvents()).filter((e) => e.type === 'TOKEN_REFRESHED').length;
    await waitFor(async () => ((await authorizationEvents()).filter((e) => e.type === 'TOKEN_REFRESHED').length > count ? true : undefined), 10_000, 'a proactive refresh');
    expect((await pay(gw, shop, authorizationId, '5200')).payment?.status).toBe('SUCCEEDED');
  });
});
