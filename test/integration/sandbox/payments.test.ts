import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import type { AmsTestClient} from './helpers.js';
import { authorize, NotificationReceiver, payBody, sandboxWithMerchant, uniqueId } from './helpers.js';

describe('sandbox payments, cancels and refunds', () => {
  let sandbox: Sandbox;
  let client: AmsTestClient;
  let receiver: NotificationReceiver;
  let accessToken: string;

  beforeAll(async () => {
    receiver = await new NotificationReceiver().start();
    // Asynchronous outcomes wait 10 s of sandbox time: the tests fire them by time travel, never by racing a timer.
    ({ sandbox, client } = await sandboxWithMerchant({ asyncDelayMs: 10_000 }));
    ({ accessToken } = await authorize(client));
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const notifyUrl = () => `${receiver.url}/notify/payment`;
  const inquiry = (paymentRequestId: string) => client.call('payments/inquiryPayment', { paymentRequestId });
  const notificationFor = (paymentRequestId: string) =>
    receiver.waitFor((r) => r.some((n) => n.body.includes(paymentRequestId))).then((r) => JSON.parse(r.find((n) => n.body.includes(paymentRequestId))!.body) as Record<string, unknown>);

  it('pays synchronously, notifies PAYMENT_RESULT to paymentNotifyUrl, and inquiry shows SUCCESS', async () => {
    const body = payBody(accessToken, '30000', { paymentNotifyUrl: notifyUrl() });
    const answer = await client.call('payments/pay', body);
    expect(answer.json.result.resultCode).toBe('SUCCESS');
    expect(answer.json).toMatchObject({ paymentRequestId: body.paymentRequestId, paymentAmount: { currency: 'PHP', value: '30000' } });
    expect(String(answer.json.paymentId)).toMatch(/^\d{29,}$/);
    expect(answer.json).toHaveProperty('paymentTime');
    const notice = await notificationFor(String(body.paymentRequestId));
    expect(notice).toMatchObject({ notifyType: 'PAYMENT_RESULT', result: { resultStatus: 'S' }, paymentId: answer.json.paymentId });
    const state = await client.call('payments/inquiryPayment', { paymentId: answer.json.paymentId });
    // Customs amounts are in CNY (PHP 300.00 at the sandbox's fixed 0.125).
    expect(state.json).toMatchObject({ paymentStatus: 'SUCCESS', paymentResultCode: 'SUCCESS', customsDeclarationAmount: { currency: 'CNY', value: '3750' } });
  });

  it.each([
    ['01', 'USER_BALANCE_NOT_ENOUGH'],
    ['06', 'RISK_REJECT'],
    ['07', 'USER_AMOUNT_EXCEED_LIMIT'],
    ['08', 'USER_KYC_NOT_QUALIFIED'],
    ['09', 'PAYMENT_AMOUNT_EXCEED_LIMIT'],
  ])('amount ending %s fails with %s, and a repeat returns the same F', async (ending, code) => {
    const body = payBody(accessToken, `100${ending}`);
    const first = await client.call('payments/pay', body);
    expect(first.json.result).toMatchObject({ resultCode: code, resultStatus: 'F' });
    const repeat = await client.call('payments/pay', body);
    expect(repeat.raw).toBe(first.raw);
    expect((await inquiry(String(body.paymentRequestId))).json).toMatchObject({ paymentStatus: 'FAIL', paymentResultCode: code });
  });

  it('ending 02: U PAYMENT_IN_PROCESS, then SUCCESS with a notification; a repeat then answers S', async () => {
    const body = payBody(accessToken, '10002', { paymentNotifyUrl: notifyUrl() });
    const first = await client.call('payments/pay', body);
    expect(first.json.result).toMatchObject({ resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U' });
    expect((await inquiry(String(body.paymentRequestId))).json.paymentStatus).toBe('PROCESSING');
    sandbox.advanceClock(10);
    const notice = await notificationFor(String(body.paymentRequestId));
    expect(notice.result).toMatchObject({ resultCode: 'SUCCESS' });
    expect((await inquiry(String(body.paymentRequestId))).json.paymentStatus).toBe('SUCCESS');
    expect((await client.call('payments/pay', body)).json.result.resultCode).toBe('SUCCESS');
  });

  it('ending 03: U, then FAIL with a failure notification', async () => {
    const body = payBody(accessToken, '10003', { paymentNotifyUrl: notifyUrl() });
    expect((await client.call('payments/pay', body)).json.result.resultStatus).toBe('U');
    sandbox.advanceClock(10);
    const notice = await notificationFor(String(body.paymentRequestId));
    expect(notice.result).toMatchObject({ resultStatus: 'F', resultCode: 'USER_BALANCE_NOT_ENOUGH' });
  });

  it('ending 04: stays PROCESSING until the 1-minute expiry closes it (time travel)', async () => {
    const body = payBody(accessToken, '10004', { paymentNotifyUrl: notifyUrl() });
    expect((await client.call('payments/pay', body)).json.result.resultCode).toBe('PAYMENT_IN_PROCESS');
    sandbox.advanceClock(30);
    expect((await inquiry(String(body.paymentRequestId))).json.paymentStatus).toBe('PROCESSING');
    sandbox.advanceClock(31);
    expect((await inquiry(String(body.paymentRequestId))).json).toMatchObject({ paymentStatus: 'FAIL', paymentResultCode: 'ORDER_IS_CLOSED' });
    expect((await notificationFor(String(body.paymentRequestId))).result).toMatchObject({ resultCode: 'ORDER_IS_CLOSED' });
    expect((await client.call('payments/pay', body)).json.result.resultCode).toBe('ORDER_IS_CLOSED');
  });

  it('ending 05: U UNKNOWN_EXCEPTION first, SUCCESS on a retry with the same paymentRequestId', async () => {
    const body = payBody(accessToken, '10005');
    const first = await client.call('payments/pay', body);
    expect(first.json.result).toMatchObject({ resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U' });
    const retry = await client.call('payments/pay', body);
    expect(retry.json.result.resultCode).toBe('SUCCESS');
  });

  it('honours a shorter paymentExpiryTime and refuses a longer one', async () => {
    const later = new Date(Date.now() + sandbox.clock.now().getTime() - Date.now() + 5 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const tooLong = await client.call('payments/pay', payBody(accessToken, '10004', { paymentExpiryTime: later }));
    expect(tooLong.json.result.resultMessage).toMatch(/^paymentExpiryTime/);
  });

  it('idempotency: same paymentRequestId + different amount or token → REPEAT_REQ_INCONSISTENT', async () => {
    const body = payBody(accessToken, '5000');
    await client.call('payments/pay', body);
    const amount = await client.call('payments/pay', { ...body, paymentAmount: { currency: 'PHP', value: '5001' } });
    expect(amount.json.result).toMatchObject({ resultCode: 'REPEAT_REQ_INCONSISTENT', resultStatus: 'F' });
    const token = await client.call('payments/pay', { ...body, paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: 'OTHER' } });
    expect(token.json.result.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
    const same = await client.call('payments/pay', { ...body, order: { referenceOrderId: 'changed', orderDescription: 'x', orderAmount: { currency: 'PHP', value: '5000' } } });
    expect(same.json.result.resultCode).toBe('SUCCESS');
  });

  it('rejects a token from another wallet and unknown payments', async () => {
    const wrongWallet = await client.call('payments/pay', payBody(accessToken, '100', { paymentMethod: { paymentMethodType: 'DANA', paymentMethodId: accessToken } }));
    expect(wrongWallet.json.result.resultCode).toBe('INVALID_ACCESS_TOKEN');
    expect((await inquiry('NEVER_SEEN')).json.result).toMatchObject({ resultCode: 'ORDER_NOT_EXIST', resultStatus: 'F' });
    expect((await client.call('payments/inquiryPayment', {})).json.result.resultCode).toBe('PARAM_ILLEGAL');
  });

  it('cancels within the window (idempotently), not after T+1 00:15 UTC+8, not after a refund', async () => {
    const paid = await client.call('payments/pay', payBody(accessToken, '7000'));
    const paymentId = String(paid.json.paymentId);
    const cancel = await client.call('payments/cancel', { paymentId });
    expect(cancel.json.result.resultCode).toBe('SUCCESS');
    const again = await client.call('payments/cancel', { paymentId });
    expect(again.json.cancelTime).toBe(cancel.json.cancelTime);
    expect((await client.call('payments/inquiryPayment', { paymentId })).json).toMatchObject({ paymentStatus: 'CANCELLED' });
    expect((await client.call('payments/refund', { refundRequestId: uniqueId('R'), paymentId, refundAmount: { currency: 'PHP', value: '1' } })).json.result.resultCode).toBe('ORDER_IS_CANCELED');

    const refunded = await client.call('payments/pay', payBody(accessToken, '7000'));
    await client.call('payments/refund', { refundRequestId: uniqueId('R'), paymentId: refunded.json.paymentId, refundAmount: { currency: 'PHP', value: '100' } });
    expect((await client.call('payments/cancel', { paymentId: refunded.json.paymentId })).json.result.resultCode).toBe('PROCESS_FAIL');

    const late = await client.call('payments/pay', payBody(accessToken, '7000'));
    sandbox.advanceClock(2 * 86_400);
    expect((await client.call('payments/cancel', { paymentRequestId: late.json.paymentRequestId })).json.result.resultCode).toBe('CANCEL_WINDOW_EXCEED');
    expect((await client.call('payments/cancel', { paymentId: 'NOPE' })).json.result.resultCode).toBe('ORDER_NOT_EXIST');
  });

  it('cancels a processing payment: no late success afterwards', async () => {
    const body = payBody(accessToken, '20002');
    await client.call('payments/pay', body);
    expect((await client.call('payments/cancel', { paymentRequestId: body.paymentRequestId })).json.result.resultCode).toBe('SUCCESS');
    sandbox.advanceClock(11);
    expect((await inquiry(String(body.paymentRequestId))).json.paymentStatus).toBe('CANCELLED');
  });

  it('refunds partially several times while the sum stays ≤ paid; idempotent by refundRequestId', async () => {
    const paid = await client.call('payments/pay', payBody(accessToken, '10000'));
    const paymentId = String(paid.json.paymentId);
    const refund = (refundRequestId: string, value: string) =>
      client.call('payments/refund', { refundRequestId, paymentId, refundAmount: { currency: 'PHP', value } });
    const first = await refund('RF-1', '4000');
    expect(first.json.result.resultCode).toBe('SUCCESS');
    expect(first.json).toHaveProperty('refundId');
    expect((await refund('RF-1', '4000')).raw).toBe(first.raw);
    expect((await refund('RF-1', '4500')).json.result.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
    expect((await refund('RF-2', '6000')).json.result.resultCode).toBe('SUCCESS');
    expect((await refund('RF-3', '1')).json.result.resultCode).toBe('REFUND_AMOUNT_EXCEED');
    const byId = await client.call('payments/inquiryRefund', { refundId: first.json.refundId });
    expect(byId.json).toMatchObject({ refundStatus: 'SUCCESS', refundRequestId: 'RF-1', refundAmount: { value: '4000' } });
    const state = await client.call('payments/inquiryPayment', { paymentId });
    expect((state.json.transactions as unknown[]).length).toBe(2);
    expect((await client.call('payments/inquiryRefund', { refundRequestId: 'NOPE' })).json.result.resultCode).toBe('ORDER_NOT_EXIST');
  });

  it('refuses refunds of unpaid payments, in another currency, and after 12 months', async () => {
    const failed = await client.call('payments/pay', payBody(accessToken, '10001'));
    expect((await client.call('payments/refund', { refundRequestId: uniqueId('R'), paymentId: failed.json.paymentId, refundAmount: { currency: 'PHP', value: '1' } })).json.result.resultCode).toBe('ORDER_STATUS_INVALID');
    const paid = await client.call('payments/pay', payBody(accessToken, '10000'));
    expect((await client.call('payments/refund', { refundRequestId: uniqueId('R'), paymentId: paid.json.paymentId, refundAmount: { currency: 'USD', value: '1' } })).json.result.resultCode).toBe('CURRENCY_NOT_SUPPORT');
    sandbox.advanceClock(366 * 86_400);
    expect((await client.call('payments/refund', { refundRequestId: uniqueId('R'), paymentId: paid.json.paymentId, refundAmount: { currency: 'PHP', value: '1' } })).json.result.resultCode).toBe('REFUND_WINDOW_EXCEED');
  });

  it('async refunds (ending 12 / isAsyncRefund) answer REFUND_IN_PROCESS then notify REFUND_RESULT; ending 13 fails', async () => {
    ({ accessToken } = await authorize(client));
    const paid = await client.call('payments/pay', payBody(accessToken, '10000'));
    const refundNotifyUrl = `${receiver.url}/notify/refund`;
    const asyncRefund = await client.call('payments/refund', { refundRequestId: 'RA-1', paymentId: paid.json.paymentId, refundAmount: { currency: 'PHP', value: '1012' }, refundNotifyUrl });
    expect(asyncRefund.json.result).toMatchObject({ resultCode: 'REFUND_IN_PROCESS', resultStatus: 'U' });
    const failing = await client.call('payments/refund', { refundRequestId: 'RA-2', paymentId: paid.json.paymentId, refundAmount: { currency: 'PHP', value: '1013' }, refundNotifyUrl });
    expect(failing.json.result.resultStatus).toBe('U');
    sandbox.advanceClock(10);
    await receiver.waitFor((r) => r.filter((n) => n.path === '/notify/refund').length >= 2);
    const notices = receiver.received.filter((n) => n.path === '/notify/refund').map((n) => JSON.parse(n.body) as Record<string, unknown>);
    expect(notices.find((n) => n.refundRequestId === 'RA-1')).toMatchObject({ notifyType: 'REFUND_RESULT', refundStatus: 'SUCCESS' });
    expect(notices.find((n) => n.refundRequestId === 'RA-2')).toMatchObject({ refundStatus: 'FAIL', result: { resultStatus: 'F' } });
    const immediate = await client.call('payments/refund', { refundRequestId: 'RA-3', paymentId: paid.json.paymentId, refundAmount: { currency: 'PHP', value: '1011' } });
    expect(immediate.json.result.resultCode).toBe('MERCHANT_BALANCE_NOT_ENOUGH');
  });

  it('exposes ground truth at GET /__sandbox/payments', async () => {
    const truth = (await (await fetch(`${sandbox.url}/__sandbox/payments`)).json()) as { payments: Array<{ status: string }> };
    expect(truth.payments.length).toBeGreaterThan(10);
    expect(new Set(truth.payments.map((p) => p.status))).toEqual(new Set(['SUCCESS', 'FAIL', 'CANCELLED']));
  });
});
