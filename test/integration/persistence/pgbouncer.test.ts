import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, freePort, onboardMerchant, pay, paymentStatus, subscribe, waitFor, type TestMerchant } from '../../helpers/notify-env.js';
import { startPgBouncer, type RunningPgBouncer } from '../../helpers/pgbouncer.js';
import { FAST_JOBS_ENV } from '../../helpers/reliability-env.js';

interface PaymentUpdated {
  paymentUpdated: { event: { toStatus: string | null; source: string }; payment: { id: string; status: string } | null };
}
const PAYMENT_UPDATED = `subscription { paymentUpdated { event { toStatus source } payment { id status } } }`;
const JOBS = `query { jobs(recent: 20) { dead queues { queue completed failed pending active } recent { queue state recordId retryCount } } }`;

/**
 * Two gateway instances whose DATABASE_URL is PgBouncer in transaction pooling mode (Debian's 1.18, which has no
 * named prepared statements in that mode), LISTEN on a direct connection: the pay flow with its hot paths,
 * notifications, durable jobs and a subscription on one instance fed by the other's commits.
 */
describe('behind PgBouncer in transaction pooling mode', () => {
  let sandbox: Sandbox;
  let pgbouncer: RunningPgBouncer;
  let database: TestDatabase;
  let a: TestGateway;
  let b: TestGateway;
  let shop: TestMerchant;
  let authorizationId: string;

  const adminKey = `adm_${randomBytes(24).toString('hex')}`;
  const masterKey = randomBytes(32).toString('base64');
  const instance = async () => {
    const port = await freePort();
    return startTestGateway({
      ...FAST_JOBS_ENV,
      // The AMS timeout of the fast settings is tight for a pooler on a loaded machine; faults here are not timeouts.
      AMS_TIMEOUT_MS: '4000',
      // The resend test needs the first sync step inside the cancel window (after it, a payment AMS never saw is
      // closed as FAILED ORDER_NOT_EXIST, correctly); the fast settings' 4 s is shorter than a job's pickup can take here.
      JOBS_CANCEL_AFTER_SECONDS: '30',
      PORT: String(port),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: pgbouncer.urlFor(database.name),
      DATABASE_POOL_MODE: 'transaction',
      DATABASE_LISTEN_URL: database.url,
      // Both instances share one database: the keys come from the environment, not from the first start (with a
      // master key of its own, the instance that did not onboard the merchant cannot open its credentials).
      ADMIN_API_KEY: adminKey,
      MASTER_KEY: masterKey,
    });
  };

  beforeAll(async () => {
    pgbouncer = await startPgBouncer(inject('postgresUrl'));
    database = await createTestDatabase();
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 200 });
    a = await instance();
    b = await instance();
    shop = await onboardMerchant(a, sandbox, 'Pooled shop');
    authorizationId = await activeAuthorization(a, sandbox, shop);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sandbox?.close();
    await pgbouncer?.stop();
    await database?.drop();
  });

  it('the pooler is in transaction mode and carries the gateway\'s traffic', async () => {
    const config = await pgbouncer.show('CONFIG');
    expect(config.find((row) => row.key === 'pool_mode')?.value).toBe('transaction');
    const stats = await pgbouncer.show('STATS');
    expect(Number(stats.find((row) => row.database === database.name)?.total_xact_count ?? 0)).toBeGreaterThan(0);
  });

  it('pays (hot path), resolves by notification, and streams to a subscriber of the other instance', async () => {
    const sub = subscribe<PaymentUpdated>(b.url, shop.readonlyKey, PAYMENT_UPDATED);
    try {
      const direct = await pay(a, shop, authorizationId, '1000');
      expect(direct.errors).toEqual([]);
      expect(direct.payment?.status).toBe('SUCCEEDED');
      const placed = await pay(a, shop, authorizationId, '1002');
      expect(placed.payment?.status).toBe('PROCESSING');
      const items = await sub.until(
        (all) => all.some((i) => i.paymentUpdated.payment?.id === placed.payment!.id && i.paymentUpdated.event.toStatus === 'SUCCEEDED'),
        15_000,
        'SUCCEEDED pushed by the other instance',
      );
      const done = items.find((i) => i.paymentUpdated.payment?.id === placed.payment!.id && i.paymentUpdated.event.toStatus === 'SUCCEEDED')!;
      expect(done.paymentUpdated.event.source).toBe('NOTIFICATION');
      expect(items.some((i) => i.paymentUpdated.payment?.id === direct.payment!.id)).toBe(true);
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.dispose();
    }
  });

  it('a durable job resends a pay that never reached AMS, and the jobs overview reads pg-boss through the pooler', async () => {
    sandbox.addFault({ kind: 'http5xx', api: 'pay', count: 1, clientId: shop.clientId });
    const placed = await pay(a, shop, authorizationId, '1000');
    expect(placed.payment?.status).toBe('PROCESSING');
    await waitFor(async () => ((await paymentStatus(b, shop.merchantKey, placed.payment!.id)) === 'SUCCEEDED' ? true : undefined), 20_000, 'SUCCEEDED by a sync job');
    expect(sandbox.payments(shop.clientId).filter((p) => p.paymentRequestId === placed.payment!.paymentRequestId)).toHaveLength(1);
    const overview = await waitFor(async () => {
      const r = await a.gql<{ jobs: { dead: number; queues: Array<{ queue: string; completed: number }>; recent: Array<{ queue: string; state: string }> } }>(JOBS);
      return (r.body.data?.jobs.queues.find((q) => q.queue === 'payment-sync')?.completed ?? 0) > 0 ? r.body.data!.jobs : undefined;
    }, 10_000, 'a completed payment-sync job');
    // The whole overview in the message: a dead job here has so far only been seen under heavy load, unexplained.
    expect(overview.dead, JSON.stringify(overview)).toBe(0);
    expect(overview.recent.length).toBeGreaterThan(0);
  });

  it('rate limits are counted through the pooler: over its key limit a merchant is refused, and no count ever failed', async () => {
    const set = await a.gql<{ setMerchantRateLimits: { errors: unknown[] } }>(SET_LIMITS, { input: { merchantId: shop.id, keyPerSecond: 2, keyBurst: 0 } });
    expect(set.body.data?.setMerchantRateLimits.errors).toEqual([]);
    const answers = await Promise.all(Array.from({ length: 8 }, () => a.gql(`query { __typename }`, {}, shop.readonlyKey)));
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(8 - 2 * 2); // at most two windows of two can pass
    expect(refused[0]!.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    // Named statements prepared on one server connection are unknown on the next one in transaction mode: a store
    // that names its statements fails there, and the gateway would let every request through.
    const storeFailures = [...a.logs, ...b.logs].filter((line) => line.includes('rate limit store unavailable'));
    expect(storeFailures).toEqual([]);
  });
});

const SET_LIMITS = `mutation ($input: SetMerchantRateLimitsInput!) { setMerchantRateLimits(input: $input) { errors { code message } } }`;
