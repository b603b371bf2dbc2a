import { afterEach, describe, expect, it } from 'vitest';
import { parseSignatureHeader, verifyMessage } from '../../../src/ams/signing/index.js';
import { ANTOM_RETRY_GAPS_SECONDS, type Sandbox, type SandboxOptions } from '../../../src/sandbox/index.js';
import { authorize, NotificationReceiver, payBody, sandboxWithMerchant, type AmsTestClient, type ReceivedNotification } from './helpers.js';

describe('sandbox notification delivery', () => {
  let sandbox: Sandbox | undefined;
  let receiver: NotificationReceiver | undefined;

  afterEach(async () => {
    await sandbox?.close();
    await receiver?.close();
  });

  async function setup(options: SandboxOptions, failFirst: number): Promise<{ client: AmsTestClient; accessToken: string; receiver: NotificationReceiver }> {
    receiver = await new NotificationReceiver().start();
    const started = await sandboxWithMerchant(options, `${receiver.url}/notify`);
    sandbox = started.sandbox;
    const { accessToken } = await authorize(started.client);
    // authorize() triggers AUTHCODE_CREATED to the registered URL; drain it so each test sees only its own traffic.
    await receiver.waitFor((r) => r.some((n) => n.body.includes('AUTHCODE_CREATED')));
    receiver.received.length = 0;
    // Set only now, so that the authorization notification above was acknowledged and cannot interleave.
    receiver.failFirst = failFirst;
    return { client: started.client, accessToken, receiver };
  }

  const gaps = (received: ReceivedNotification[]) => received.slice(1).map((n, i) => n.receivedAtMs - received[i]!.receivedAtMs);

  it('resends on the 8-step schedule, compressed, until the receiver gives up being down; then EXHAUSTED', async () => {
    const scale = 0.00003;
    const { client, accessToken, receiver: rx } = await setup({ notificationTimeScale: scale }, Number.POSITIVE_INFINITY);
    await client.call('payments/pay', payBody(accessToken, '100'));
    await rx.waitFor((r) => r.length === 8, 10_000);
    const expected = ANTOM_RETRY_GAPS_SECONDS.slice(1).map((s) => s * 1000 * scale);
    gaps(rx.received).forEach((gap, i) => {
      expect(gap, `gap before attempt ${i + 2}`).toBeGreaterThanOrEqual(expected[i]! - 2);
      expect(gap, `gap before attempt ${i + 2}`).toBeLessThan(expected[i]! * 1.5 + 150);
    });
    await expect.poll(() => sandbox!.notifications({ type: 'notifyPayment' })[0]?.state).toBe('EXHAUSTED');
    expect(new Set(rx.received.map((n) => n.body)).size).toBe(1);
  });

  it('stops as soon as the exact success body acknowledges, and logs every attempt', async () => {
    const { client, accessToken, receiver: rx } = await setup({ notificationTimeScale: 0.0001 }, 2);
    await client.call('payments/pay', payBody(accessToken, '100'));
    await rx.waitFor((r) => r.length === 3);
    await expect.poll(() => sandbox!.notifications({ type: 'notifyPayment' })[0]?.state).toBe('ACKNOWLEDGED');
    const [record] = sandbox!.notifications({ type: 'notifyPayment' });
    expect(record?.attempts.map((a) => [a.attempt, a.httpStatus, a.acknowledged])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    const log = (await (await fetch(`${sandbox!.url}/__sandbox/notifications?type=notifyPayment`)).json()) as { notifications: unknown[] };
    expect(log.notifications).toHaveLength(1);
  });

  it("never retries in 'never' mode, like Antom's sandbox", async () => {
    const { client, accessToken, receiver: rx } = await setup({ notificationRetries: 'never', notificationTimeScale: 0.0001 }, 1);
    await client.call('payments/pay', payBody(accessToken, '100'));
    await expect.poll(() => sandbox!.notifications({ type: 'notifyPayment' })[0]?.state).toBe('FAILED');
    expect(rx.received).toHaveLength(1);
  });

  it('retries follow time travel: advancing the clock fires a pending resend', async () => {
    const { client, accessToken, receiver: rx } = await setup({}, 1);
    await client.call('payments/pay', payBody(accessToken, '100'));
    await rx.waitFor((r) => r.length === 1);
    await expect.poll(() => sandbox!.notifications({ type: 'notifyPayment' })[0]?.attempts.length).toBe(1);
    sandbox!.advanceClock(120);
    await rx.waitFor((r) => r.length === 2);
  });

  it('signs each notification over POST, the notify path and the merchant client id; badNotificationSignature breaks it', async () => {
    const { client, accessToken, receiver: rx } = await setup({}, 0);
    const verify = (n: ReceivedNotification) =>
      verifyMessage(
        { method: 'POST', path: n.path, clientId: String(n.headers['client-id']), time: String(n.headers['request-time']), body: n.body },
        parseSignatureHeader(String(n.headers.signature)).signature,
        sandbox!.alipayPublicKey,
      );
    await client.call('payments/pay', payBody(accessToken, '100'));
    await rx.waitFor((r) => r.length === 1);
    expect(verify(rx.received[0]!)).toBe(true);
    sandbox!.addFault({ kind: 'badNotificationSignature', api: 'notifyPayment', count: 1 });
    await client.call('payments/pay', payBody(accessToken, '100'));
    await rx.waitFor((r) => r.length === 2);
    expect(verify(rx.received[1]!)).toBe(false);
  });

  it('duplicateNotification delivers a second copy; reorderNotification lets a later one overtake', async () => {
    const { client, accessToken, receiver: rx } = await setup({}, 0);
    sandbox!.addFault({ kind: 'duplicateNotification', count: 1 });
    const dup = payBody(accessToken, '100');
    await client.call('payments/pay', dup);
    await rx.waitFor((r) => r.filter((n) => n.body.includes(String(dup.paymentRequestId))).length === 2);

    sandbox!.addFault({ kind: 'reorderNotification', api: 'notifyPayment', count: 1, delayMs: 300 });
    const first = payBody(accessToken, '100');
    const second = payBody(accessToken, '100');
    await client.call('payments/pay', first);
    await client.call('payments/pay', second);
    await rx.waitFor((r) => r.some((n) => n.body.includes(String(first.paymentRequestId))));
    const order = rx.received.map((n) => (JSON.parse(n.body) as { paymentRequestId: string }).paymentRequestId);
    expect(order.indexOf(String(second.paymentRequestId))).toBeLessThan(order.indexOf(String(first.paymentRequestId)));
  });

  it('bounds the delivery log: a notification pushed out of it stops being resent', async () => {
    const { client, accessToken, receiver: rx } = await setup({ stateLimit: 2 }, Number.POSITIVE_INFINITY);
    for (let i = 0; i < 3; i++) await client.call('payments/pay', payBody(accessToken, '100'));
    await rx.waitFor((r) => r.length === 3);
    await expect.poll(() => sandbox!.notifications().map((n) => n.attempts.length)).toEqual([1, 1]);
    sandbox!.advanceClock(120);
    await rx.waitFor((r) => r.length === 5);
    await expect.poll(() => sandbox!.notifications().map((n) => n.attempts.length)).toEqual([2, 2]);
    expect(rx.received).toHaveLength(5);
  });
});
