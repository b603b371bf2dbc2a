import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSignatureHeader, NOTIFICATION_ACK_BODY, signMessage } from '../../../src/ams/index.js';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { formatAmsDateTime } from '../../../src/shared/time.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { generateRsaKeyPair } from '../../helpers/keys.js';
import {
  activeAuthorization,
  onboardMerchant,
  pay,
  paymentStatus,
  startNotifyGateway,
  waitFor,
  type TestMerchant,
} from '../../helpers/notify-env.js';

/** The sandbox's private key is not exposed; these tests sign as "Alipay" with a key the merchant is configured with. */
const alipay = generateRsaKeyPair();

interface Post {
  path: string;
  body: string;
  clientId?: string | undefined;
  requestTime?: string | undefined;
  signature?: string | undefined;
  signPath?: string;
  signBody?: string;
  key?: string;
}

describe('notification receiver: verification and refusals', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant; // configured with the sandbox's Alipay key: sandbox notifications verify
  let signed: { id: string; clientId: string }; // configured with `alipay`: these tests sign by hand
  let authorizationId: string;

  async function inboxCount(merchantId: string): Promise<number> {
    const [row] = await gw.gateway.orm.em.getConnection().execute<Array<{ c: string }>>(
      `select count(*)::text as c from notification_inbox where merchant_id = ?`,
      [merchantId],
    );
    return Number(row?.c ?? 0);
  }

  async function post(p: Post): Promise<{ status: number; body: string }> {
    const requestTime = 'requestTime' in p ? p.requestTime : formatAmsDateTime(new Date());
    const clientId = 'clientId' in p ? p.clientId : signed.clientId;
    const signature =
      'signature' in p
        ? p.signature
        : formatSignatureHeader(
            signMessage(
              { method: 'POST', path: p.signPath ?? p.path, clientId: clientId ?? '', time: requestTime ?? '', body: p.signBody ?? p.body },
              p.key ?? alipay.privateKeyPem,
            ),
          );
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8' };
    if (clientId !== undefined) headers['client-id'] = clientId;
    if (requestTime !== undefined) headers['request-time'] = requestTime;
    if (signature !== undefined) headers['signature'] = signature;
    const response = await fetch(`${gw.url}${p.path}`, { method: 'POST', headers, body: p.body });
    return { status: response.status, body: await response.text() };
  }

  const paymentBody = (paymentRequestId: string, status: 'S' | 'F' = 'S') =>
    JSON.stringify({
      notifyType: 'PAYMENT_RESULT',
      result: status === 'S' ? { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } : { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'no money' },
      paymentRequestId,
      paymentId: `ams_${paymentRequestId}`,
      paymentAmount: { currency: 'PHP', value: '1000' },
    });

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 200 });
    gw = await startNotifyGateway({ NOTIFY_MAX_SKEW_SECONDS: '300', NOTIFY_BODY_LIMIT: '4kb' });
    shop = await onboardMerchant(gw, sandbox, 'Receiver shop');
    authorizationId = await activeAuthorization(gw, sandbox, shop);
    const created = await gw.gql<{ createMerchant: { merchant: { id: string; clientId: string } } }>(
      `mutation($input: CreateMerchantInput!) { createMerchant(input: $input) { merchant { id clientId } } }`,
      { input: { name: 'Hand-signed', clientId: 'SANDBOX_HANDSIGNED01', baseUrl: sandbox.url, merchantPrivateKey: generateRsaKeyPair().privateKeyBase64, alipayPublicKey: alipay.publicKeyBase64 } },
    );
    signed = created.body.data!.createMerchant.merchant;
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  it('acknowledges a valid notification with the exact success body, once recorded (even for an unknown payment)', async () => {
    const path = `/ams/notify/${signed.id}/payment`;
    const response = await post({ path, body: paymentBody('PAY_UNKNOWN_1') });
    expect(response).toEqual({ status: 200, body: NOTIFICATION_ACK_BODY });
    const [row] = await gw.gateway.orm.em.getConnection().execute<Array<{ outcome: string }>>(
      `select outcome from notification_inbox where merchant_id = ?`,
      [signed.id],
    );
    expect(row?.outcome).toBe('UNMATCHED');
  });

  it('refuses every tampered, unsigned, stale or misrouted notification and records nothing', async () => {
    const path = `/ams/notify/${signed.id}/payment`;
    const body = paymentBody('PAY_TAMPER');
    const before = await inboxCount(signed.id);
    const cases: Array<[string, Post, number, string]> = [
      ['tampered body', { path, body, signBody: body.replace('1000', '1001') }, 401, 'SIGNATURE_MISMATCH'],
      ['wrong key', { path, body, key: generateRsaKeyPair().privateKeyPem }, 401, 'SIGNATURE_MISMATCH'],
      ['wrong path', { path, body, signPath: `/ams/notify/${signed.id}/refund` }, 401, 'SIGNATURE_MISMATCH'],
      ['query not signed', { path: `${path}?x=1`, body, signPath: path }, 401, 'SIGNATURE_MISMATCH'],
      ['missing signature', { path, body, signature: undefined }, 401, 'MISSING_SIGNATURE'],
      ['missing request-time', { path, body, requestTime: undefined }, 401, 'MISSING_REQUEST_TIME'],
      ['stale request-time', { path, body, requestTime: formatAmsDateTime(new Date(Date.now() - 3_600_000)) }, 401, 'STALE_REQUEST_TIME'],
      ['future request-time', { path, body, requestTime: String(Date.now() + 3_600_000) }, 401, 'STALE_REQUEST_TIME'],
      ['client-id of someone else', { path, body, clientId: shop.clientId }, 401, 'CLIENT_ID_MISMATCH'],
      ['missing client-id', { path, body, clientId: undefined }, 401, 'MISSING_CLIENT_ID'],
      ['unknown merchant', { path: '/ams/notify/mer_nobody/payment', body }, 404, 'UNKNOWN_MERCHANT'],
      ['unknown kind', { path: `/ams/notify/${signed.id}/coupon`, body }, 404, 'UNKNOWN_KIND'],
      ['malformed JSON (signed)', { path, body: '{"notifyType":' }, 400, 'MALFORMED_BODY'],
      ['wrong shape (signed)', { path, body: JSON.stringify({ hello: 'world' }) }, 400, 'UNEXPECTED_BODY'],
      ['oversize', { path, body: JSON.stringify({ pad: 'x'.repeat(5000) }) }, 413, 'BODY_TOO_LARGE'],
    ];
    for (const [name, request, status, code] of cases) {
      const response = await post(request);
      expect({ name, status: response.status, code: (JSON.parse(response.body) as { result: { resultCode: string } }).result.resultCode }).toEqual({ name, status, code });
      expect(response.body).not.toBe(NOTIFICATION_ACK_BODY);
    }
    expect(await inboxCount(signed.id)).toBe(before);
    // Reasons are logged, secrets are not.
    const refusals = gw.logs.filter((l) => l.includes('AMS notification refused'));
    expect(refusals.length).toBeGreaterThanOrEqual(cases.length);
    expect(refusals.join('\n')).not.toMatch(/signature=|RSA256/);
  });

  it('accepts the previous Alipay key during a rotation', async () => {
    const next = generateRsaKeyPair();
    const rotated = await gw.gql(
      `mutation($input: RotateMerchantCredentialsInput!) { rotateMerchantCredentials(input: $input) { errors { code message } } }`,
      { input: { merchantId: signed.id, merchantPrivateKey: generateRsaKeyPair().privateKeyBase64, alipayPublicKey: next.publicKeyBase64 } },
    );
    expect(rotated.raw).not.toContain('"code"');
    expect((await post({ path: `/ams/notify/${signed.id}/payment`, body: paymentBody('PAY_OLD_KEY') })).status).toBe(200);
    expect((await post({ path: `/ams/notify/${signed.id}/payment`, body: paymentBody('PAY_NEW_KEY'), key: next.privateKeyPem })).status).toBe(200);
  });

  it('refuses notifications for a disabled merchant', async () => {
    await gw.gql(`mutation($id: ID!) { disableMerchant(id: $id) { errors { code } } }`, { id: signed.id });
    const response = await post({ path: `/ams/notify/${signed.id}/payment`, body: paymentBody('PAY_DISABLED') });
    expect(response.status).toBe(403);
    await gw.gql(`mutation($id: ID!) { enableMerchant(id: $id) { errors { code } } }`, { id: signed.id });
  });

  it('a sandbox notification with a bad signature changes nothing and is retried until one verifies', async () => {
    sandbox.addFault({ kind: 'badNotificationSignature', api: 'notifyPayment', count: 1, clientId: shop.clientId });
    const placed = await pay(gw, shop, authorizationId, '3002');
    await waitFor(async () => ((await paymentStatus(gw, shop.merchantKey, placed.payment!.id)) === 'SUCCEEDED' ? true : undefined), 10_000, 'SUCCEEDED');
    const record = sandbox.notifications({ type: 'notifyPayment', clientId: shop.clientId }).find((n) => n.body.includes(placed.payment!.paymentRequestId))!;
    expect(record.attempts[0]).toMatchObject({ badSignature: true, acknowledged: false, httpStatus: 401 });
    expect(record.attempts.at(-1)).toMatchObject({ acknowledged: true });
  });

  it('duplicate deliveries are acknowledged and applied once', async () => {
    sandbox.addFault({ kind: 'duplicateNotification', api: 'notifyPayment', count: 1, clientId: shop.clientId });
    const placed = await pay(gw, shop, authorizationId, '4002');
    const record = await waitFor(() => {
      const r = sandbox.notifications({ type: 'notifyPayment', clientId: shop.clientId }).find((n) => n.body.includes(placed.payment!.paymentRequestId));
      return r && r.attempts.length >= 2 && r.attempts.every((a) => a.acknowledged) ? r : undefined;
    }, 10_000, 'both deliveries acknowledged');
    expect(record.attempts.filter((a) => a.duplicate)).toHaveLength(1);
    const [inbox] = await gw.gateway.orm.em.getConnection().execute<Array<{ deliveries: number; n: string }>>(
      `select max(deliveries) as deliveries, count(*)::text as n from notification_inbox where body->>'paymentRequestId' = ?`,
      [placed.payment!.paymentRequestId],
    );
    expect(inbox).toEqual({ deliveries: 2, n: '1' });
    const events = await gw.gateway.orm.em.getConnection().execute<Array<{ to_status: string }>>(
      `select to_status from events where aggregate_id = ? and source = 'NOTIFICATION'`,
      [placed.payment!.id],
    );
    expect(events).toEqual([{ to_status: 'SUCCEEDED' }]);
  });

  it('a result delivered after a cancel never regresses the payment and is recorded as an ANOMALY (reorder fault)', async () => {
    // The SUCCESS notification is held back 1.5 s; meanwhile the merchant cancels the (already successful) payment.
    sandbox.addFault({ kind: 'reorderNotification', api: 'notifyPayment', count: 1, clientId: shop.clientId, delayMs: 1500 });
    const placed = await pay(gw, shop, authorizationId, '6000');
    expect(placed.payment?.status).toBe('SUCCEEDED');
    const cancelled = await gw.gql<{ cancelPayment: { payment: { status: string } | null } }>(
      `mutation($id: ID!) { cancelPayment(id: $id) { payment { status } errors { code message } } }`,
      { id: placed.payment!.id },
      shop.merchantKey,
    );
    expect(cancelled.body.data?.cancelPayment.payment?.status).toBe('CANCELLED');
    await waitFor(
      () => sandbox.notifications({ type: 'notifyPayment', clientId: shop.clientId }).find((n) => n.body.includes(placed.payment!.paymentRequestId) && n.state === 'ACKNOWLEDGED'),
      10_000,
      'the late notification acknowledged',
    );
    expect(await paymentStatus(gw, shop.merchantKey, placed.payment!.id)).toBe('CANCELLED');
    const events = await gw.gateway.orm.em.getConnection().execute<Array<{ type: string; from_status: string; to_status: string }>>(
      `select type, from_status, to_status from events where aggregate_id = ? and source = 'NOTIFICATION'`,
      [placed.payment!.id],
    );
    expect(events).toEqual([{ type: 'ANOMALY', from_status: 'CANCELLED', to_status: 'SUCCEEDED' }]);
  });

  it('wallet unbind sends TOKEN_CANCELED: the authorization is REVOKED and a later pay is refused', async () => {
    const second = await activeAuthorization(gw, sandbox, shop);
    const response = await fetch(`${sandbox.url}/__sandbox/tokens?clientId=${shop.clientId}`);
    const { tokens } = (await response.json()) as { tokens: Array<{ accessToken: string; status: string }> };
    // Which sandbox token belongs to `second`: the one whose hash the gateway stored.
    const [row] = await gw.gateway.orm.em.getConnection().execute<Array<{ access_token_hash: string }>>(
      `select access_token_hash from authorizations where id = ?`,
      [second],
    );
    const mine = tokens.find((t) => createHash('sha256').update(t.accessToken).digest('hex') === row!.access_token_hash)!;
    await fetch(`${sandbox.url}/__sandbox/wallet/unbind`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accessToken: mine.accessToken, reason: 'user unbound in wallet app' }),
    });
    await waitFor(async () => {
      const r = await gw.gql<{ authorization: { status: string } | null }>(`query($id: ID!) { authorization(id: $id) { status } }`, { id: second }, shop.merchantKey);
      return r.body.data?.authorization?.status === 'REVOKED' ? true : undefined;
    }, 10_000, 'REVOKED');
    const refused = await pay(gw, shop, second, '7000');
    expect(refused.payment).toBeNull();
    expect(refused.errors.map((e) => e.code)).toEqual(['AUTHORIZATION_NOT_ACTIVE']);
    const revoked = await gw.gateway.orm.em.getConnection().execute<Array<{ type: string; source: string }>>(
      `select type, source from events where aggregate_id = ? and type = 'TOKEN_REVOKED'`,
      [second],
    );
    expect(revoked).toEqual([{ type: 'TOKEN_REVOKED', source: 'NOTIFICATION' }]);
  });
});
