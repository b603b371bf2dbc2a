import { Agent as HttpsAgent } from 'node:https';
import { afterAll, describe, expect, it } from 'vitest';
import { AmsClient, MAX_RESPONSE_BYTES, type AmsClientOptions } from '../../../src/ams/client/index.js';
import { answer, remotePortOf, resultAnswer, startFakeAmsServer, type FakeAmsServer, type FakeServerOptions } from '../../helpers/ams-fake-server.js';
import { SAMPLE_REQUESTS } from '../../helpers/ams-sample-requests.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';
import { TEST_TLS_CERT, TEST_TLS_KEY } from '../../helpers/ams-tls-fixture.js';

const keys = amsTestKeys();
const servers: FakeAmsServer[] = [];
const clients: AmsClient[] = [];

async function server(options: FakeServerOptions = {}): Promise<FakeAmsServer> {
  const started = await startFakeAmsServer(keys, () => resultAnswer('S', 'SUCCESS'), options);
  servers.push(started);
  return started;
}

function client(baseUrl: string, overrides: Partial<AmsClientOptions> = {}): AmsClient {
  const created = new AmsClient({
    clientId: 'SANDBOX_5X00000000000000',
    baseUrl,
    merchantPrivateKey: keys.merchant.privateKeyBase64,
    alipayPublicKey: keys.alipay.publicKeyBase64,
    retry: { maxAttempts: 1 },
    ...overrides,
  });
  clients.push(created);
  return created;
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
  for (const created of clients) created.close();
  for (const started of servers) await started.close();
});

describe('keep-alive', () => {
  it('reuses one connection for sequential calls', async () => {
    const fake = await server();
    const ams = client(fake.url);
    await ams.inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    await ams.inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    await ams.pay(SAMPLE_REQUESTS.pay);
    const ports = new Set(fake.requests.map((request) => remotePortOf.get(request)));
    expect(ports.size).toBe(1);
  });

  it('a reset on a reused connection is outcome unknown, never "not sent"', async () => {
    const fake = await server();
    const ams = client(fake.url);
    await ams.inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    fake.setHandler(() => ({ kind: 'reset' }));
    const error = await thrown(ams.refund(SAMPLE_REQUESTS.refund));
    expect(error).toMatchObject({ outcome: 'UNKNOWN', code: 'CONNECTION_RESET' });
    expect(remotePortOf.get(fake.requests[1]!)).toBe(remotePortOf.get(fake.requests[0]!));
  });

  it('applyToken (not resendable) gets a fresh connection instead of a pooled one', async () => {
    const fake = await server();
    const ams = client(fake.url);
    await ams.inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    await ams.applyToken(SAMPLE_REQUESTS.applyToken);
    await ams.applyToken(SAMPLE_REQUESTS.applyToken);
    await ams.inquiryPayment(SAMPLE_REQUESTS.inquiryPayment);
    const [pooled, firstToken, secondToken, pooledAgain] = fake.requests.map((request) => remotePortOf.get(request));
    expect(pooledAgain).toBe(pooled);
    expect(new Set([pooled, firstToken, secondToken]).size).toBe(3);
  });
});

describe('a connection dying in the middle of the response body', () => {
  it('is outcome unknown', async () => {
    const fake = await server();
    fake.setHandler(() => ({ kind: 'reset-mid-body' }));
    const error = await thrown(client(fake.url).pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ outcome: 'UNKNOWN', code: 'CONNECTION_RESET' });
  });
});

describe('HTTPS', () => {
  it('calls a TLS server through a caller-supplied agent that trusts its certificate', async () => {
    const fake = await server({ tls: { key: TEST_TLS_KEY, cert: TEST_TLS_CERT } });
    expect(fake.url.startsWith('https://')).toBe(true);
    const agent = new HttpsAgent({ keepAlive: true, ca: TEST_TLS_CERT });
    try {
      const ams = client(fake.url, { agent });
      const first = await ams.pay(SAMPLE_REQUESTS.pay);
      const second = await ams.refund(SAMPLE_REQUESTS.refund);
      expect([first.status, second.status]).toEqual(['S', 'S']);
      expect(fake.requests[0]!.path).toBe('/ams/sandbox/api/v1/payments/pay');
      expect(fake.requests.every((request) => request.signatureCheck.ok)).toBe(true);
      expect(new Set(fake.requests.map((request) => remotePortOf.get(request))).size).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it('a failed TLS handshake (untrusted certificate) is NOT_SENT: the request was never written', async () => {
    const fake = await server({ tls: { key: TEST_TLS_KEY, cert: TEST_TLS_CERT } });
    const error = await thrown(client(fake.url).pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ outcome: 'NOT_SENT', code: 'CONNECT_FAILED' });
    expect(fake.requests).toHaveLength(0);
  });

  it('a TLS server that accepts but never answers times out as outcome unknown', async () => {
    const fake = await server({ tls: { key: TEST_TLS_KEY, cert: TEST_TLS_CERT } });
    fake.setHandler(() => ({ kind: 'hang' }));
    const agent = new HttpsAgent({ ca: TEST_TLS_CERT });
    try {
      const error = await thrown(client(fake.url, { agent }).pay(SAMPLE_REQUESTS.pay, { timeoutMs: 300 }));
      expect(error).toMatchObject({ outcome: 'UNKNOWN', code: 'TIMEOUT' });
      await fake.waitForRequests(1);
    } finally {
      agent.destroy();
    }
  });
});

describe('the response size cap', () => {
  it('refuses a body over 8 MiB as a malformed response, with the outcome unknown', async () => {
    const fake = await server();
    fake.setHandler(() => answer('x'.repeat(MAX_RESPONSE_BYTES + 1), { signing: 'none' }));
    const error = await thrown(client(fake.url).pay(SAMPLE_REQUESTS.pay));
    expect(error).toMatchObject({ code: 'MALFORMED_RESPONSE', outcome: 'UNKNOWN', message: `response body exceeds ${MAX_RESPONSE_BYTES} bytes` });
  });

  it('asks for the body uncompressed, since the response signature covers the bytes as sent', async () => {
    const fake = await server();
    await client(fake.url).pay(SAMPLE_REQUESTS.pay);
    expect(fake.requests[0]!.headers['accept-encoding']).toBe('identity');
  });
});
