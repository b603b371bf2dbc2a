import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signMessage } from '../../../src/ams/signing/index.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import type { AmsTestClient} from './helpers.js';
import { authorize, payBody, sandboxWithMerchant, send, type Merchant } from './helpers.js';

describe('sandbox request pipeline (wire fidelity)', () => {
  let sandbox: Sandbox;
  let client: AmsTestClient;
  let m: Merchant;
  let accessToken: string;

  beforeAll(async () => {
    ({ sandbox, client, merchant: m } = await sandboxWithMerchant());
    ({ accessToken } = await authorize(client));
  });
  afterAll(() => sandbox.close());

  it('answers a signed pay with a signed, lower-case-header response over the request path', async () => {
    const answer = await client.call('payments/pay', payBody(accessToken, '30000'));
    expect(answer.status).toBe(200);
    expect(answer.json.result).toEqual({ resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' });
    expect(answer.verified).toBe(true);
    expect(answer.headers['client-id']).toBe(m.clientId);
    expect(answer.headers['x-ams-sandbox']).toMatch(/^antom-autodebit-sandbox\//);
    expect(String(answer.headers.signature)).toMatch(/^algorithm=RSA256,keyVersion=1,signature=[A-Za-z0-9%]+$/);
    expect(String(answer.headers['response-time'])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  });

  it('serves the sandbox prefix and signs over it', async () => {
    const answer = await client.call('', payBody(accessToken, '100'), { path: '/ams/sandbox/api/v1/payments/pay' });
    expect(answer.json.result.resultStatus).toBe('S');
    expect(answer.verified).toBe(true);
  });

  it('accepts the absolute-form request target of the Python SDK, signed over the path only', async () => {
    const answer = await client.call('payments/pay', payBody(accessToken, '100'), { absoluteForm: true });
    expect(answer.json.result.resultStatus).toBe('S');
  });

  it('accepts ISO-8601 request times (Python, PHP, .NET shapes) and pretty-printed bodies', async () => {
    for (const time of ['2024-01-01T12:00:00+00:00', '2024-01-01T12:00:00+0800', '2024-01-01T12:00:00.1234567Z']) {
      const answer = await client.call('payments/pay', JSON.stringify(payBody(accessToken, '100'), null, 3), { time });
      expect(answer.json.result.resultStatus, time).toBe('S');
    }
  });

  it('tolerates the duplicate Content-Type lines the Go SDK sends', async () => {
    const answer = await client.call('payments/pay', payBody(accessToken, '100'), {
      headers: { 'content-type': ['application/json', 'application/json; charset=UTF-8'] },
    });
    expect(answer.json.result.resultStatus).toBe('S');
  });

  it('accepts lower-case percent escapes (.NET) and spaces after commas (docs)', async () => {
    const body = JSON.stringify(payBody(accessToken, '100'));
    const time = String(Date.now());
    const signature = signMessage({ method: 'POST', path: '/ams/api/v1/payments/pay', clientId: m.clientId, time, body }, m.privateKey);
    const lower = encodeURIComponent(signature).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    const answer = await client.call('payments/pay', body, { time, signature: `algorithm=RSA256, keyVersion=1, signature=${lower}` });
    expect(answer.json.result.resultStatus).toBe('S');
  });

  it('rejects a wrong signature, a tampered path and a missing signature with INVALID_SIGNATURE', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const wrongKey = await client.call('payments/pay', payBody(accessToken, '100'), { signWith: other });
    expect(wrongKey.json.result).toMatchObject({ resultCode: 'INVALID_SIGNATURE', resultStatus: 'F' });
    expect(wrongKey.verified).toBe(true);
    const missing = await client.call('payments/pay', payBody(accessToken, '100'), { signature: null });
    expect(missing.json.result.resultCode).toBe('INVALID_SIGNATURE');
    const garbage = await client.call('payments/pay', payBody(accessToken, '100'), { signature: 'algorithm=RSA256,signature=***' });
    expect(garbage.json.result.resultCode).toBe('INVALID_SIGNATURE');
  });

  it('names unknown clients, unknown key versions and keyless clients', async () => {
    expect((await client.call('payments/pay', payBody(accessToken, '100'), { clientId: 'SANDBOX_NOBODY' })).json.result.resultCode).toBe('INVALID_CLIENT');
    expect((await client.call('payments/pay', payBody(accessToken, '100'), { keyVersion: '7' })).json.result.resultCode).toBe('KEY_NOT_FOUND');
    sandbox.registerClient({ clientId: 'SANDBOX_KEYLESS' });
    expect((await client.call('payments/pay', payBody(accessToken, '100'), { clientId: 'SANDBOX_KEYLESS' })).json.result.resultCode).toBe('KEY_NOT_FOUND');
  });

  it('answers unknown paths with NO_INTERFACE_DEF and other methods with METHOD_NOT_SUPPORTED, both HTTP 200', async () => {
    const unknownPath = await client.call('payments/capture', {});
    expect(unknownPath.status).toBe(200);
    expect(unknownPath.json.result).toMatchObject({ resultCode: 'NO_INTERFACE_DEF', resultStatus: 'F' });
    const get = await client.call('payments/pay', '', { method: 'GET' });
    expect(get.json.result.resultCode).toBe('METHOD_NOT_SUPPORTED');
  });

  it('gives PARAM_ILLEGAL naming the field for missing, oversize and ill-formed values', async () => {
    const cases: Array<[Record<string, unknown> | string, RegExp]> = [
      ['{not json', /not valid JSON/],
      ['[]', /body must be a JSON object/],
      [{ ...payBody(accessToken, '100'), paymentRequestId: undefined }, /^paymentRequestId is required/],
      [{ ...payBody(accessToken, '100'), paymentRequestId: 'x'.repeat(65) }, /^paymentRequestId exceeds 64/],
      [{ ...payBody(accessToken, '100'), paymentAmount: { currency: 'PHP', value: '12.50' } }, /^paymentAmount.value must be a positive integer/],
      [{ ...payBody(accessToken, '100'), paymentAmount: { currency: 'php', value: '100' } }, /^paymentAmount.currency/],
      [{ ...payBody(accessToken, '100'), paymentNotifyUrl: 'not a url' }, /^paymentNotifyUrl is not a valid URL/],
      [{ ...payBody(accessToken, '100'), paymentRequestId: '' }, /^paymentRequestId must not be empty/],
      [{ ...payBody(accessToken, '100'), order: { referenceOrderId: 'o' } }, /^order.orderDescription is required/],
      [{ ...payBody(accessToken, '100'), order: { referenceOrderId: 'o', orderDescription: 'd' } }, /^order.orderAmount is required/],
      [{ ...payBody(accessToken, '100'), paymentExpiryTime: 'tomorrow' }, /^paymentExpiryTime/],
    ];
    for (const [body, message] of cases) {
      const answer = await client.call('payments/pay', body);
      expect(answer.json.result.resultCode, String(message)).toBe('PARAM_ILLEGAL');
      expect(answer.json.result.resultMessage).toMatch(message);
      expect(answer.verified).toBe(true);
    }
  });

  it('accepts numbers as strings and booleans as strings (ams-spec §3.1)', async () => {
    const answer = await client.call('payments/pay', payBody(accessToken, '100', { paymentAmount: { currency: 'PHP', value: 100 } }));
    expect(answer.json.result.resultStatus).toBe('S');
    expect(answer.json.paymentAmount).toEqual({ currency: 'PHP', value: '100' });
  });

  it('refuses an oversize body with an AMS-shaped answer', async () => {
    const small = await sandboxWithMerchant({ maxBodyBytes: 1024 });
    try {
      const answer = await small.client.call('payments/pay', { padding: 'x'.repeat(4096) });
      expect(answer.status).toBe(413);
      expect(answer.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
    } finally {
      await small.sandbox.close();
    }
  });

  it('rejects a non-JSON media type', async () => {
    const answer = await client.call('payments/pay', payBody(accessToken, '100'), { headers: { 'content-type': 'text/plain' } });
    expect(answer.json.result.resultCode).toBe('MEDIA_TYPE_NOT_ACCEPTABLE');
  });

  it('rejects a request-time that is neither milliseconds nor ISO-8601', async () => {
    const answer = await client.call('payments/pay', payBody(accessToken, '100'), { time: 'yesterday' });
    expect(answer.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL' });
    expect(answer.json.result.resultMessage).toMatch(/request-time/);
  });

  it('publishes its key and answers unknown control routes with 404 JSON', async () => {
    const keys = (await (await fetch(`${sandbox.url}/__sandbox/keys`)).json()) as { alipayPublicKey: string };
    expect(keys.alipayPublicKey).toBe(sandbox.alipayPublicKey);
    const missing = await fetch(`${sandbox.url}/__sandbox/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toHaveProperty('error');
  });

  it('registers merchants through the control API (PEM or base64) and rejects bad keys', async () => {
    const ok = await fetch(`${sandbox.url}/__sandbox/clients`, {
      method: 'POST',
      body: JSON.stringify({ clientId: 'SANDBOX_CTRL', publicKey: m.publicKeyBase64, notifyUrl: 'http://127.0.0.1:1/n' }),
    });
    expect(ok.status).toBe(200);
    const bad = await fetch(`${sandbox.url}/__sandbox/clients`, { method: 'POST', body: JSON.stringify({ clientId: 'SANDBOX_BAD', publicKey: 'nope!' }) });
    expect(bad.status).toBe(400);
    const answer = await send(sandbox, { method: 'POST', path: '/ams/api/v1/payments/pay', headers: {}, body: '{}', absoluteForm: false });
    expect(answer.json.result.resultCode).toBe('PARAM_ILLEGAL');
  });
});
