import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AmsClient } from '../../../src/ams/client/index.js';
import { AMS_API_NAMES, AMS_ENDPOINTS, idempotencyField } from '../../../src/ams/wire/endpoints.js';
import { resultAnswer, startFakeAmsServer, type FakeAmsServer } from '../../helpers/ams-fake-server.js';
import { SAMPLE_REQUESTS } from '../../helpers/ams-sample-requests.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';

const keys = amsTestKeys();
let server: FakeAmsServer;
let live: AmsClient;
let sandbox: AmsClient;

beforeAll(async () => {
  server = await startFakeAmsServer(keys, (request) => resultAnswer('S', 'SUCCESS', { echoedApi: request.api }));
  const credentials = {
    baseUrl: server.url,
    merchantPrivateKey: keys.merchant.privateKeyBase64,
    alipayPublicKey: keys.alipay.publicKeyBase64,
  };
  live = new AmsClient({ ...credentials, clientId: '5X00000000000000' });
  sandbox = new AmsClient({ ...credentials, clientId: 'SANDBOX_5X00000000000000', keyVersion: 2 });
});

afterAll(async () => {
  live.close();
  sandbox.close();
  await server.close();
});

describe('every AMS API against a signing fake AMS', () => {
  for (const api of AMS_API_NAMES) {
    it(`${api}: signed POST to the production path, S result with a verified signature`, async () => {
      const before = server.requests.length;
      const result = await live.call(api, SAMPLE_REQUESTS[api] as never);
      expect(result.status).toBe('S');
      expect(result.code).toBe('SUCCESS');
      expect(result.signatureVerified).toBe(true);
      expect(result.attempts).toBe(1);
      expect((result.body as unknown as { echoedApi: string }).echoedApi).toBe(api);

      const received = server.requests[before]!;
      expect(received.method).toBe('POST');
      expect(received.path).toBe(AMS_ENDPOINTS[api].path);
      expect(received.api).toBe(api);
      expect(received.signatureCheck).toEqual({ ok: true, keyVersion: '1' });
      expect(received.headers['content-type']).toBe('application/json; charset=UTF-8');
      expect(received.headers['client-id']).toBe('5X00000000000000');
      expect(received.headers['request-time']).toMatch(/^\d{13}$/);
      // The signed bytes are the bytes on the wire, and they are the compact JSON of the request.
      expect(received.rawBody.toString('utf8')).toBe(JSON.stringify(SAMPLE_REQUESTS[api]));
      expect(received.json).toEqual(SAMPLE_REQUESTS[api]);
    });

    it(`${api}: a SANDBOX_ client id requests and signs the sandbox path`, async () => {
      const before = server.requests.length;
      const result = await sandbox.call(api, SAMPLE_REQUESTS[api] as never);
      expect(result.status).toBe('S');
      const received = server.requests[before]!;
      expect(received.path).toBe(AMS_ENDPOINTS[api].path.replace('/ams/api/', '/ams/sandbox/api/'));
      expect(received.signatureCheck).toEqual({ ok: true, keyVersion: '2' });
    });
  }

  it('the named methods reach the same endpoints as call()', async () => {
    const before = server.requests.length;
    await live.consult(SAMPLE_REQUESTS.consult);
    await live.applyToken({ grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken: 'rt-1' });
    await live.revoke(SAMPLE_REQUESTS.revoke);
    await live.pay(SAMPLE_REQUESTS.pay);
    await live.inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    await live.cancel(SAMPLE_REQUESTS.cancel);
    await live.refund(SAMPLE_REQUESTS.refund);
    await live.inquiryRefund(SAMPLE_REQUESTS.inquiryRefund);
    await live.declare(SAMPLE_REQUESTS.declare);
    await live.inquiryDeclarationRequests(SAMPLE_REQUESTS.inquiryDeclarationRequests);
    await live.registration(SAMPLE_REQUESTS.registration);
    await live.inquiryRegistrationStatus(SAMPLE_REQUESTS.inquiryRegistrationStatus);
    await live.inquiryRegistrationInfo(SAMPLE_REQUESTS.inquiryRegistrationInfo);
    expect(server.requests.slice(before).map((request) => request.api)).toEqual([...AMS_API_NAMES]);
    expect((server.requests[before + 1]!.json as { grantType: string }).grantType).toBe('REFRESH_TOKEN');
  });

  it('keeps a base URL path prefix in the requested and signed path', async () => {
    const prefixed = new AmsClient({
      clientId: 'SANDBOX_X',
      baseUrl: `${server.url}/gateway/`,
      merchantPrivateKey: keys.merchant.privateKeyBase64,
      alipayPublicKey: keys.alipay.publicKeyBase64,
    });
    try {
      const before = server.requests.length;
      const result = await prefixed.pay(SAMPLE_REQUESTS.pay);
      expect(result.status).toBe('S');
      expect(server.requests[before]!.path).toBe('/gateway/ams/sandbox/api/v1/payments/pay');
      expect(server.requests[before]!.signatureCheck.ok).toBe(true);
    } finally {
      prefixed.close();
    }
  });

  it('knows the idempotency field of every write API', () => {
    expect(idempotencyField('pay')).toBe('paymentRequestId');
    expect(idempotencyField('refund')).toBe('refundRequestId');
    expect(idempotencyField('declare')).toBe('declarationRequestId');
    expect(idempotencyField('registration')).toBe('registrationRequestId');
    expect(idempotencyField('inquiryPayment')).toBeUndefined();
  });
});
