import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatSignatureHeader, parseSignatureHeader, signMessage, verifyMessage } from '../../../src/ams/signing/index.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/sandbox/index.js';

/**
 * A small signed-request helper on src/ams/signing, standing in for the AMS client library until it can be merged:
 * it signs exactly the bytes it sends and verifies the sandbox's answer the way the SDKs do (ams-spec §2.4).
 */
export interface Merchant {
  clientId: string;
  privateKey: KeyObject;
  publicKeyBase64: string;
}

let sharedKey: KeyObject | undefined;

/** One RSA-2048 key per test process is enough; client ids keep merchants apart. */
export function merchant(clientId = `SANDBOX_${Math.random().toString(36).slice(2, 12).toUpperCase()}`): Merchant {
  sharedKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const publicKeyBase64 = createPublicKey(sharedKey).export({ format: 'der', type: 'spki' }).toString('base64');
  return { clientId, privateKey: sharedKey, publicKeyBase64 };
}

export interface AmsAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  raw: string;
  json: Record<string, unknown> & { result: { resultCode: string; resultStatus: string; resultMessage?: string } };
  /** Whether the signature header verifies with the sandbox's public key over the request's method and path. */
  verified: boolean;
}

export interface CallOptions {
  /** Defaults to `/ams/api/v1/<endpoint>`. */
  path?: string;
  /** Send the request target in absolute form, as the Python SDK does. */
  absoluteForm?: boolean;
  method?: string;
  time?: string;
  clientId?: string;
  signWith?: KeyObject;
  /** Replace the signature header (or drop it with null). */
  signature?: string | null;
  headers?: Record<string, string | string[]>;
  keyVersion?: string;
}

export class AmsTestClient {
  constructor(
    readonly sandbox: Sandbox,
    readonly merchant: Merchant,
  ) {}

  /** POSTs `body` (object → compact JSON, string → sent verbatim) to an endpoint like `payments/pay`. */
  call(endpoint: string, body: unknown, options: CallOptions = {}): Promise<AmsAnswer> {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const path = options.path ?? `/ams/api/v1/${endpoint}`;
    const method = options.method ?? 'POST';
    const clientId = options.clientId ?? this.merchant.clientId;
    const time = options.time ?? String(Date.now());
    const signature = signMessage({ method, path, clientId, time, body: text }, options.signWith ?? this.merchant.privateKey);
    const headers: Record<string, string | string[]> = {
      'content-type': 'application/json; charset=UTF-8',
      'client-id': clientId,
      'request-time': time,
      ...options.headers,
    };
    if (options.signature !== null) headers.signature = options.signature ?? formatSignatureHeader(signature, options.keyVersion ?? 1);
    return send(this.sandbox, { method, path, headers, body: text, absoluteForm: options.absoluteForm ?? false });
  }
}

export function send(
  sandbox: Sandbox,
  input: { method: string; path: string; headers: Record<string, string | string[]>; body: string; absoluteForm: boolean },
): Promise<AmsAnswer> {
  const url = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, method: input.method, path: input.absoluteForm ? `${sandbox.url}${input.path}` : input.path },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let json: AmsAnswer['json'];
          try {
            json = JSON.parse(raw) as AmsAnswer['json'];
          } catch {
            json = { result: { resultCode: '(not json)', resultStatus: '' } };
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, json, verified: verifyAnswer(sandbox, input, res.headers, raw) });
        });
        res.on('error', reject);
      },
    );
    for (const [name, value] of Object.entries(input.headers)) req.setHeader(name, value);
    req.setHeader('content-length', Buffer.byteLength(input.body));
    req.on('error', reject);
    req.end(input.body);
  });
}

function verifyAnswer(sandbox: Sandbox, input: { method: string; path: string }, headers: IncomingHttpHeaders, raw: string): boolean {
  const header = headers.signature;
  const time = headers['response-time'];
  const clientId = headers['client-id'];
  if (typeof header !== 'string' || typeof time !== 'string' || typeof clientId !== 'string') return false;
  const { signature } = parseSignatureHeader(header);
  return verifyMessage({ method: input.method, path: input.path, clientId, time, body: raw }, signature, sandbox.alipayPublicKey);
}

/** A sandbox plus one registered merchant; tests close it in afterAll/afterEach. */
export async function sandboxWithMerchant(
  options: SandboxOptions = {},
  notifyUrl?: string,
): Promise<{ sandbox: Sandbox; client: AmsTestClient; merchant: Merchant }> {
  const sandbox = await startSandbox({ asyncDelayMs: 50, ...options });
  const m = merchant();
  sandbox.registerClient({ clientId: m.clientId, publicKey: m.publicKeyBase64, ...(notifyUrl ? { notifyUrl } : {}) });
  return { sandbox, client: new AmsTestClient(sandbox, m), merchant: m };
}

/** consult → the simulated user approves → applyToken; returns the token fields. */
export async function authorize(
  client: AmsTestClient,
  options: { wallet?: string; authNotifyUrl?: string; authState?: string } = {},
): Promise<{ accessToken: string; refreshToken: string; authCode: string }> {
  const wallet = options.wallet ?? 'GCASH';
  const authState = options.authState ?? `STATE_${Math.random().toString(36).slice(2)}`;
  const consult = await client.call('authorizations/consult', {
    customerBelongsTo: wallet,
    authRedirectUrl: 'https://merchant.example/return',
    scopes: ['AGREEMENT_PAY'],
    authState,
    terminalType: 'WEB',
    ...(options.authNotifyUrl ? { authNotifyUrl: options.authNotifyUrl } : {}),
  });
  if (consult.json.result.resultStatus !== 'S') throw new Error(`consult failed: ${consult.raw}`);
  const { authCode } = client.sandbox.approveAuthorization({ authUrl: String(consult.json.normalUrl) });
  const token = await client.call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: wallet, authCode });
  if (token.json.result.resultStatus !== 'S') throw new Error(`applyToken failed: ${token.raw}`);
  return { accessToken: String(token.json.accessToken), refreshToken: String(token.json.refreshToken), authCode };
}

let requestSeq = 0;
export const uniqueId = (prefix: string) => `${prefix}_${Date.now()}_${++requestSeq}`;

export function payBody(accessToken: string, value: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    productCode: 'AGREEMENT_PAYMENT',
    paymentRequestId: uniqueId('PAY'),
    paymentAmount: { currency: 'PHP', value },
    paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: accessToken },
    order: { referenceOrderId: uniqueId('ORDER'), orderDescription: 'Sandbox test order', orderAmount: { currency: 'PHP', value } },
    ...overrides,
  };
}

export interface ReceivedNotification {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAtMs: number;
}

/**
 * A local merchant endpoint for notifications: refuses the first `failFirst` deliveries (HTTP 500), then acks with
 * the fixed success body. `waitFor` resolves on a condition or rejects after a timeout — no fixed sleeps.
 */
export class NotificationReceiver {
  readonly received: ReceivedNotification[] = [];
  private server: Server | undefined;
  private waiters: Array<() => void> = [];
  failFirst = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAtMs: Date.now() });
        const refuse = this.received.length <= this.failFirst;
        res.writeHead(refuse ? 500 : 200, { 'content-type': 'application/json' });
        res.end(refuse ? '{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F"}}' : '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}');
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async waitFor(condition: (received: ReceivedNotification[]) => boolean, timeoutMs = 5000): Promise<ReceivedNotification[]> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this.received)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`condition not met within ${timeoutMs} ms; received ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received;
  }

  bodies(): Array<Record<string, unknown>> {
    return this.received.map((r) => JSON.parse(r.body) as Record<string, unknown>);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
