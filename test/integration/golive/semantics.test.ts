import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSignatureHeader, signMessage } from '../../../src/ams/signing/index.js';
import { formatAmsDateTime } from '../../../src/shared/time.js';
import {
  AuthorizationDocument,
  AuthorizationUpdatedDocument,
  EventsDocument,
  InquiryPaymentDocument,
  PaymentDocument,
  RotateMerchantCredentialsDocument,
} from '../../generated/graphql.js';
import { subscribe } from '../../helpers/notify-env.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';
import { print } from 'graphql';

/**
 * The semantics a live merchant relies on (ams-golive.md "Semantics"): an answer without a valid signature proves
 * nothing; a dead agreement is final and stops debits before AMS; a correctly signed notification is accepted within
 * Antom's ~24 h resend span and a duplicate changes nothing.
 */

// The sandbox signs with this key, so the test can sign notifications exactly as it would.
const alipay = generateKeyPairSync('rsa', { modulusLength: 2048 });
let h: OpsHarness;
let m: MerchantKeys;

beforeAll(async () => {
  h = await startOpsHarness({ sandbox: { privateKey: alipay.privateKey } });
  m = await h.createMerchant('Semantics merchant');
});
afterAll(async () => h?.close());

const paymentOf = (id: string) => h.gql(PaymentDocument, { id }, m.key).then((r) => r.payment);
const tokenSentFor = (paymentRequestId: string) =>
  (h.sandbox.received({ api: 'pay', clientId: m.clientId }).find((r) => (r.body as { paymentRequestId: string }).paymentRequestId === paymentRequestId)?.body as {
    paymentMethod: { paymentMethodId: string };
  }).paymentMethod.paymentMethodId;

describe('an answer without a valid signature is an unknown outcome', () => {
  it('an unsigned F to a pay that went through leaves it PROCESSING; the inquiry finds it SUCCEEDED', async () => {
    const { authorizationId } = await authorize(h, m.key);
    h.sandbox.addFault({ kind: 'unsigned', api: 'pay', clientId: m.clientId, resultStatus: 'F', applied: true, count: 1 });
    const paid = await payOnce(h, m.key, authorizationId, '2100');
    expect(paid.ams).toMatchObject({ status: 'UNKNOWN', code: 'SIGNATURE_MISSING' });
    expect(paid.payment).toMatchObject({ status: 'PROCESSING', statusReason: 'UNKNOWN SIGNATURE_MISSING', failure: null });
    const settled = await waitFor(
      () => h.gql(InquiryPaymentDocument, { id: paid.payment!.id }, m.key).then((r) => r.inquiryPayment.payment),
      (p) => p?.status === 'SUCCEEDED',
    );
    expect(settled?.failure).toBeNull();
  });

  it('an unsigned U is unknown too', async () => {
    const { authorizationId } = await authorize(h, m.key);
    h.sandbox.addFault({ kind: 'unsigned', api: 'pay', clientId: m.clientId, resultStatus: 'U', count: 1 });
    const paid = await payOnce(h, m.key, authorizationId, '2200');
    expect(paid.payment).toMatchObject({ status: 'PROCESSING', statusReason: 'UNKNOWN SIGNATURE_MISSING' });
  });

  it('a badly signed F (verified against another key, as a forged answer would be) leaves the payment PROCESSING', async () => {
    const forged = await h.createMerchant('Forged answers merchant');
    const { authorizationId } = await authorize(h, forged.key);
    // From now on the gateway trusts another "Alipay" key for this merchant: the sandbox's real answers no longer verify.
    const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ownKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await h.control('clients', { clientId: forged.clientId, publicKey: ownKey.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), keyVersion: '2' });
    const rotated = await h.gql(
      RotateMerchantCredentialsDocument,
      {
        input: {
          merchantId: forged.merchantId,
          merchantPrivateKey: ownKey.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
          alipayPublicKey: forger.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
        },
      },
      h.adminKey,
    );
    expect(rotated.rotateMerchantCredentials.errors).toEqual([]);
    const paid = await payOnce(h, forged.key, authorizationId, '2301'); // sandbox: ending 01 answers F USER_BALANCE_NOT_ENOUGH
    expect(paid.ams).toMatchObject({ status: 'UNKNOWN', code: 'SIGNATURE_INVALID' });
    expect(paid.payment).toMatchObject({ status: 'PROCESSING', statusReason: 'UNKNOWN SIGNATURE_INVALID', failure: null });
  });
});

describe('a dead agreement', () => {
  it('INVALID_ACCESS_TOKEN then INVALID_REFRESH_TOKEN: REAUTHORIZATION_REQUIRED with an event and a subscription update; later pays never reach AMS', async () => {
    const { authorizationId } = await authorize(h, m.key);
    const first = await payOnce(h, m.key, authorizationId, '3000');
    expect(first.payment?.status).toBe('SUCCEEDED');
    const before = await h.gql(EventsDocument, { aggregateId: authorizationId, first: 50 }, m.key);
    const live = subscribe<{ authorizationUpdated: { event: { type: string; toStatus: string | null }; authorization: { status: string } } }>(
      h.gateway.url,
      m.key,
      print(AuthorizationUpdatedDocument),
      { authorizationId, after: before.events.pageInfo.endCursor },
    );
    try {
      // The user unbinds in the wallet and the notification never arrives: the token and its refresh token are dead.
      h.sandbox.unbindWallet(tokenSentFor(first.payment!.paymentRequestId));
      const refused = await payOnce(h, m.key, authorizationId, '3100');
      expect(refused.payment).toMatchObject({ status: 'FAILED', failure: { code: 'INVALID_ACCESS_TOKEN' } });
      expect(refused.payment?.failure?.message).toContain('REAUTHORIZATION_REQUIRED');

      const authorization = await h.gql(AuthorizationDocument, { id: authorizationId }, m.key);
      expect(authorization.authorization).toMatchObject({ status: 'REAUTHORIZATION_REQUIRED', hasRefreshToken: false });
      expect(authorization.authorization?.statusReason).toContain('INVALID_REFRESH_TOKEN');
      const events = await h.gql(EventsDocument, { aggregateId: authorizationId, first: 50 }, m.key);
      expect(events.events.nodes.map((e) => [e.type, e.fromStatus, e.toStatus])).toContainEqual(['STATUS_CHANGED', 'ACTIVE', 'REAUTHORIZATION_REQUIRED']);
      await live.until((items) => items.some((i) => i.authorizationUpdated.authorization.status === 'REAUTHORIZATION_REQUIRED'), 10_000, 'the REAUTHORIZATION_REQUIRED update');

      const sentBefore = h.sandbox.received({ api: 'pay', clientId: m.clientId }).length;
      const later = await payOnce(h, m.key, authorizationId, '3200');
      expect(later.payment).toBeNull();
      expect(later.errors).toEqual([{ code: 'REAUTHORIZATION_REQUIRED', field: 'authorizationId', message: expect.stringContaining('consult again') }]);
      expect(h.sandbox.received({ api: 'pay', clientId: m.clientId })).toHaveLength(sentBefore);
    } finally {
      await live.dispose();
    }
  });

  it('an expired access token without a refresh token is dead before anything is sent', async () => {
    const { authorizationId } = await authorize(h, m.key);
    await h.gateway.orm.em
      .getConnection()
      .execute(`update authorizations set access_token_expires_at = now() - interval '1 minute', has_refresh_token = false, refresh_token_encrypted = null where id = ?`, [authorizationId]);
    const sentBefore = h.sandbox.received({ api: 'pay', clientId: m.clientId }).length;
    const refused = await payOnce(h, m.key, authorizationId, '3300');
    expect(refused.errors[0]).toMatchObject({ code: 'REAUTHORIZATION_REQUIRED', message: expect.stringContaining('NO_REFRESH_TOKEN') });
    expect((await h.gql(AuthorizationDocument, { id: authorizationId }, m.key)).authorization?.status).toBe('REAUTHORIZATION_REQUIRED');
    expect(h.sandbox.received({ api: 'pay', clientId: m.clientId })).toHaveLength(sentBefore);
  });
});

describe('notifications inside Antom’s resend span', () => {
  async function notify(kind: string, body: string, requestTime: string): Promise<{ status: number; text: string }> {
    const path = `/ams/notify/${m.merchantId}/${kind}`;
    const signature = formatSignatureHeader(signMessage({ method: 'POST', path, clientId: m.clientId, time: requestTime, body }, alipay.privateKey));
    const response = await fetch(`${h.gateway.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8', 'client-id': m.clientId, 'request-time': requestTime, signature },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  it('accepts a correctly signed PAYMENT_PENDING and a 20-hour-old PAYMENT_RESULT resend; the duplicate is a no-op', async () => {
    const { authorizationId } = await authorize(h, m.key);
    const paid = await payOnce(h, m.key, authorizationId, '4004'); // sandbox 04: in process, never final on its own
    expect(paid.payment?.status).toBe('PROCESSING');
    const payment = paid.payment!;
    const common = { paymentRequestId: payment.paymentRequestId, paymentId: payment.amsPaymentId ?? 'ams-4004', paymentAmount: { currency: 'USD', value: '4004' } };

    const pending = JSON.stringify({ notifyType: 'PAYMENT_PENDING', result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' }, ...common });
    const pendingAck = await notify('payment', pending, formatAmsDateTime(new Date()));
    expect(pendingAck.status).toBe(200);
    expect((await paymentOf(payment.id))?.status).toBe('PROCESSING');

    const result = JSON.stringify({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      ...common,
      paymentTime: formatAmsDateTime(new Date()),
      customsDeclarationAmount: { currency: 'CNY', value: '28428' },
      pspCustomerInfo: { pspName: 'GCASH', displayCustomerId: '0917****123' },
    });
    const old = formatAmsDateTime(new Date(Date.now() - 20 * 3_600_000));
    const ack = await notify('payment', result, old);
    expect(ack).toMatchObject({ status: 200, text: expect.stringContaining('"resultStatus":"S"') });
    const settled = await paymentOf(payment.id);
    expect(settled).toMatchObject({ status: 'SUCCEEDED', customsDeclarationAmount: { currency: 'CNY', value: '28428' }, pspCustomerInfo: { displayCustomerId: '0917****123' } });

    const eventsBefore = await h.gql(EventsDocument, { aggregateId: payment.id, first: 50 }, m.key);
    const again = await notify('payment', result, old);
    expect(again.status).toBe(200);
    const eventsAfter = await h.gql(EventsDocument, { aggregateId: payment.id, first: 50 }, m.key);
    expect(eventsAfter.events.nodes).toHaveLength(eventsBefore.events.nodes.length);
  });

  it('still refuses a notification older than the span', async () => {
    const body = JSON.stringify({ notifyType: 'PAYMENT_RESULT', result: { resultCode: 'SUCCESS', resultStatus: 'S' }, paymentRequestId: 'x', paymentId: 'y', paymentAmount: { currency: 'USD', value: '1' } });
    const refused = await notify('payment', body, formatAmsDateTime(new Date(Date.now() - 30 * 3_600_000)));
    expect(refused.status).toBe(401);
    expect(refused.text).toContain('STALE_REQUEST_TIME');
  });
});

describe('TOKEN_CREATED: the authorization was completed in the merchant’s own client', () => {
  it('activates the consulted authorization with the token the notification carries; a resend is a no-op', async () => {
    const { ConsultDocument } = await import('../../generated/graphql.js');
    const consulted = await h.gql(ConsultDocument, { input: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://m.example/r' } }, m.key);
    const authorization = consulted.consult.authorization!;
    expect(authorization.status).toBe('AWAITING_USER');
    const path = `/ams/notify/${m.merchantId}/authorization`;
    const body = JSON.stringify({
      authorizationNotifyType: 'TOKEN_CREATED',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      authState: authorization.authState,
      accessToken: '28101003TOKENCREATEDBYTHEWALLET0001',
      userLoginId: '09171234567',
    });
    const post = async () => {
      const requestTime = formatAmsDateTime(new Date());
      const signature = formatSignatureHeader(signMessage({ method: 'POST', path, clientId: m.clientId, time: requestTime, body }, alipay.privateKey));
      const response = await fetch(`${h.gateway.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=UTF-8', 'client-id': m.clientId, 'request-time': requestTime, signature },
        body,
      });
      return response.status;
    };
    expect(await post()).toBe(200);
    const active = await h.gql(AuthorizationDocument, { id: authorization.id }, m.key);
    expect(active.authorization).toMatchObject({ status: 'ACTIVE', accessTokenHint: expect.stringContaining('0001'), userLoginId: '09*******67' });
    const events = await h.gql(EventsDocument, { aggregateId: authorization.id, first: 50 }, m.key);
    expect(await post()).toBe(200);
    expect((await h.gql(EventsDocument, { aggregateId: authorization.id, first: 50 }, m.key)).events.nodes).toHaveLength(events.events.nodes.length);
    expect(h.responses.join('\n')).not.toContain('TOKENCREATEDBYTHEWALLET');
  });
});
