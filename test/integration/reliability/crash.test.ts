import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { checkInvariants, driveTraffic, injectChaos, waitForQuiescence, type Query } from '../../helpers/chaos.js';
import { startChildGateway, type ChildGateway } from '../../helpers/child-gateway.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, freePort, onboardMerchant, waitFor } from '../../helpers/notify-env.js';
import { FAST_JOBS_ENV } from '../../helpers/reliability-env.js';

const PAYMENTS = 150;

describe('crash: kill -9 in the middle of traffic, restart, and the jobs finish the work', () => {
  let sandbox: Sandbox;
  let database: TestDatabase;
  let client: pg.Client;
  let dataDir: string;
  let env: Record<string, string>;
  const adminKey = randomBytes(32).toString('hex');
  const running: ChildGateway[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300, faultSeed: 7 });
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    dataDir = mkdtempSync(join(tmpdir(), 'agw-crash-'));
    const port = await freePort();
    env = {
      ...FAST_JOBS_ENV,
      DATABASE_URL: database.url,
      SANDBOX_ENABLED: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      ADMIN_API_KEY: adminKey,
      MASTER_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    };
  });
  afterAll(async () => {
    for (const gw of running) await gw.kill().catch(() => undefined);
    await client?.end();
    await sandbox?.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const query: Query = async (sql) => (await client.query(sql)).rows as Array<Record<string, unknown>>;

  it('keeps every invariant across the crash', async () => {
    const first = await startChildGateway(env, adminKey);
    running.push(first);
    const asTestGateway = first as unknown as TestGateway;
    const shop = await onboardMerchant(asTestGateway, sandbox, 'Crash shop');
    const authorizationId = await activeAuthorization(asTestGateway, sandbox, shop);
    injectChaos(sandbox, shop.clientId, 7);

    const traffic = driveTraffic(first, shop, authorizationId, PAYMENTS, 12, 7);
    // Kill once a third of the payments exist: some persisted but not yet sent, some sent but not recorded.
    await waitFor(async () => {
      const rows = await query(`select count(*)::int as n from payments`);
      return Number(rows[0]?.n) >= PAYMENTS / 3 ? true : undefined;
    }, 60_000, 'a third of the payments');
    await first.kill();
    const driven = await traffic;
    const unresolvedAtCrash = Number((await query(`select count(*)::int as n from payments where status in ('PENDING','PROCESSING')`))[0]?.n);

    const started = Date.now();
    const second = await startChildGateway(env, adminKey);
    running.push(second);
    const quiet = await waitForQuiescence(query, 60_000);
    const report = await checkInvariants(query, sandbox, shop.clientId);
    console.info(
      `crash: ${report.payments} payments (${driven.errors.length} requests cut by the kill, ${unresolvedAtCrash} unresolved at the crash), ` +
        `${report.refunds} refunds, ${report.notAtAms} never reached AMS; quiescent ${Date.now() - started} ms after restart (${quiet} ms after ready)`,
    );
    expect(report.mismatches).toEqual([]);
    expect(report.payments).toBeGreaterThanOrEqual(PAYMENTS / 3);
    await second.stop();
  }, 150_000);
});
