import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { startChildGateway, type ChildGateway } from '../../helpers/child-gateway.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, freePort, onboardMerchant, waitFor } from '../../helpers/notify-env.js';
import { FAST_JOBS_ENV } from '../../helpers/reliability-env.js';

const SCHEDULES = 30;
const CYCLES_EACH = 3;

const CREATE = `mutation($input: CreateScheduleInput!) { createSchedule(input: $input) { schedule { id } errors { code field message } } }`;

describe('schedules: kill -9 during cycles, then two instances together', () => {
  let sandbox: Sandbox;
  let database: TestDatabase;
  let client: pg.Client;
  let dataDir: string;
  const adminKey = randomBytes(32).toString('hex');
  const running: ChildGateway[] = [];
  const envFor = async (): Promise<Record<string, string>> => {
    const port = await freePort();
    return {
      ...FAST_JOBS_ENV,
      AMS_TIMEOUT_MS: '3000',
      SCHEDULES_TICK_SECONDS: '0.5',
      // A charge the kill stopped before it left is found absent at AMS after the cancel window; retried soon.
      SCHEDULES_TECHNICAL_RETRY_SECONDS: '0.5',
      DATABASE_URL: database.url,
      SANDBOX_ENABLED: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      ADMIN_API_KEY: adminKey,
      MASTER_KEY: masterKey,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    };
  };
  const masterKey = randomBytes(32).toString('base64');

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300 });
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    dataDir = mkdtempSync(join(tmpdir(), 'agw-sched-crash-'));
  });
  afterAll(async () => {
    for (const gw of running) await gw.kill().catch(() => undefined);
    await client?.end();
    await sandbox?.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const count = async (sql: string) => Number((await client.query(sql)).rows[0]?.n);

  it('charges every cycle exactly once, checked against the sandbox', async () => {
    const first = await startChildGateway(await envFor(), adminKey);
    running.push(first);
    const shop = await onboardMerchant(first as unknown as TestGateway, sandbox, 'Schedule crash shop');
    const authorizationId = await activeAuthorization(first as unknown as TestGateway, sandbox, shop);
    // Slow answers, so that the kill lands while charges are in flight.
    sandbox.addFault({ kind: 'latency', api: 'pay', delayMs: 150, clientId: shop.clientId });

    // Started three days ago, daily, EACH: three cycles of every schedule are due at once.
    const startAt = new Date(Date.now() - (CYCLES_EACH - 1) * 86_400_000 - 5_000).toISOString();
    for (let i = 0; i < SCHEDULES; i++) {
      const created = await first.gql<{ createSchedule: { schedule: { id: string } | null; errors: unknown[] } }>(
        CREATE,
        { input: { authorizationId, amount: { value: String(1000 + i * 100), currency: 'USD' }, recurrence: { frequency: 'DAILY' }, startAt, missedCyclePolicy: 'EACH', maxCycles: CYCLES_EACH, description: 'Daily' } },
        shop.merchantKey,
      );
      expect(created.body.data?.createSchedule.errors).toEqual([]);
    }
    await waitFor(() => (sandbox.payments(shop.clientId).length >= 15 ? true : undefined), 90_000, 'charges under way');
    await first.kill();
    const atKill = sandbox.payments(shop.clientId).length;

    const [second, third] = await Promise.all([startChildGateway(await envFor(), adminKey), startChildGateway(await envFor(), adminKey)]);
    running.push(second, third);
    await waitFor(async () => ((await count(`select count(*)::int as n from schedule_cycles where status = 'PAID'`)) === SCHEDULES * CYCLES_EACH ? true : undefined), 120_000, 'every cycle PAID');

    const atAms = sandbox.payments(shop.clientId);
    const perCycle = new Map<string, number>();
    for (const p of atAms) {
      const match = /^(sch_[A-Z0-9]+)-c(\d+)-a(\d+)$/.exec(p.paymentRequestId);
      expect(match, p.paymentRequestId).not.toBeNull();
      if (p.status === 'SUCCESS') perCycle.set(`${match?.[1]}#${match?.[2]}`, (perCycle.get(`${match?.[1]}#${match?.[2]}`) ?? 0) + 1);
    }
    expect(perCycle.size).toBe(SCHEDULES * CYCLES_EACH);
    expect([...perCycle.values()].every((n) => n === 1)).toBe(true);
    expect(atAms.every((p) => p.status === 'SUCCESS')).toBe(true);
    // Every payment the gateway holds is either AMS's (same status) or one the kill stopped before it left: AMS has
    // never seen it, and it is FAILED as a technical failure whose cycle was charged by a later attempt.
    const ours = (await client.query<{ payment_request_id: string; status: string; failure_code: string | null }>(`select payment_request_id, status, failure_code from payments`)).rows;
    const amsStatus = new Map(atAms.map((p) => [p.paymentRequestId, p.status]));
    const neverLeft = ours.filter((p) => !amsStatus.has(p.payment_request_id));
    expect(ours.filter((p) => amsStatus.has(p.payment_request_id)).every((p) => p.status === 'SUCCEEDED')).toBe(true);
    expect(neverLeft.every((p) => p.status === 'FAILED' && ['ORDER_NOT_EXIST', 'NOT_SENT'].includes(p.failure_code ?? ''))).toBe(true);
    expect(ours).toHaveLength(atAms.length + neverLeft.length);
    expect(await count(`select count(*)::int as n from schedule_charges`)).toBe(ours.length);
    expect(await count(`select count(*)::int as n from schedules where status = 'COMPLETED'`)).toBe(SCHEDULES);
    console.info(`schedules crash: ${atKill} payments at AMS at the kill, ${atAms.length} at the end, ${neverLeft.length} attempts stopped before they left (retried), ${SCHEDULES * CYCLES_EACH} cycles each charged once`);
  }, 300_000);
});
