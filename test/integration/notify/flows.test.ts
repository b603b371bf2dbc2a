import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import {
  activeAuthorization,
  freePort,
  onboardMerchant,
  pay,
  paymentStatus,
  startNotifyGateway,
  subscribe,
  waitFor,
  type TestMerchant,
} from '../../helpers/notify-env.js';

interface PaymentUpdated {
  paymentUpdated: { cursor: string; event: { type: string; toStatus: string | null; source: string }; payment: { id: string; status: string } | null };
}
const PAYMENT_UPDATED = `subscription($paymentId: ID) { paymentUpdated(paymentId: $paymentId) { cursor event { type toStatus source } payment { id status } } }`;

describe('notifications end to end (sandbox → receiver → inbox → subscribers)', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant;
  let authorizationId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300 });
    gw = await startNotifyGateway();
    shop = await onboardMerchant(gw, sandbox, 'Flows shop');
    authorizationId = await activeAuthorization(gw, sandbox, shop);
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  it('AUTHCODE_CREATED is applied and the code auto-redeemed (ACTIVE), with events from NOTIFICATION', async () => {
    const r = await gw.gql<{ events: { nodes: Array<{ type: string; toStatus: string; source: string }> } }>(
      `query($id: ID) { events(first: 20, aggregateId: $id) { nodes { type toStatus source } } }`,
      { id: authorizationId },
      shop.merchantKey,
    );
    const nodes = r.body.data!.events.nodes;
    expect(nodes).toContainEqual({ type: 'STATUS_CHANGED', toStatus: 'AUTH_CODE_RECEIVED', source: 'NOTIFICATION' });
    expect(nodes).toContainEqual({ type: 'STATUS_CHANGED', toStatus: 'ACTIVE', source: 'RESPONSE' });
  });

  it('a U payment (…02) is resolved by notifyPayment and pushed to a read-only subscriber', async () => {
    const sub = subscribe<PaymentUpdated>(gw.url, shop.readonlyKey, PAYMENT_UPDATED);
    try {
      // Subscribed before the payment exists: wait until the server has registered us (an unrelated event arrives).
      const placed = await pay(gw, shop, authorizationId, '1002');
      expect(placed.payment?.status).toBe('PROCESSING');
      const items = await sub.until((all) => all.some((i) => i.paymentUpdated.event.toStatus === 'SUCCEEDED'), 10_000, 'SUCCEEDED push');
      const done = items.find((i) => i.paymentUpdated.event.toStatus === 'SUCCEEDED')!;
      expect(done.paymentUpdated.event.source).toBe('NOTIFICATION');
      expect(done.paymentUpdated.payment).toEqual({ id: placed.payment!.id, status: 'SUCCEEDED' });
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.dispose();
    }
  });

  it('an asynchronous refund (…12) completes through notifyRefund, pushed to a refundUpdated(paymentId) subscriber', async () => {
    const placed = await pay(gw, shop, authorizationId, '9900');
    const sub = subscribe<{ refundUpdated: { event: { toStatus: string | null; source: string }; refund: { status: string } | null } }>(
      gw.url,
      shop.readonlyKey,
      `subscription($paymentId: ID) { refundUpdated(paymentId: $paymentId) { event { toStatus source } refund { status } } }`,
      { paymentId: placed.payment!.id },
    );
    try {
      // The subscription may register after the refund's first events: it waits for the notification's.
      const refund = await gw.gql<{ refund: { refund: { id: string; status: string } | null } }>(
        `mutation($input: RefundInput!) { refund(input: $input) { refund { id status } errors { code message } } }`,
        { input: { paymentId: placed.payment!.id, amount: { currency: 'PHP', value: '112' } } },
        shop.merchantKey,
      );
      expect(refund.body.data?.refund.refund?.status).toBe('PROCESSING');
      const items = await sub.until((all) => all.some((i) => i.refundUpdated.event.toStatus === 'SUCCEEDED'), 10_000, 'refund SUCCEEDED');
      expect(items.find((i) => i.refundUpdated.event.toStatus === 'SUCCEEDED')).toEqual({
        refundUpdated: { event: { toStatus: 'SUCCEEDED', source: 'NOTIFICATION' }, refund: { status: 'SUCCEEDED' } },
      });
    } finally {
      await sub.dispose();
    }
  });

  it('a secondary-merchant registration completes through notifyRegistrationStatus', async () => {
    const registered = await gw.gql<{ registerMerchant: { registration: { id: string; status: string } | null } }>(
      `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { registration { id status } errors { code message } } }`,
      { input: { referenceMerchantId: `SUB_${Date.now()}`, merchantDisplayName: 'Sub shop', productCodes: ['AGREEMENT_PAYMENT'] } },
      shop.merchantKey,
    );
    const id = registered.body.data?.registerMerchant.registration?.id;
    expect(id, registered.raw).toBeDefined();
    await waitFor(async () => {
      const r = await gw.gql<{ events: { nodes: Array<{ toStatus: string; source: string }> } }>(
        `query($id: ID) { events(first: 20, aggregateId: $id) { nodes { toStatus source } } }`,
        { id },
        shop.merchantKey,
      );
      return r.body.data?.events.nodes.some((n) => n.toStatus === 'COMPLETED' && n.source === 'NOTIFICATION') ? true : undefined;
    }, 10_000, 'registration COMPLETED by notification');
  });

  it('a U payment ending 03 fails through notifyPayment', async () => {
    const placed = await pay(gw, shop, authorizationId, '2003');
    await waitFor(async () => ((await paymentStatus(gw, shop.merchantKey, placed.payment!.id)) === 'FAILED' ? true : undefined));
  });
});

describe('without PUBLIC_BASE_URL: the merchant URL registered at AMS (the "dashboard" URL) receives every kind', () => {
  it('routes by the verified body: AUTHCODE_CREATED and notifyPayment both arrive at /ams/notify/<merchantId>', async () => {
    const sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 200 });
    const port = await freePort();
    const gw = await startTestGateway({ PORT: String(port) });
    try {
      const shop = await onboardMerchant(gw, sandbox, 'Dashboard URL shop');
      sandbox.registerClient({ clientId: shop.clientId, publicKey: shop.keys.publicKeyBase64, notifyUrl: `http://127.0.0.1:${port}/ams/notify/${shop.id}` });
      const authorizationId = await activeAuthorization(gw, sandbox, shop); // needs AUTHCODE_CREATED to arrive
      const placed = await pay(gw, shop, authorizationId, '1002');
      await waitFor(async () => ((await paymentStatus(gw, shop.merchantKey, placed.payment!.id)) === 'SUCCEEDED' ? true : undefined));
    } finally {
      await gw.close();
      await sandbox.close();
    }
  });
});
