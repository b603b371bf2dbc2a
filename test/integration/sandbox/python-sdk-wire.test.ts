import { readFileSync } from 'node:fs';
import { request, type RequestOptions } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSignatureHeader, signMessage, verifyMessage } from '../../../src/ams/signing/index.js';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { merchant, type Merchant } from './helpers.js';

/**
 * The official Python SDK (global-open-sdk-python, DefaultAlipayClient + net/default_http_rpc.py) on the wire,
 * reproduced here without its code: it always opens TLS (unverified context) to port 443 of the gateway host — the
 * gateway URL's scheme and port are ignored —, sends the absolute URL as the request target, these header names in
 * this case, a second-precision UTC Request-Time with "+00:00", a quote_plus-encoded base64 signature and a body from
 * json.dumps(indent=3). It reads the answer's headers with a case-sensitive match on "signature", "response-time"
 * and "client-id", rejects any status but 200, and verifies over the (sandbox-rewritten) path.
 * The test serves on a free port (the SDK itself needs 443); the fixture certificate is self-signed for localhost.
 */
const fixtures = new URL('./fixtures/', import.meta.url);
const tls = { cert: readFileSync(new URL('tls-localhost-cert.pem', fixtures)), key: readFileSync(new URL('tls-localhost-key.pem', fixtures)) };

interface RawAnswer {
  status: number;
  rawHeaders: string[];
  body: string;
}

function pythonSdkPost(sandbox: Sandbox, m: Merchant, path: string, body: unknown): Promise<RawAnswer & { path: string }> {
  const sandboxPath = path.replace('/ams/api', '/ams/sandbox/api');
  const reqBody = JSON.stringify(body, null, 3);
  // datetime.fromtimestamp(int(time.time()), tz=timezone.utc).isoformat()
  const reqTime = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace(/\.000Z$/, '+00:00');
  const signature = encodeURIComponent(signMessage({ method: 'POST', path: sandboxPath, clientId: m.clientId, time: reqTime, body: reqBody }, m.privateKey));
  const options: RequestOptions = {
    host: '127.0.0.1',
    port: sandbox.port,
    method: 'POST',
    // gateway_url + path, where the gateway URL is "https://127.0.0.1" (the SDK dials 443 whatever it says)
    path: `https://127.0.0.1${sandboxPath}`,
    rejectUnauthorized: false,
    headers: {
      'Content-type': 'application/json; charset=UTF-8',
      Accept: 'text/plain,text/xml,text/javascript,text/html',
      'Cache-Control': 'no-cache',
      Connection: 'Keep-Alive',
      'User-Agent': 'global-open-sdk-python/1.6.0',
      'Request-Time': reqTime,
      'client-id': m.clientId,
      Signature: `algorithm=RSA256,keyVersion=1,signature=${signature}`,
      'Content-Length': String(Buffer.byteLength(reqBody)),
    },
  };
  return new Promise((resolve, reject) => {
    const req = request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks).toString('utf8'), path: sandboxPath }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(reqBody);
  });
}

/** DefaultAlipayClient.__parse_header + verify: exact lower-case names, value after "signature=", URL-decoded. */
function sdkVerifies(sandbox: Sandbox, answer: RawAnswer & { path: string }): boolean {
  const found = new Map<string, string>();
  for (let i = 0; i < answer.rawHeaders.length; i += 2) found.set(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
  const header = found.get('signature');
  const time = found.get('response-time');
  const clientId = found.get('client-id');
  if (header === undefined || time === undefined || clientId === undefined) return false;
  const { signature } = parseSignatureHeader(header);
  return verifyMessage({ method: 'POST', path: answer.path, clientId, time, body: answer.body }, signature, sandbox.alipayPublicKey);
}

describe('sandbox over HTTPS, as the official Python SDK calls it', () => {
  let sandbox: Sandbox;
  const m = merchant();

  beforeAll(async () => {
    sandbox = await startSandbox({ tls });
    sandbox.registerClient({ clientId: m.clientId, publicKey: m.publicKeyBase64 });
  });
  afterAll(() => sandbox.close());

  it('listens with TLS and says so in its URL', () => {
    expect(sandbox.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('runs consult → applyToken → pay → inquiryPayment with the SDK headers, absolute target and indented bodies', async () => {
    const consult = await pythonSdkPost(sandbox, m, '/ams/api/v1/authorizations/consult', {
      customerBelongsTo: 'GCASH',
      authRedirectUrl: 'https://merchant.example/auth/return',
      scopes: ['AGREEMENT_PAY'],
      authState: 'state-python-sdk',
      terminalType: 'WEB',
    });
    expect(consult.status).toBe(200);
    expect(sdkVerifies(sandbox, consult)).toBe(true);
    const { authUrl } = JSON.parse(consult.body) as { authUrl: string };
    const { authCode } = sandbox.approveAuthorization({ authUrl });

    const token = await pythonSdkPost(sandbox, m, '/ams/api/v1/authorizations/applyToken', {
      grantType: 'AUTHORIZATION_CODE',
      customerBelongsTo: 'GCASH',
      authCode,
    });
    expect(sdkVerifies(sandbox, token)).toBe(true);
    const { accessToken, result } = JSON.parse(token.body) as { accessToken: string; result: { resultStatus: string } };
    expect(result.resultStatus).toBe('S');

    const pay = await pythonSdkPost(sandbox, m, '/ams/api/v1/payments/pay', {
      productCode: 'AGREEMENT_PAYMENT',
      paymentRequestId: `pr-python-${Date.now()}`,
      order: { referenceOrderId: 'o-1', orderDescription: 'SDK check', orderAmount: { currency: 'PHP', value: '10000' }, env: { terminalType: 'WEB' } },
      paymentAmount: { currency: 'PHP', value: '10000' },
      paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: accessToken },
      settlementStrategy: { settlementCurrency: 'USD' },
    });
    expect(pay.status).toBe(200);
    expect(sdkVerifies(sandbox, pay)).toBe(true);
    const paid = JSON.parse(pay.body) as { paymentId: string; result: { resultCode: string } };
    expect(paid.result.resultCode).toBe('SUCCESS');

    const inquiry = await pythonSdkPost(sandbox, m, '/ams/api/v1/payments/inquiryPayment', { paymentId: paid.paymentId });
    expect(sdkVerifies(sandbox, inquiry)).toBe(true);
    expect((JSON.parse(inquiry.body) as { paymentStatus: string }).paymentStatus).toBe('SUCCESS');
  });
});
