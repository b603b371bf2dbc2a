import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AmsClient,
  isAmsError,
  rawNotificationFromHeaders,
  verifyNotificationAs,
  type AmsResult,
} from '../../../src/ams/index.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { NotificationReceiver, sandboxWithMerchant, uniqueId, type Merchant } from './helpers.js';

/** The sandbox driven through the project's real AMS client, as the gateway will drive it. */
describe('sandbox through the AMS client library', () => {
  let sandbox: Sandbox;
  let merchant: Merchant;
  let receiver: NotificationReceiver;
  let ams: AmsClient;

  beforeAll(async () => {
    receiver = await new NotificationReceiver().start();
    ({ sandbox, merchant } = await sandboxWithMerchant({ asyncDelayMs: 50, notificationTimeScale: 0.001 }, `${receiver.url}/antom/notify`));
    ams = new AmsClient({
      clientId: merchant.clientId,
      baseUrl: sandbox.url,
      merchantPrivateKey: merchant.privateKey,
      alipayPublicKey: sandbox.alipayPublicKey,
      retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
    });
  });
  afterAll(async () => {
    ams.close();
    await sandbox.close();
    await receiver.close();
  });

  const expectS = <T extends AmsResult>(result: T): T => {
    expect({ status: result.status, code: result.code, verified: result.signatureVerified }).toEqual({ status: 'S', code: 'SUCCESS', verified: true });
    return result;
  };

  async function token(): Promise<string> {
    const authState = uniqueId('STATE');
    const consult = expectS(
      await ams.consult({ customerBelongsTo: 'GCASH', authRedirectUrl: 'https://merchant.example/back', scopes: ['AGREEMENT_PAY'], authState, terminalType: 'WEB' }),
    );
    const { authCode } = sandbox.approveAuthorization({ authUrl: String(consult.body.normalUrl) });
    const applied = expectS(await ams.applyToken({ grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode }));
    return String(applied.body.accessToken);
  }

  const payRequest = (accessToken: string, value: string) => ({
    productCode: 'AGREEMENT_PAYMENT' as const,
    paymentRequestId: uniqueId('PAY'),
    paymentAmount: { currency: 'PHP', value },
    paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: accessToken },
    order: { referenceOrderId: uniqueId('ORDER'), orderDescription: 'client-driven', orderAmount: { currency: 'PHP', value } },
    paymentNotifyUrl: `${receiver.url}/antom/notify/payment`,
  });

  it('runs the whole Auto Debit flow on the sandbox path, every answer verified', async () => {
    const accessToken = await token();
    const paid = expectS(await ams.pay(payRequest(accessToken, '12000')));
    const paymentId = String(paid.body.paymentId);
    const inquiry = expectS(await ams.inquiryPayment({ paymentId }));
    expect(inquiry.body.paymentStatus).toBe('SUCCESS');
    const refund = expectS(await ams.refund({ refundRequestId: uniqueId('RF'), paymentId, refundAmount: { currency: 'PHP', value: '2000' } }));
    expectS(await ams.inquiryRefund({ refundId: String(refund.body.refundId) }));
    const other = expectS(await ams.pay(payRequest(accessToken, '500')));
    expectS(await ams.cancel({ paymentId: String(other.body.paymentId) }));
    expectS(await ams.revoke({ accessToken }));
    const dead = await ams.pay(payRequest(accessToken, '500'));
    expect([dead.status, dead.code]).toEqual(['F', 'INVALID_ACCESS_TOKEN']);
  });

  it('delivers notifications the client library verifies and types', async () => {
    const accessToken = await token();
    const request = payRequest(accessToken, '30002');
    const first = await ams.pay(request);
    expect([first.status, first.code]).toEqual(['U', 'PAYMENT_IN_PROCESS']);
    const received = await receiver.waitFor((r) => r.some((n) => n.body.includes(request.paymentRequestId)));
    const notice = received.find((n) => n.body.includes(request.paymentRequestId))!;
    const raw = rawNotificationFromHeaders('POST', notice.path, notice.headers, Buffer.from(notice.body));
    const verdict = verifyNotificationAs('notifyPayment', raw, { alipayPublicKey: sandbox.alipayPublicKey, expectedClientId: merchant.clientId });
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.body.result.resultStatus).toBe('S');
  });

  it('recovers through its retries from sandbox faults (U answer, 503, reset) without double charging', async () => {
    const accessToken = await token();
    sandbox.addFault({ kind: 'unknown', api: 'pay', count: 1 });
    sandbox.addFault({ kind: 'http5xx', api: 'pay', count: 1 });
    sandbox.addFault({ kind: 'reset', api: 'pay', count: 1, applied: true });
    const request = payRequest(accessToken, '800');
    let outcome: AmsResult | undefined;
    for (let round = 0; round < 3 && outcome?.status !== 'S'; round++) {
      try {
        outcome = await ams.pay(request);
      } catch (error) {
        if (!isAmsError(error)) throw error;
      }
    }
    expect(outcome?.status).toBe('S');
    expect(sandbox.payments().filter((p) => p.paymentRequestId === request.paymentRequestId)).toHaveLength(1);
  });

  it('runs declarations and registrations through the client', async () => {
    const accessToken = await token();
    const paid = expectS(await ams.pay({ ...payRequest(accessToken, '9000'), paymentAmount: { currency: 'CNY', value: '9000' } }));
    expectS(
      await ams.declare({
        declarationRequestId: uniqueId('D').slice(0, 32),
        paymentId: String(paid.body.paymentId),
        declarationAmount: { currency: 'CNY', value: '9000' },
        customs: { customsCode: 'ZONGSHU', region: 'CN' },
        merchantCustomsInfo: { merchantCustomsCode: 'MC', merchantCustomsName: 'Merchant' },
        splitOrder: false,
      }),
    );
    const registrationRequestId = uniqueId('REG');
    expectS(
      await ams.registration({
        registrationRequestId,
        productCodes: ['AGREEMENT_PAYMENT'],
        merchantInfo: { referenceMerchantId: uniqueId('SUB'), merchantDisplayName: 'Sub shop', merchantMCC: '5812' },
      }),
    );
    expectS(await ams.inquiryRegistrationStatus({ registrationRequestId }));
  });
});
