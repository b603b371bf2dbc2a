import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox, SandboxOptions } from '../../../src/sandbox/index.js';
import { authorize, NotificationReceiver, payBody, sandboxWithMerchant, type AmsTestClient } from './helpers.js';

describe('sandbox behaviour switches', () => {
  let sandbox: Sandbox | undefined;
  let receiver: NotificationReceiver | undefined;
  afterEach(async () => {
    await sandbox?.close();
    await receiver?.close();
  });

  async function start(options: SandboxOptions): Promise<AmsTestClient> {
    receiver = await new NotificationReceiver().start();
    const started = await sandboxWithMerchant(options, `${receiver.url}/n`);
    sandbox = started.sandbox;
    return started.client;
  }

  it('notifyOnRevoke sends TOKEN_CANCELED for a merchant revoke', async () => {
    const client = await start({ notifyOnRevoke: true });
    const { accessToken } = await authorize(client);
    await client.call('authorizations/revoke', { accessToken });
    await receiver!.waitFor((r) => r.some((n) => n.body.includes('TOKEN_CANCELED')));
  });

  it("revokeDeadToken: 'SUCCESS' makes a repeated revoke succeed", async () => {
    const client = await start({ revokeDeadToken: 'SUCCESS' });
    const { accessToken } = await authorize(client);
    await client.call('authorizations/revoke', { accessToken });
    expect((await client.call('authorizations/revoke', { accessToken })).json.result.resultCode).toBe('SUCCESS');
    expect((await client.call('authorizations/revoke', { accessToken: 'NEVER_ISSUED' })).json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
  });

  it('refreshKeepsOldAccessToken keeps the replaced token usable', async () => {
    const client = await start({ refreshKeepsOldAccessToken: true });
    const { accessToken, refreshToken } = await authorize(client);
    await client.call('authorizations/applyToken', { grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken });
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultCode).toBe('SUCCESS');
  });

  it('notifySyncPaymentResults: false sends notifyPayment only for asynchronous outcomes', async () => {
    const client = await start({ notifySyncPaymentResults: false });
    const { accessToken } = await authorize(client);
    const syncPay = payBody(accessToken, '100');
    const asyncPay = payBody(accessToken, '102');
    await client.call('payments/pay', syncPay);
    await client.call('payments/pay', asyncPay);
    await receiver!.waitFor((r) => r.some((n) => n.body.includes(String(asyncPay.paymentRequestId))));
    expect(receiver!.received.some((n) => n.body.includes(String(syncPay.paymentRequestId)))).toBe(false);
  });

  it('uses a given private key and publicUrl', async () => {
    const { generateKeyPairSync, createPublicKey } = await import('node:crypto');
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const client = await start({ privateKey: key, publicUrl: 'https://sandbox.example/' });
    expect(sandbox!.alipayPublicKey).toBe(createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('base64'));
    const consult = await client.call('authorizations/consult', {
      customerBelongsTo: 'GCASH',
      authRedirectUrl: 'https://m.example/r',
      scopes: ['AGREEMENT_PAY'],
      authState: 'S',
    });
    expect(String(consult.json.normalUrl)).toMatch(/^https:\/\/sandbox\.example\/__sandbox\/authorize\//);
  });
});
