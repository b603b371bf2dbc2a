import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { formatSignatureHeader, NOTIFICATION_ACK_BODY, signMessage } from '../../../src/ams/index.js';
import { startGateway, type Gateway } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/index.js';
import { formatAmsDateTime } from '../../../src/shared/time.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { generateRsaKeyPair } from '../../helpers/keys.js';
import { CREATE_MERCHANT, ISSUE_API_KEY, VIEWER } from '../../helpers/operations.js';

/**
 * Issue #12 item 7: per-key and per-merchant limits shared by every instance (Postgres store), 429 + Retry-After +
 * RATE_LIMITED over HTTP, subscribes limited over graphql-ws, overrides by admins, and a notification receiver that
 * answers non-S over its limit (AMS resends) instead of dropping a signed notification.
 */

const adminKey = randomBytes(24).toString('hex');
const masterKey = randomBytes(32).toString('base64');
const alipay = generateRsaKeyPair();
let first: TestGateway;
let second: Gateway;
let dataDir: string;

async function merchantWithKeys(name: string, limits: Record<string, number | null>, keys = 1): Promise<{ merchantId: string; clientId: string; keys: string[] }> {
  const clientId = `RL_${name}_${randomBytes(3).toString('hex')}`;
  const created = await first.gql<{ createMerchant: { merchant: { id: string } } }>(CREATE_MERCHANT, {
    input: { name, clientId, baseUrl: 'https://ams.example.com', merchantPrivateKey: generateRsaKeyPair().privateKeyBase64, alipayPublicKey: alipay.publicKeyBase64 },
  });
  const merchantId = created.body.data!.createMerchant.merchant.id;
  const set = await first.gql<{ setMerchantRateLimits: { errors: unknown[] } }>(SET_LIMITS, { input: { merchantId, ...limits } });
  expect(set.body.data?.setMerchantRateLimits.errors).toEqual([]);
  const secrets: string[] = [];
  for (let i = 0; i < keys; i++) {
    const issued = await first.gql<{ issueApiKey: { secret: string } }>(ISSUE_API_KEY, { input: { role: 'MERCHANT', merchantId, name: `${name} ${i}` } });
    secrets.push(issued.body.data!.issueApiKey.secret);
  }
  return { merchantId, clientId, keys: secrets };
}

const SET_LIMITS = `mutation ($input: SetMerchantRateLimitsInput!) {
  setMerchantRateLimits(input: $input) { rateLimits { key { perSecond burst } merchant { perSecond burst } notifications { perSecond burst } } errors { code field message } }
}`;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { errors?: { message: string; extensions?: { code?: string } }[] };
}

async function viewer(url: string, key: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: VIEWER }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

function tally(answers: Answer[]): { allowed: number; refused: Answer[] } {
  return { allowed: answers.filter((a) => a.status === 200).length, refused: answers.filter((a) => a.status !== 200) };
}

function expectRateLimited(answer: Answer, scope: string): void {
  expect(answer.status).toBe(429);
  expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  expect(answer.body.errors?.[0]?.message).toContain(scope);
}

beforeAll(async () => {
  const env = { ADMIN_API_KEY: adminKey, MASTER_KEY: masterKey, JOBS_ENABLED: 'false', RATE_LIMIT_NOTIFY_PER_SECOND: '2', RATE_LIMIT_NOTIFY_BURST: '0', NOTIFY_MAX_SKEW_SECONDS: '300' };
  first = await startTestGateway(env);
  dataDir = mkdtempSync(join(tmpdir(), 'agw-rl-'));
  second = await startGateway(
    loadConfig({ ...env, DATABASE_URL: first.database.url, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SANDBOX_ENABLED: 'false' }),
    { logger: pino({ level: 'silent' }) },
  );
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('HTTP', () => {
  it('limits a key across both instances: 429, Retry-After and RATE_LIMITED', async () => {
    const { keys } = await merchantWithKeys('PerKey', { keyPerSecond: 4, keyBurst: 0 });
    const answers = await Promise.all([...Array.from({ length: 4 }, () => viewer(first.url, keys[0]!)), ...Array.from({ length: 4 }, () => viewer(second.url, keys[0]!))]);
    const { allowed, refused } = tally(answers);
    // Each instance alone would allow all 4 of its own: refusals prove the counts are shared.
    expect(allowed).toBeGreaterThanOrEqual(4);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    for (const answer of refused) expectRateLimited(answer, 'key');
  });

  it('lets a burst through on top of the per-second rate, then refuses', async () => {
    const { keys } = await merchantWithKeys('Burst', { keyPerSecond: 2, keyBurst: 3 });
    const { allowed, refused } = tally(await Promise.all(Array.from({ length: 9 }, () => viewer(first.url, keys[0]!))));
    expect(allowed).toBeGreaterThanOrEqual(5);
    expect(allowed).toBeLessThanOrEqual(7);
    expect(refused.length).toBeGreaterThanOrEqual(2);
  });

  it('limits a merchant over all its keys', async () => {
    const { keys } = await merchantWithKeys('PerMerchant', { merchantPerSecond: 5, merchantBurst: 0 }, 2);
    const answers = await Promise.all(keys.flatMap((key) => Array.from({ length: 5 }, () => viewer(first.url, key))));
    const { allowed, refused } = tally(answers);
    expect(allowed).toBeGreaterThanOrEqual(5);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const answer of refused) expectRateLimited(answer, 'merchant');
  });

  it('an admin override of 0 turns a limit off, and bad overrides are refused', async () => {
    const { merchantId, keys } = await merchantWithKeys('Unlimited', { keyPerSecond: 0, merchantPerSecond: 0 });
    expect(tally(await Promise.all(Array.from({ length: 30 }, () => viewer(first.url, keys[0]!)))).allowed).toBe(30);
    const invalid = await first.gql<{ setMerchantRateLimits: { errors: { code: string; field: string }[] } }>(SET_LIMITS, { input: { merchantId, keyBurst: -1 } });
    expect(invalid.body.data?.setMerchantRateLimits.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'keyBurst' })]);
    const unknown = await first.gql<{ setMerchantRateLimits: { errors: { code: string }[] } }>(SET_LIMITS, { input: { merchantId: 'mer_nope' } });
    expect(unknown.body.data?.setMerchantRateLimits.errors[0]?.code).toBe('NOT_FOUND');
    const byMerchant = await first.gql(SET_LIMITS, { input: { merchantId } }, keys[0]!);
    expect(byMerchant.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('graphql-ws', () => {
  it('limits subscribes per key: the refused operations get RATE_LIMITED, the socket stays open', async () => {
    const { keys } = await merchantWithKeys('Sockets', { keyPerSecond: 2, keyBurst: 0 });
    const ws = new WebSocket(`${first.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const errors = new Map<string, { message: string; extensions?: { code?: string } }[]>();
    let closed = false;
    await new Promise<void>((resolve, reject) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${keys[0]}` } })));
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: unknown };
        if (message.type === 'connection_ack') resolve();
        if (message.type === 'error') errors.set(message.id!, message.payload as { message: string }[]);
      });
      ws.on('close', () => (closed = true));
      ws.on('error', reject);
    });
    for (let i = 1; i <= 6; i++) ws.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query: 'subscription { events { cursor } }' } }));
    const deadline = Date.now() + 5_000;
    while (errors.size < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors.size).toBeGreaterThanOrEqual(4);
    for (const payload of errors.values()) expect(payload[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(closed).toBe(false);
    ws.close();
  });
});

describe('notification receiver', () => {
  it('answers non-S with Retry-After over the merchant limit, and accepts the same signed notification when resent', async () => {
    const { merchantId, clientId } = await merchantWithKeys('Notified', {});
    const path = `/ams/notify/${merchantId}/payment`;
    const send = async (n: number) => {
      const body = JSON.stringify({
        notifyType: 'PAYMENT_RESULT',
        result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
        paymentRequestId: `PAY_RL_${n}`,
        paymentId: `ams_PAY_RL_${n}`,
        paymentAmount: { currency: 'PHP', value: '1000' },
      });
      const time = formatAmsDateTime(new Date());
      const signature = formatSignatureHeader(signMessage({ method: 'POST', path, clientId, time, body }, alipay.privateKeyPem));
      const response = await fetch(`${first.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=UTF-8', 'client-id': clientId, 'request-time': time, signature },
        body,
      });
      return { n, status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
    };
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map(send));
    const refused = answers.filter((a) => a.status !== 200);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(answer.body)).toMatchObject({ result: { resultCode: 'RATE_LIMITED', resultStatus: 'F' } });
    }
    // AMS resends what it was not acknowledged: each one is accepted once the window has passed.
    for (const answer of refused) {
      let again = await send(answer.n);
      while (again.status === 429) {
        await new Promise((resolve) => setTimeout(resolve, Number(again.retryAfter) * 1000));
        again = await send(answer.n);
      }
      expect(again).toMatchObject({ status: 200, body: NOTIFICATION_ACK_BODY });
    }
    const rows = await first.gateway.orm.em.getConnection().execute<{ n: string }[]>('select count(*)::text as n from notification_inbox where merchant_id = ?', [merchantId]);
    expect(Number(rows[0]?.n)).toBe(6);
  });
});
