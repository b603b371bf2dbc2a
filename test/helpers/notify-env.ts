import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startTestGateway, type TestGateway } from './gateway.js';
import { generateRsaKeyPair, type TestKeyPair } from './keys.js';
import { CREATE_MERCHANT, ISSUE_API_KEY } from './operations.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a value (not undefined) or the timeout passes. No fixed sleeps in assertions. */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 50);
  }
}

/** A real gateway whose PUBLIC_BASE_URL points at itself, so the sandbox's notifications come back to it. */
export async function startNotifyGateway(env: Record<string, string> = {}, options: Parameters<typeof startTestGateway>[1] = {}): Promise<TestGateway> {
  const port = await freePort();
  return startTestGateway({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, ...env }, options);
}

export interface TestMerchant {
  id: string;
  clientId: string;
  keys: TestKeyPair;
  merchantKey: string;
  readonlyKey: string;
}

export async function onboardMerchant(gw: TestGateway, sandbox: Sandbox, name = 'Shop'): Promise<TestMerchant> {
  const keys = generateRsaKeyPair();
  const clientId = `SANDBOX_${randomBytes(6).toString('hex').toUpperCase()}`;
  sandbox.registerClient({ clientId, publicKey: keys.publicKeyBase64 });
  const created = await gw.gql<{ createMerchant: { merchant: { id: string } | null; errors: unknown[] } }>(CREATE_MERCHANT, {
    input: { name, clientId, baseUrl: sandbox.url, merchantPrivateKey: keys.privateKeyBase64, alipayPublicKey: sandbox.alipayPublicKey },
  });
  const merchant = created.body.data?.createMerchant.merchant;
  if (!merchant) throw new Error(`createMerchant failed: ${created.raw}`);
  const issue = async (role: string) => {
    const r = await gw.gql<{ issueApiKey: { secret: string | null } }>(ISSUE_API_KEY, { input: { name: role, role, merchantId: merchant.id } });
    const secret = r.body.data?.issueApiKey.secret;
    if (!secret) throw new Error(`issueApiKey failed: ${r.raw}`);
    return secret;
  };
  return { id: merchant.id, clientId, keys, merchantKey: await issue('MERCHANT'), readonlyKey: await issue('MERCHANT_READONLY') };
}

const CONSULT = `mutation($input: ConsultInput!) { consult(input: $input) { authorization { id status normalUrl authState } errors { code message } } }`;
const AUTHORIZATION = `query($id: ID!) { authorization(id: $id) { id status } }`;
const PAY = `mutation($input: PayInput!) { pay(input: $input) { payment { id status paymentRequestId } errors { code message } } }`;

/** consult → the user approves in the sandbox → AUTHCODE_CREATED → auto applyToken → ACTIVE. */
export async function activeAuthorization(gw: TestGateway, sandbox: Sandbox, merchant: TestMerchant): Promise<string> {
  const consult = await gw.gql<{ consult: { authorization: { id: string; normalUrl: string } | null } }>(
    CONSULT,
    { input: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://shop.example/back', scopes: ['AGREEMENT_PAY'] } },
    merchant.merchantKey,
  );
  const authorization = consult.body.data?.consult.authorization;
  if (!authorization) throw new Error(`consult failed: ${consult.raw}`);
  sandbox.approveAuthorization({ authUrl: authorization.normalUrl });
  await waitFor(async () => {
    const r = await gw.gql<{ authorization: { status: string } | null }>(AUTHORIZATION, { id: authorization.id }, merchant.merchantKey);
    return r.body.data?.authorization?.status === 'ACTIVE' ? true : undefined;
  }, 10_000, 'authorization ACTIVE');
  return authorization.id;
}

export async function pay(gw: TestGateway, merchant: TestMerchant, authorizationId: string, value: string) {
  const r = await gw.gql<{ pay: { payment: { id: string; status: string; paymentRequestId: string } | null; errors: Array<{ code: string }> } }>(
    PAY,
    { input: { authorizationId, amount: { currency: 'PHP', value }, orderDescription: 'test', referenceOrderId: `ord_${randomBytes(4).toString('hex')}` } },
    merchant.merchantKey,
  );
  if (!r.body.data) throw new Error(`pay failed: ${r.raw} ${gw.logs.filter((l) => l.includes("\"level\":50")).join("\n").slice(0, 3000)}`);
  return r.body.data.pay;
}

export async function paymentStatus(gw: TestGateway, apiKey: string, id: string): Promise<string | undefined> {
  const r = await gw.gql<{ payment: { status: string } | null }>(`query($id: ID!) { payment(id: $id) { status } }`, { id }, apiKey);
  return r.body.data?.payment?.status;
}

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  closeCode: number | undefined;
  /** Resolves once `predicate(items)` holds. */
  until(predicate: (items: T[]) => boolean, timeoutMs?: number, what?: string): Promise<T[]>;
  dispose(): Promise<void>;
}

/** A graphql-ws client that subscribes once and collects what it receives. */
export function subscribe<T = Record<string, unknown>>(
  url: string,
  apiKey: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Collected<T> {
  let closeCode: number | undefined;
  const client: Client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: apiKey === null ? {} : { authorization: `Bearer ${apiKey}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => (closeCode = (event as { code?: number }).code) },
  });
  const collected: Collected<T> = {
    items: [],
    errors: [],
    get closeCode() {
      return closeCode;
    },
    until: (predicate, timeoutMs = 10_000, what = 'subscription items') =>
      waitFor(() => (predicate(collected.items) ? collected.items : undefined), timeoutMs, what),
    dispose: async () => {
      await client.dispose();
    },
  };
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) collected.errors.push(...value.errors);
        if (value.data) collected.items.push(value.data as T);
      },
      error: (error) => collected.errors.push(error),
      complete: () => undefined,
    },
  );
  return collected;
}
