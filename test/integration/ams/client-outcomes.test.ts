import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AmsClient,
  AmsNotSentError,
  AmsOutcomeUnknownError,
  AmsResponseError,
  AmsSignatureError,
  isNeverSent,
  isOutcomeUnknown,
  type AmsClientOptions,
} from '../../../src/ams/client/index.js';
import { answer, closedPort, resultAnswer, startFakeAmsServer, type FakeAmsServer } from '../../helpers/ams-fake-server.js';
import { SAMPLE_REQUESTS } from '../../helpers/ams-sample-requests.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';

const keys = amsTestKeys();
let server: FakeAmsServer;
const clients: AmsClient[] = [];

function client(overrides: Partial<AmsClientOptions> = {}): AmsClient {
  const created = new AmsClient({
    clientId: '5X00000000000000',
    baseUrl: server.url,
    merchantPrivateKey: keys.merchant.privateKeyBase64,
    alipayPublicKey: keys.alipay.publicKeyBase64,
    retry: { maxAttempts: 1 },
    ...overrides,
  });
  clients.push(created);
  return created;
}

/** Runs the call and returns what it threw; fails the test when it resolves. */
async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

beforeAll(async () => {
  server = await startFakeAmsServer(keys);
});

afterAll(async () => {
  for (const created of clients) created.close();
  await server.close();
});

describe('business results', () => {
  it('S carries the typed body', async () => {
    server.setHandler(() =>
      resultAnswer('S', 'SUCCESS', { paymentId: 'P1', paymentRequestId: 'PAY_20240101_0001', paymentTime: '2024-01-01T12:00:01+08:00' }),
    );
    const result = await client().pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'S', code: 'SUCCESS', message: 'success', signatureVerified: true, attempts: 1 });
    if (result.status === 'S') expect(result.body.paymentId).toBe('P1');
  });

  it('F is data, not an exception', async () => {
    server.setHandler(() => resultAnswer('F', 'USER_BALANCE_NOT_ENOUGH'));
    const result = await client().pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'F', code: 'USER_BALANCE_NOT_ENOUGH', signatureVerified: true });
  });

  it('U is data, not an exception', async () => {
    server.setHandler(() => resultAnswer('U', 'PAYMENT_IN_PROCESS', { paymentId: 'P2' }));
    const result = await client().pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'U', code: 'PAYMENT_IN_PROCESS', signatureVerified: true });
  });

  it('a missing resultMessage becomes an empty message', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }));
    const result = await client().inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    expect(result.message).toBe('');
  });
});

describe('response signatures (fail closed)', () => {
  it('rejects an unsigned S', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }, { signing: 'none' }));
    const error = await thrown(client().pay(SAMPLE_REQUESTS.pay));
    expect(error).toBeInstanceOf(AmsSignatureError);
    expect(error).toMatchObject({ code: 'SIGNATURE_MISSING', outcome: 'UNKNOWN', api: 'pay' });
    expect(isOutcomeUnknown(error)).toBe(true);
  });

  it('accepts an unsigned S only when explicitly allowed, flagged', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }, { signing: 'none' }));
    const result = await client({ allowUnsignedSuccess: true }).pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'S', signatureVerified: false });
  });

  it('accepts an unsigned F, flagged signatureVerified: false', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'INVALID_SIGNATURE', resultStatus: 'F' } }, { signing: 'none' }));
    const result = await client().pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'F', code: 'INVALID_SIGNATURE', signatureVerified: false });
  });

  it('accepts an unsigned U, flagged', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U' } }, { signing: 'none' }));
    const result = await client().applyToken(SAMPLE_REQUESTS.applyToken);
    expect(result).toMatchObject({ status: 'U', signatureVerified: false });
  });

  it('rejects unsigned F when allowUnsignedFailure is false', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'PROCESS_FAIL', resultStatus: 'F' } }, { signing: 'none' }));
    const error = await thrown(client({ allowUnsignedFailure: false }).pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ code: 'SIGNATURE_MISSING' });
  });

  it('rejects an S signed with the wrong key', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }, { signing: 'wrong-key' }));
    const error = await thrown(client().pay(SAMPLE_REQUESTS.pay));
    expect(error).toBeInstanceOf(AmsSignatureError);
    expect(error).toMatchObject({ code: 'SIGNATURE_INVALID', outcome: 'UNKNOWN' });
  });

  it('rejects even an F whose signature does not match its body (a forged F could cause a double charge)', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F' } }, { signing: 'tampered' }));
    const error = await thrown(client().pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('rejects a signed response whose client-id differs from ours', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }, { headers: { 'client-id': 'SOMEONE_ELSE' } }));
    const error = await thrown(client().pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('rejects a signature header without response-time', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }, { headers: { 'response-time': '' } }));
    const error = await thrown(client().pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });
});

describe('transport errors: sent, outcome unknown', () => {
  it('times out on a server that never answers', async () => {
    server.setHandler(() => ({ kind: 'hang' }));
    const error = await thrown(client().pay(SAMPLE_REQUESTS.pay, { timeoutMs: 200 }));
    expect(error).toBeInstanceOf(AmsOutcomeUnknownError);
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'UNKNOWN', api: 'pay', attempts: 1 });
    expect(isOutcomeUnknown(error)).toBe(true);
    expect(isNeverSent(error)).toBe(false);
  });

  it('uses the configured per-API timeout', async () => {
    server.setHandler(() => ({ kind: 'hang' }));
    const fast = client({ timeoutsMs: { inquiryRefund: 150 } });
    const started = Date.now();
    const error = await thrown(fast.inquiryRefund(SAMPLE_REQUESTS.inquiryRefund));
    expect(error).toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fast.timeoutFor('pay')).toBe(10_000);
    expect(fast.timeoutFor('refund')).toBe(15_000);
    expect(fast.timeoutFor('inquiryRefund')).toBe(150);
  });

  it('treats HTTP 5xx as a transport error', async () => {
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }, { status: 502 }));
    const error = await thrown(client().pay(SAMPLE_REQUESTS.pay));
    expect(error).toBeInstanceOf(AmsResponseError);
    expect(error).toMatchObject({ code: 'HTTP_STATUS', httpStatus: 502, outcome: 'UNKNOWN' });
  });

  it('treats a connection reset as outcome unknown', async () => {
    server.setHandler(() => ({ kind: 'reset' }));
    const error = await thrown(client().refund(SAMPLE_REQUESTS.refund));
    expect(error).toMatchObject({ code: 'CONNECTION_RESET', outcome: 'UNKNOWN' });
  });

  it('treats malformed JSON as outcome unknown, signed or not', async () => {
    server.setHandler(() => answer('{"result": {"resultCode": "SUCC'));
    expect(await thrown(client().pay(SAMPLE_REQUESTS.pay))).toMatchObject({ code: 'MALFORMED_RESPONSE', outcome: 'UNKNOWN' });
    server.setHandler(() => answer('<html>bad gateway</html>', { signing: 'none' }));
    expect(await thrown(client().pay(SAMPLE_REQUESTS.pay))).toMatchObject({ code: 'MALFORMED_RESPONSE' });
    server.setHandler(() => answer('[1,2]'));
    expect(await thrown(client().pay(SAMPLE_REQUESTS.pay))).toMatchObject({ code: 'MALFORMED_RESPONSE' });
  });

  it('treats a body without a valid result as outcome unknown', async () => {
    server.setHandler(() => answer({ paymentId: 'P1' }));
    expect(await thrown(client().pay(SAMPLE_REQUESTS.pay))).toMatchObject({ code: 'MISSING_RESULT' });
    server.setHandler(() => answer({ result: { resultCode: 'SUCCESS', resultStatus: 'X' } }));
    expect(await thrown(client().pay(SAMPLE_REQUESTS.pay))).toMatchObject({ code: 'MISSING_RESULT' });
    server.setHandler(() => answer({ result: { resultStatus: 'S' } }));
    expect(await thrown(client().pay(SAMPLE_REQUESTS.pay))).toMatchObject({ code: 'MISSING_RESULT' });
  });
});

describe('transport errors: never sent', () => {
  it('reports a refused connection as NOT_SENT', async () => {
    const port = await closedPort();
    const error = await thrown(client({ baseUrl: `http://127.0.0.1:${port}` }).applyToken(SAMPLE_REQUESTS.applyToken));
    expect(error).toBeInstanceOf(AmsNotSentError);
    expect(error).toMatchObject({ code: 'CONNECTION_REFUSED', outcome: 'NOT_SENT', api: 'applyToken' });
    expect(isNeverSent(error)).toBe(true);
    expect(isOutcomeUnknown(error)).toBe(false);
  });

  it('reports an unresolvable host as NOT_SENT', async () => {
    const error = await thrown(
      client({ baseUrl: 'http://ams-host-that-does-not-exist.invalid' }).pay(SAMPLE_REQUESTS.pay, { timeoutMs: 3_000 }),
    );
    expect(error).toMatchObject({ outcome: 'NOT_SENT' });
    expect(['DNS_FAILURE', 'CONNECT_TIMEOUT', 'CONNECT_FAILED']).toContain((error as AmsNotSentError).code);
  });
});
