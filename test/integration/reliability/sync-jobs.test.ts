import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AmsClient } from '../../../src/ams/index.js';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, onboardMerchant, pay, paymentStatus, waitFor, type TestMerchant } from '../../helpers/notify-env.js';
import { startReliabilityGateway } from '../../helpers/reliability-env.js';

const JOBS = `query { jobs(recent: 50) { pending active failed dead queues { queue pending active completed failed } recent { queue state recordId } } }`;

describe('sync jobs resolve unknown outcomes (no notifications: only jobs can resolve)', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant;
  let authorizationId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300 });
    // Notifications on for the consult (AUTHCODE_CREATED), then the payments run without a notify URL.
    gw = await startReliabilityGateway();
    shop = await onboardMerchant(gw, sandbox, 'Sync shop');
    authorizationId = await activeAuthorization(gw, sandbox, shop);
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  const sandboxStatus = (requestId: string) => sandbox.payments(shop.clientId).find((p) => p.paymentRequestId === requestId)?.status;

  it('a pay lost on the way (5xx, never reached AMS) is resent with the same paymentRequestId and succeeds', async () => {
    sandbox.addFault({ kind: 'http5xx', api: 'pay', count: 1, clientId: shop.clientId });
    const placed = await pay(gw, shop, authorizationId, '1000');
    expect(placed.payment?.status).toBe('PROCESSING');
    await waitFor(async () => ((await paymentStatus(gw, shop.merchantKey, placed.payment!.id)) === 'SUCCEEDED' ? true : undefined), 15_000, 'SUCCEEDED');
    expect(sandbox.payments(shop.clientId).filter((p) => p.paymentRequestId === placed.payment!.paymentRequestId)).toHaveLength(1);
    expect(sandboxStatus(placed.payment!.paymentRequestId)).toBe('SUCCESS');
    // The step's own SYNC_STEP event is written right after the transition it caused.
    await waitFor(async () => {
      const events = await gw.gql<{ events: { nodes: Array<{ type: string; source: string; payload: { action?: string } }> } }>(
        `query($id: ID) { events(first: 50, aggregateId: $id) { nodes { type source payload } } }`,
        { id: placed.payment!.id },
        shop.merchantKey,
      );
      return events.body.data!.events.nodes.some((n) => n.type === 'SYNC_STEP' && n.source === 'JOB' && n.payload.action === 'RESEND_PAY') ? true : undefined;
    }, 10_000, 'the RESEND_PAY step event');
  });

  it('a payment that never finalises is cancelled when the window closes, and agrees with AMS', async () => {
    sandbox.addFault({ kind: 'timeout', api: 'pay', count: 1, clientId: shop.clientId, delayMs: 1000 });
    const placed = await pay(gw, shop, authorizationId, '1004');
    expect(placed.payment?.status).toBe('PROCESSING');
    await waitFor(async () => ((await paymentStatus(gw, shop.merchantKey, placed.payment!.id)) === 'CANCELLED' ? true : undefined), 20_000, 'CANCELLED');
    expect(sandboxStatus(placed.payment!.paymentRequestId)).toBe('CANCELLED');
  });

  it('a success whose cancel went out unrecorded (a crash) is followed until AMS says CANCELLED, even after a stale success', async () => {
    const placed = await pay(gw, shop, authorizationId, '1000');
    expect(placed.payment?.status).toBe('SUCCEEDED');
    const paymentId = placed.payment!.id;
    // Another instance persisted its cancel intent, sent the cancel (AMS cancelled) and died before recording it.
    await gw.gateway.orm.em.getConnection().execute(`update payments set cancel_requested_at = now() where id = ?`, [paymentId]);
    const client = new AmsClient({
      clientId: shop.clientId,
      baseUrl: sandbox.url,
      merchantPrivateKey: shop.keys.privateKeyBase64,
      alipayPublicKey: sandbox.alipayPublicKey,
    });
    try {
      const cancelled = await client.cancel({ paymentRequestId: placed.payment!.paymentRequestId });
      expect(cancelled.status).toBe('S');
    } finally {
      client.close();
    }
    expect(sandboxStatus(placed.payment!.paymentRequestId)).toBe('CANCELLED');
    // The gateway still says SUCCEEDED (as a stale notifyPayment would keep saying); the sweep finds the open cancel.
    expect(await paymentStatus(gw, shop.merchantKey, paymentId)).toBe('SUCCEEDED');
    await gw.gateway.jobs!.sweep();
    await waitFor(async () => ((await paymentStatus(gw, shop.merchantKey, paymentId)) === 'CANCELLED' ? true : undefined), 15_000, 'CANCELLED');
  });

  it('a registration accepted by AMS (PROCESSING) is followed by its sync job to COMPLETED without any inquiry call', async () => {
    // Every notifyRegistrationStatus is refused, so only the job can settle it.
    sandbox.addFault({ kind: 'badNotificationSignature', api: 'notifyRegistrationStatus' });
    const r = await gw.gql<{ registerMerchant: { registration: { id: string; status: string } | null; errors: unknown[] } }>(
      `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { registration { id status } errors { code } } }`,
      { input: { referenceMerchantId: `SUBSYNC${Date.now()}`, merchantDisplayName: 'Sub', merchantMcc: '5411', websiteUrl: 'https://sub.example', legalName: 'Sub Ltd', region: 'SG' } },
      shop.merchantKey,
    );
    const registration = r.body.data!.registerMerchant.registration!;
    expect(registration.status).toBe('PROCESSING');
    await waitFor(async () => {
      const q = await gw.gql<{ registration: { status: string } | null }>(`query($id: ID!) { registration(id: $id) { status } }`, { id: registration.id }, shop.merchantKey);
      return q.body.data?.registration?.status === 'COMPLETED' ? true : undefined;
    }, 15_000, 'registration COMPLETED by the sync job');
    const events = await gw.gql<{ events: { nodes: Array<{ type: string; source: string; toStatus: string | null }> } }>(
      `query($id: ID) { events(first: 50, aggregateId: $id) { nodes { type source toStatus } } }`,
      { id: registration.id },
      shop.merchantKey,
    );
    expect(events.body.data!.events.nodes).toContainEqual({ type: 'STATUS_CHANGED', source: 'INQUIRY', toStatus: 'COMPLETED' });
  });

  it('the jobs query shows the queues to an admin and refuses a merchant key', async () => {
    const admin = await gw.gql<{ jobs: { queues: Array<{ queue: string; completed: number }>; dead: number } }>(JOBS);
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data!.jobs.queues.find((q) => q.queue === 'payment-sync')!.completed).toBeGreaterThan(0);
    expect(admin.body.data!.jobs.dead).toBe(0);
    const merchant = await gw.gql(JOBS, {}, shop.merchantKey);
    expect(merchant.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
