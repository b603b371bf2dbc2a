import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/index.js';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { checkInvariants, driveTraffic, injectChaos, ormQuery, waitForQuiescence } from '../../helpers/chaos.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, freePort, onboardMerchant } from '../../helpers/notify-env.js';
import { FAST_JOBS_ENV, startReliabilityGateway } from '../../helpers/reliability-env.js';

/** Two gateway instances on one database: traffic through both, jobs on both, one record ⇒ one job at a time. */
describe('two instances share the work', () => {
  let sandbox: Sandbox;
  let first: TestGateway;
  let second: Gateway;
  let dataDir: string;
  const masterKey = randomBytes(32).toString('base64');

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300, faultSeed: 11 });
    first = await startReliabilityGateway({ ADMIN_API_KEY: randomBytes(24).toString('hex'), MASTER_KEY: masterKey });
    dataDir = mkdtempSync(join(tmpdir(), 'agw-second-'));
    const port = await freePort();
    second = await startGateway(
      loadConfig({
        ...FAST_JOBS_ENV,
        DATABASE_URL: first.database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: dataDir,
        MASTER_KEY: masterKey,
        SANDBOX_ENABLED: 'false',
        ADMIN_API_KEY: first.adminKey,
      }),
      { logger: pino({ level: 'silent' }) },
    ).catch((error: unknown) => {
      throw new Error(`second instance: ${String(error)}`);
    });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await sandbox?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('resolves everything with both instances taking traffic and running jobs', async () => {
    const shop = await onboardMerchant(first, sandbox, 'Two-instance shop');
    const authorizationId = await activeAuthorization(first, sandbox, shop);
    injectChaos(sandbox, shop.clientId, 11);
    const viaSecond: Pick<TestGateway, 'gql'> = {
      gql: async (query, variables = {}, apiKey = first.adminKey) => {
        const response = await fetch(`${second.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const raw = await response.text();
        return { status: response.status, headers: response.headers, body: JSON.parse(raw) as never, raw };
      },
    };
    const [a, b] = await Promise.all([driveTraffic(first, shop, authorizationId, 60, 6, 21), driveTraffic(viaSecond, shop, authorizationId, 60, 6, 22)]);
    expect([...a.errors, ...b.errors]).toEqual([]);
    const query = ormQuery(first.gateway.orm.em);
    await waitForQuiescence(query, 60_000);
    const report = await checkInvariants(query, sandbox, shop.clientId);
    expect(report.mismatches).toEqual([]);
    expect(report.payments).toBe(120);
    // Both instances executed sync steps.
    expect(first.gateway.jobs!.stepsExecuted.PAYMENT + second.jobs!.stepsExecuted.PAYMENT).toBeGreaterThan(0);
  }, 120_000);
});
