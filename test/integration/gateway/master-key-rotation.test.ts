import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewrapSecrets } from '../../../src/modules/key-rotation/rewrap-secrets.js';
import { Encryptor } from '../../../src/persistence/encryption.js';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, freePort, onboardMerchant, pay, type TestMerchant } from '../../helpers/notify-env.js';

const STATUS = `query { masterKeyStatus { activeKeyId remaining columns { table column current outdated } } }`;
const REWRAP = `mutation($n: Int!) { rewrapSecrets(batchSize: $n) { activeKeyId rewrapped remaining } }`;

interface Status {
  activeKeyId: string;
  remaining: number;
  columns: Array<{ table: string; column: string; current: number; outdated: number }>;
}

const key = () => randomBytes(32).toString('base64');

describe('master-key rotation to completion', () => {
  const [k1, k2, k3] = [key(), key(), key()];
  const adminKey = `adm_${randomBytes(24).toString('hex')}`;
  let sandbox: Sandbox;
  let database: TestDatabase;
  const running: TestGateway[] = [];
  let shop: TestMerchant;
  let authorizationId: string;

  /** A gateway on the shared database with the given keys (the first encrypts). */
  const gatewayWith = async (masterKey: string, previous?: string) => {
    const port = await freePort();
    const gw = await startTestGateway({
      DATABASE_URL: database.url,
      ADMIN_API_KEY: adminKey,
      MASTER_KEY: masterKey,
      ...(previous ? { MASTER_KEYS_PREVIOUS: previous } : {}),
      PORT: String(port),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    });
    running.push(gw);
    return gw;
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 100 });
    database = await createTestDatabase();
    const first = await gatewayWith(k1);
    shop = await onboardMerchant(first, sandbox, 'Rotating shop');
    authorizationId = await activeAuthorization(first, sandbox, shop);
    expect((await pay(first, shop, authorizationId, '1000')).payment?.status).toBe('SUCCEEDED');
  });
  afterAll(async () => {
    for (const gw of running) await gw.close();
    await sandbox?.close();
    await database?.drop();
  });

  it('re-wraps every secret, survives a crash half-way, resumes, and the old keys can then be removed', async () => {
    const second = await gatewayWith(k2, k1);
    const before = (await second.gql<{ masterKeyStatus: Status }>(STATUS)).body.data!.masterKeyStatus;
    const total = before.columns.reduce((n, c) => n + c.outdated, 0);
    // The merchant's private key, the access and the refresh token (the redeemed authCode is cleared).
    expect(total).toBeGreaterThanOrEqual(3);
    expect(before.columns.every((c) => c.current === 0)).toBe(true);

    // A crash after the first committed batch of one row.
    const { sql } = second.gateway.services.operations;
    const crash = new Error('simulated crash');
    await expect(
      rewrapSecrets(sql, new Encryptor([Buffer.from(k2, 'base64'), Buffer.from(k1, 'base64')]), {
        batchSize: 1,
        onBatch: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    const half = (await second.gql<{ masterKeyStatus: Status }>(STATUS)).body.data!.masterKeyStatus;
    expect(half.remaining).toBe(total - 1);
    // Half-way, everything still works with both keys configured.
    expect((await pay(second, shop, authorizationId, '1000')).payment?.status).toBe('SUCCEEDED');

    // Resumed through the admin mutation: the rest, and nothing twice.
    const resumed = (await second.gql<{ rewrapSecrets: { rewrapped: number; remaining: number; activeKeyId: string } }>(REWRAP, { n: 2 })).body.data!
      .rewrapSecrets;
    expect(resumed).toEqual({ rewrapped: total - 1, remaining: 0, activeKeyId: before.activeKeyId });
    const merchantKey = await second.gql(REWRAP, { n: 2 }, shop.merchantKey);
    expect(merchantKey.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The CLI rotates once more (k2 → k3), then a gateway with k3 alone reads everything.
    const cli = spawn(process.execPath, ['--import', 'tsx', 'scripts/rewrap-secrets.ts', '--batch-size', '2'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url, MASTER_KEY: k3, MASTER_KEYS_PREVIOUS: k2, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    cli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    cli.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
    expect({ code, output }).toMatchObject({ code: 0 });
    expect(output).toContain(`done: ${total} re-wrapped, 0 remaining`);
    expect(output).not.toContain(k3);

    const third = await gatewayWith(k3);
    const after = (await third.gql<{ masterKeyStatus: Status }>(STATUS)).body.data!.masterKeyStatus;
    expect(after.remaining).toBe(0);
    expect((await pay(third, shop, authorizationId, '1000')).payment?.status).toBe('SUCCEEDED');
  });
});
