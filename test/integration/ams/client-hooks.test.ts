import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AmsClient, REDACTED } from '../../../src/ams/client/index.js';
import { resultAnswer, startFakeAmsServer, type FakeAmsServer } from '../../helpers/ams-fake-server.js';
import { SAMPLE_REQUESTS } from '../../helpers/ams-sample-requests.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';

const keys = amsTestKeys();
const ACCESS_TOKEN = 'ACCESS-TOKEN-SECRET-1234567890';
const REFRESH_TOKEN = 'REFRESH-TOKEN-SECRET-0987654321';
const AUTH_CODE = 'AUTH-CODE-SECRET-ABCDEF';
let server: FakeAmsServer;

beforeAll(async () => {
  server = await startFakeAmsServer(keys, (request) =>
    request.api === 'applyToken'
      ? resultAnswer('S', 'SUCCESS', { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, userLoginId: '0917****123' })
      : request.api === 'pay'
        ? { kind: 'hang' }
        : resultAnswer('U', 'UNKNOWN_EXCEPTION'),
  );
});

afterAll(async () => {
  await server.close();
});

describe('hooks and logger see redacted data only', () => {
  it('never exposes tokens, auth codes, signatures or keys', async () => {
    const events: unknown[] = [];
    const logLines: string[] = [];
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    const client = new AmsClient({
      clientId: 'SANDBOX_5X00000000000000',
      baseUrl: server.url,
      merchantPrivateKey: keys.merchant.privateKeyBase64,
      alipayPublicKey: keys.alipay.publicKeyBase64,
      agentToken: 'AGENT-TOKEN-SECRET',
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
      timeoutsMs: { pay: 150 },
      logger,
      hooks: {
        onRequest: (event) => events.push(event),
        onResponse: (event) => events.push(event),
        onError: (event) => events.push(event),
        onRetry: (event) => events.push(event),
      },
    });
    try {
      await client.applyToken({ grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode: AUTH_CODE });
      await client.applyToken({ grantType: 'REFRESH_TOKEN', customerBelongsTo: 'GCASH', refreshToken: REFRESH_TOKEN });
      await client.revoke({ accessToken: ACCESS_TOKEN });
      await client
        .pay({ ...SAMPLE_REQUESTS.pay, paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: ACCESS_TOKEN } })
        .catch(() => undefined);
    } finally {
      client.close();
    }

    const everything = JSON.stringify(events) + logLines.join('');
    for (const secret of [ACCESS_TOKEN, REFRESH_TOKEN, AUTH_CODE, 'AGENT-TOKEN-SECRET', keys.merchant.privateKeyBase64.slice(40, 100)]) {
      expect(everything).not.toContain(secret);
    }
    for (const request of server.requests) {
      const signatureValue = String(request.headers['signature']).split('signature=')[1]!;
      expect(everything).not.toContain(signatureValue);
      expect(everything).not.toContain(decodeURIComponent(signatureValue));
    }
    expect(everything).toContain(REDACTED);

    // Useful data survives redaction.
    const kinds = events.map((event) => Object.keys(event as object).join(','));
    expect(kinds.length).toBeGreaterThanOrEqual(8);
    expect(everything).toContain('0917****123');
    expect(everything).toContain('PAY_20240101_0001');
    expect(logLines.some((line) => line.includes('"msg":"ams retry"'))).toBe(true);
  });

  it('a throwing hook does not break the call', async () => {
    const client = new AmsClient({
      clientId: '5X00000000000000',
      baseUrl: server.url,
      merchantPrivateKey: keys.merchant.privateKeyBase64,
      alipayPublicKey: keys.alipay.publicKeyBase64,
      hooks: {
        onRequest: () => {
          throw new Error('hook failure');
        },
      },
    });
    try {
      const result = await client.applyToken(SAMPLE_REQUESTS.applyToken);
      expect(result.status).toBe('S');
    } finally {
      client.close();
    }
  });
});
