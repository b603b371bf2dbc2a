import { Agent } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { AmsClient, type AmsClientOptions, type AmsRetryEvent } from '../../../src/ams/client/index.js';
import {
  answer,
  closedPort,
  resultAnswer,
  startFakeAmsServer,
  type FakeAmsServer,
  type FakeAnswer,
} from '../../helpers/ams-fake-server.js';
import { SAMPLE_REQUESTS } from '../../helpers/ams-sample-requests.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';

const keys = amsTestKeys();
const servers: FakeAmsServer[] = [];
const clients: AmsClient[] = [];

interface Harness {
  server: FakeAmsServer;
  client: AmsClient;
  retries: AmsRetryEvent[];
  sleeps: number[];
}

/** A server answering the scripted replies in order (the last one repeats), and a client with recorded backoffs. */
async function harness(script: FakeAnswer[], overrides: Partial<AmsClientOptions> = {}): Promise<Harness> {
  const server = await startFakeAmsServer(keys, (_request, index) => script[Math.min(index, script.length - 1)]!);
  servers.push(server);
  const retries: AmsRetryEvent[] = [];
  const sleeps: number[] = [];
  let clock = 1_700_000_000_000;
  const client = new AmsClient({
    clientId: 'SANDBOX_5X00000000000000',
    baseUrl: server.url,
    merchantPrivateKey: keys.merchant.privateKeyBase64,
    alipayPublicKey: keys.alipay.publicKeyBase64,
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
    timeoutsMs: { pay: 250, refund: 250, applyToken: 250, inquiryPayment: 250 },
    hooks: { onRetry: (event) => retries.push(event) },
    now: () => (clock += 1_000),
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  clients.push(client);
  return { server, client, retries, sleeps };
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

afterAll(async () => {
  for (const client of clients) client.close();
  for (const server of servers) await server.close();
});

describe('retries resend the identical request', () => {
  it('pay: timeout, then S — same bytes, same paymentRequestId, fresh Request-Time and signature', async () => {
    const { server, client, retries, sleeps } = await harness([{ kind: 'hang' }, resultAnswer('S', 'SUCCESS')]);
    const result = await client.pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'S', attempts: 2 });
    const [first, second] = await server.waitForRequests(2);
    expect(second!.rawBody.equals(first!.rawBody)).toBe(true);
    expect((second!.json as { paymentRequestId: string }).paymentRequestId).toBe('PAY_20240101_0001');
    expect(second!.headers['request-time']).not.toBe(first!.headers['request-time']);
    expect(second!.headers['signature']).not.toBe(first!.headers['signature']);
    expect(first!.signatureCheck.ok && second!.signatureCheck.ok).toBe(true);
    expect(retries).toEqual([{ api: 'pay', attempt: 1, requestId: 'PAY_20240101_0001', reason: 'TIMEOUT', delayMs: 50 }]);
    expect(sleeps).toEqual([50]);
  });

  it('refund: connection reset, then U UNKNOWN_EXCEPTION, then S — jittered exponential backoff', async () => {
    const { server, client, sleeps, retries } = await harness([
      { kind: 'reset' },
      resultAnswer('U', 'UNKNOWN_EXCEPTION'),
      resultAnswer('S', 'SUCCESS', { refundId: 'R1' }),
    ]);
    const result = await client.refund(SAMPLE_REQUESTS.refund);
    expect(result).toMatchObject({ status: 'S', attempts: 3 });
    const requests = await server.waitForRequests(3);
    expect(new Set(requests.map((request) => request.rawBody.toString('hex'))).size).toBe(1);
    expect(retries.map((event) => event.reason)).toEqual(['CONNECTION_RESET', 'U:UNKNOWN_EXCEPTION']);
    expect(sleeps).toEqual([50, 100]);
  });

  it('inquiryPayment: HTTP 503, then S', async () => {
    const { client } = await harness([answer({ oops: true }, { status: 503 }), resultAnswer('S', 'SUCCESS', { paymentStatus: 'SUCCESS' })]);
    const result = await client.inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    expect(result).toMatchObject({ status: 'S', attempts: 2 });
  });

  it('gives up after maxAttempts and returns the last U', async () => {
    const { server, client } = await harness([resultAnswer('U', 'REQUEST_TRAFFIC_EXCEED_LIMIT')]);
    const result = await client.pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'U', code: 'REQUEST_TRAFFIC_EXCEED_LIMIT', attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxAttempts and throws the last unknown-outcome error', async () => {
    const { server, client } = await harness([{ kind: 'hang' }], { retry: { maxAttempts: 2 } });
    const error = await thrown(client.pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'UNKNOWN', attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('a call option can disable retries', async () => {
    const { server, client } = await harness([resultAnswer('U', 'UNKNOWN_EXCEPTION')]);
    const result = await client.pay(SAMPLE_REQUESTS.pay, { maxAttempts: 1 });
    expect(result.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });
});

describe('no retry where it is not safe or not useful', () => {
  it('never retries an F', async () => {
    const { server, client } = await harness([resultAnswer('F', 'PROCESS_FAIL')]);
    const result = await client.refund(SAMPLE_REQUESTS.refund);
    expect(result).toMatchObject({ status: 'F', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('does not resend an "in process" U (the action was accepted)', async () => {
    const { server, client } = await harness([resultAnswer('U', 'PAYMENT_IN_PROCESS')]);
    const result = await client.pay(SAMPLE_REQUESTS.pay);
    expect(result).toMatchObject({ status: 'U', code: 'PAYMENT_IN_PROCESS', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('applyToken (single-use authCode): no retry after a timeout', async () => {
    const { server, client } = await harness([{ kind: 'hang' }, resultAnswer('S', 'SUCCESS')]);
    const error = await thrown(client.applyToken(SAMPLE_REQUESTS.applyToken));
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'UNKNOWN', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('applyToken: no retry after a U', async () => {
    const { server, client } = await harness([resultAnswer('U', 'UNKNOWN_EXCEPTION')]);
    const result = await client.applyToken(SAMPLE_REQUESTS.applyToken);
    expect(result).toMatchObject({ status: 'U', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry signature failures or non-transient HTTP statuses', async () => {
    const signature = await harness([answer({ result: { resultCode: 'SUCCESS', resultStatus: 'S' } }, { signing: 'wrong-key' })]);
    await thrown(signature.client.pay(SAMPLE_REQUESTS.pay));
    expect(signature.server.requests).toHaveLength(1);
    const notFound = await harness([answer('not found', { status: 404, signing: 'none' })]);
    expect(await thrown(notFound.client.pay(SAMPLE_REQUESTS.pay))).toMatchObject({ code: 'HTTP_STATUS', httpStatus: 404 });
    expect(notFound.server.requests).toHaveLength(1);
  });
});

describe('never-sent errors', () => {
  it('are retried even for applyToken, then reported as NOT_SENT', async () => {
    const port = await closedPort();
    const { client, retries } = await harness([resultAnswer('S', 'SUCCESS')], { baseUrl: `http://127.0.0.1:${port}` });
    const error = await thrown(client.applyToken(SAMPLE_REQUESTS.applyToken));
    expect(error).toMatchObject({ code: 'CONNECTION_REFUSED', outcome: 'NOT_SENT', attempts: 3 });
    expect(retries.map((event) => event.reason)).toEqual(['CONNECTION_REFUSED', 'CONNECTION_REFUSED']);
  });

  it('do not hide an earlier attempt that may have been delivered', async () => {
    const server = await startFakeAmsServer(keys, () => ({ kind: 'hang' }));
    servers.push(server);
    const client = new AmsClient({
      clientId: '5X00000000000000',
      baseUrl: server.url,
      merchantPrivateKey: keys.merchant.privateKeyBase64,
      alipayPublicKey: keys.alipay.publicKeyBase64,
      retry: { maxAttempts: 2 },
      timeoutsMs: { pay: 250 },
      // The server goes away between the attempts, so the resend is refused.
      sleep: () => server.close(),
    });
    clients.push(client);
    const error = await thrown(client.pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ outcome: 'UNKNOWN', code: 'TIMEOUT', attempts: 2 });
    expect((error as Error).cause).toMatchObject({ code: 'CONNECTION_REFUSED' });
  });

  it('do not hide an earlier U answer either', async () => {
    const server = await startFakeAmsServer(keys, () => resultAnswer('U', 'UNKNOWN_EXCEPTION'));
    servers.push(server);
    const client = new AmsClient({
      clientId: '5X00000000000000',
      baseUrl: server.url,
      merchantPrivateKey: keys.merchant.privateKeyBase64,
      alipayPublicKey: keys.alipay.publicKeyBase64,
      retry: { maxAttempts: 2 },
      // No keep-alive: a pooled socket to the closing server would make the resend a reset (outcome unknown), not a
      // refusal — correct, but not what this test is about.
      agent: new Agent({ keepAlive: false }),
      sleep: () => server.close(),
    });
    clients.push(client);
    const result = await client.refund(SAMPLE_REQUESTS.refund);
    expect(result).toMatchObject({ status: 'U', code: 'UNKNOWN_EXCEPTION', attempts: 2 });
  });
});
