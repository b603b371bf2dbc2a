import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/index.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { generateRsaKeyPair } from '../../helpers/keys.js';
import { CREATE_MERCHANT, ISSUE_API_KEY, REVOKE_API_KEY, VIEWER } from '../../helpers/operations.js';
import { openRawSocket, untilLive, writeEvents, type RawSocket } from '../../helpers/raw-subscriptions.js';

/**
 * Issue #12 item 1: revoking a key or disabling a merchant closes every socket authenticated by it with 4403, on
 * every instance (the other one hears it through Postgres NOTIFY) within about a second, and nothing is written to
 * it afterwards; other sockets go on.
 */

const EVENTS = 'subscription { events { cursor aggregateId } }';
const CLOSE_WITHIN_MS = 1_500;

let first: TestGateway;
let second: Gateway;
let dataDir: string;
const adminKey = randomBytes(24).toString('hex');
const masterKey = randomBytes(32).toString('base64');
const sockets: RawSocket[] = [];

async function createMerchant(name: string): Promise<string> {
  const keys = generateRsaKeyPair();
  const alipay = generateRsaKeyPair();
  const res = await first.gql<{ createMerchant: { merchant: { id: string } } }>(CREATE_MERCHANT, {
    input: { name, clientId: `C_${name}`, baseUrl: 'https://ams.example.com', merchantPrivateKey: keys.privateKeyBase64, alipayPublicKey: alipay.publicKeyBase64 },
  });
  return res.body.data!.createMerchant.merchant.id;
}

async function issueKey(merchantId: string, role = 'MERCHANT_READONLY'): Promise<{ id: string; secret: string }> {
  const res = await first.gql<{ issueApiKey: { apiKey: { id: string }; secret: string } }>(ISSUE_API_KEY, { input: { role, merchantId, name: `${role} ${randomBytes(3).toString('hex')}` } });
  return { id: res.body.data!.issueApiKey.apiKey.id, secret: res.body.data!.issueApiKey.secret };
}

/** A socket watching the merchant's events, once its subscription is live. */
async function watch(url: string, key: string, merchantId: string): Promise<RawSocket> {
  const socket = await openRawSocket(url, key);
  sockets.push(socket);
  socket.subscribe('1', EVENTS);
  await untilLive(socket, first.database.url, merchantId, `watch${sockets.length}_`);
  return socket;
}

const events = (socket: RawSocket) => socket.received.get('1')?.length ?? 0;

/** Writes one event for the merchant and waits until every socket in `live` has it. */
async function eventReaches(merchantId: string, live: RawSocket[]): Promise<void> {
  const before = live.map(events);
  await writeEvents(first.database.url, merchantId, 1, 0, `evt_${randomBytes(4).toString('hex')}`);
  await Promise.all(live.map((socket, index) => socket.until(() => events(socket) > before[index]!, 10_000, 'live event')));
}

async function closedWith4403Within(socket: RawSocket, since: number): Promise<number> {
  await socket.until(() => socket.closeCode !== undefined, 5_000, 'socket closed');
  expect(socket.closeCode).toBe(4403);
  return Date.now() - since;
}

beforeAll(async () => {
  first = await startTestGateway({ ADMIN_API_KEY: adminKey, MASTER_KEY: masterKey, JOBS_ENABLED: 'false' });
  dataDir = mkdtempSync(join(tmpdir(), 'agw-revoke-'));
  second = await startGateway(
    loadConfig({
      DATABASE_URL: first.database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      MASTER_KEY: masterKey,
      ADMIN_API_KEY: adminKey,
      SANDBOX_ENABLED: 'false',
      JOBS_ENABLED: 'false',
    }),
    { logger: pino({ level: 'silent' }) },
  );
});
afterAll(async () => {
  for (const socket of sockets) await socket.close().catch(() => undefined);
  await second?.close();
  await first?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('revocation reaches open sockets', () => {
  it('revoking a key on one instance closes its sockets on both with 4403 within a second; nothing is written after', async () => {
    const merchantId = await createMerchant('Revoked');
    const doomed = await issueKey(merchantId);
    const kept = await issueKey(merchantId);
    const onFirst = await watch(first.url, doomed.secret, merchantId);
    const onSecond = await watch(second.url, doomed.secret, merchantId);
    const survivor = await watch(second.url, kept.secret, merchantId);
    await eventReaches(merchantId, [onFirst, onSecond, survivor]);
    // The second instance has the key in its 30 s lookup cache now.
    expect((await fetchViewer(second.url, doomed.secret)).status).toBe(200);

    const revokedAt = Date.now();
    const revoked = await first.gql<{ revokeApiKey: { apiKey: { revokedAt: string } | null } }>(REVOKE_API_KEY, { id: doomed.id });
    expect(revoked.body.data?.revokeApiKey.apiKey?.revokedAt).toBeTruthy();
    expect(await closedWith4403Within(onFirst, revokedAt)).toBeLessThan(CLOSE_WITHIN_MS);
    expect(await closedWith4403Within(onSecond, revokedAt)).toBeLessThan(CLOSE_WITHIN_MS);
    const seen = [events(onFirst), events(onSecond)];

    await eventReaches(merchantId, [survivor]);
    expect([events(onFirst), events(onSecond)]).toEqual(seen);
    expect(survivor.closeCode).toBeUndefined();
    // The other instance's cache forgot the key too: HTTP and new sockets are refused there at once.
    expect((await fetchViewer(second.url, doomed.secret)).status).toBe(401);
    await expect(openRawSocket(second.url, doomed.secret)).rejects.toThrow(/4403/);
  });

  it('disabling a merchant closes the sockets of all its keys on both instances; an admin socket goes on', async () => {
    const merchantId = await createMerchant('Disabled');
    const readonly = await issueKey(merchantId);
    const writer = await issueKey(merchantId, 'MERCHANT');
    const a = await watch(first.url, readonly.secret, merchantId);
    const b = await watch(second.url, writer.secret, merchantId);
    const admin = await watch(second.url, adminKey, merchantId);
    await eventReaches(merchantId, [a, b, admin]);

    const disabledAt = Date.now();
    const disabled = await first.gql<{ disableMerchant: { merchant: { status: string } } }>(
      'mutation ($id: ID!) { disableMerchant(id: $id) { merchant { status } } }',
      { id: merchantId },
    );
    expect(disabled.body.data?.disableMerchant.merchant.status).toBe('DISABLED');
    expect(await closedWith4403Within(a, disabledAt)).toBeLessThan(CLOSE_WITHIN_MS);
    expect(await closedWith4403Within(b, disabledAt)).toBeLessThan(CLOSE_WITHIN_MS);
    const seen = [events(a), events(b)];
    await eventReaches(merchantId, [admin]);
    expect([events(a), events(b)]).toEqual(seen);
    expect((await fetchViewer(second.url, writer.secret)).status).toBeGreaterThanOrEqual(200);
    expect((await fetchViewer(second.url, writer.secret)).body).toContain('FORBIDDEN');
  });

  it('a socket that missed the announcement (LISTEN connection lost) is closed when the connection comes back', async () => {
    const merchantId = await createMerchant('Missed');
    const key = await issueKey(merchantId);
    const socket = await watch(second.url, key.secret, merchantId);
    await eventReaches(merchantId, [socket]);
    // Revoke behind the gateway's back: no announcement at all, as if it had been sent while the listener was down.
    await second.orm.em.getConnection().execute('update api_keys set revoked_at = now() where id = ?', [key.id]);
    second.eventListener.simulateConnectionLoss();
    await socket.until(() => socket.closeCode !== undefined, 10_000, 'socket closed after the reconnect');
    expect(socket.closeCode).toBe(4403);
  });
});

async function fetchViewer(url: string, key: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: VIEWER }),
  });
  return { status: response.status, body: await response.text() };
}
