// Chaos at scale: N payments (with partial refunds) through GraphQL against the in-process sandbox, with or without
// the chaos test's faults, then the time until every payment and refund is resolved, the invariants checked against
// the sandbox's ground truth, and the sync jobs executed. Run: BENCH=chaos,chaos-baseline npm run bench
// (CHAOS_BENCH_PAYMENTS, default 10 000).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startGateway, type Gateway } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { checkInvariants, driveTraffic, injectChaos, ormQuery, waitForQuiescence } from '../test/helpers/chaos.js';
import { FAST_JOBS_ENV } from '../test/helpers/reliability-env.js';
import { BENCH_RATE_LIMITS } from './lib/rate-limits.js';

export interface ChaosBenchResult {
  title: string;
  payments: number;
  refunds: number;
  notAtAms: number;
  mismatches: number;
  driveSeconds: number;
  quiescenceSeconds: number;
  paymentsPerSecond: number;
  syncSteps: Record<string, number>;
  jobsCompleted: number;
  dead: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

type Gql = <T>(query: string, variables?: Record<string, unknown>, apiKey?: string) => Promise<{ body: { data?: T | null }; raw: string }>;

function gqlFor(gateway: Gateway, adminKey: string): Gql {
  return async (query, variables = {}, apiKey = adminKey) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await response.text();
    return { body: JSON.parse(raw) as { data?: never }, raw };
  };
}

export async function runChaosBench(payments: number, faults: boolean): Promise<ChaosBenchResult> {
  // Not a mkdtemp directory: the embedded Postgres runs as another user and must reach it.
  const dataDir = join(tmpdir(), `agw-bench-${randomBytes(4).toString('hex')}`);
  mkdirSync(dataDir, { mode: 0o755 });
  const sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 300, notificationRetries: faults ? 'never' : 'schedule', faultSeed: 1 });
  const port = await freePort();
  const adminKey = randomBytes(32).toString('hex');
  const config = loadConfig({
    ...FAST_JOBS_ENV,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    MASTER_KEY: randomBytes(32).toString('base64'),
    ADMIN_API_KEY: adminKey,
    SANDBOX_ENABLED: 'false',
    ...BENCH_RATE_LIMITS,
    SUBSCRIPTION_BUFFER_EVENTS: '1000000',
    OUTBOUND_BREAKER_FAILURES: '1000',
    OUTBOUND_CONCURRENCY: '32',
    LOG_LEVEL: 'error',
  });
  const gateway = await startGateway(config, { logger: pino({ level: 'error' }) });
  try {
    const gql = gqlFor(gateway, adminKey);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const clientId = `SANDBOX_${randomBytes(6).toString('hex').toUpperCase()}`;
    const publicKeyBase64 = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    sandbox.registerClient({ clientId, publicKey: publicKeyBase64 });
    const created = await gql<{ createMerchant: { merchant: { id: string } } }>(
      `mutation($input: CreateMerchantInput!) { createMerchant(input: $input) { merchant { id } errors { code message } } }`,
      { input: { name: 'Bench shop', clientId, baseUrl: sandbox.url, merchantPrivateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'), alipayPublicKey: sandbox.alipayPublicKey } },
    );
    const merchantId = created.body.data!.createMerchant.merchant.id;
    const issued = await gql<{ issueApiKey: { secret: string } }>(
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret errors { code } } }`,
      { input: { name: 'bench', role: 'MERCHANT', merchantId } },
    );
    const merchantKey = issued.body.data!.issueApiKey.secret;
    const consult = await gql<{ consult: { authorization: { id: string; normalUrl: string } } }>(
      `mutation($input: ConsultInput!) { consult(input: $input) { authorization { id normalUrl } errors { code } } }`,
      { input: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://shop.example/back', scopes: ['AGREEMENT_PAY'] } },
      merchantKey,
    );
    const authorization = consult.body.data!.consult.authorization;
    sandbox.approveAuthorization({ authUrl: authorization.normalUrl });
    for (;;) {
      const r = await gql<{ authorization: { status: string } }>(`query($id: ID!) { authorization(id: $id) { status } }`, { id: authorization.id }, merchantKey);
      if (r.body.data?.authorization.status === 'ACTIVE') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    if (faults) injectChaos(sandbox, clientId, 1);
    const started = Date.now();
    const driven = await driveTraffic({ gql: gql as never }, { merchantKey }, authorization.id, payments, 32, 1);
    const driveSeconds = (Date.now() - started) / 1000;
    const query = ormQuery(gateway.orm.em);
    const quiet = await waitForQuiescence(query, 30 * 60_000);
    const report = await checkInvariants(query, sandbox, clientId);
    const stats = await gateway.jobs!.stats(0);
    return {
      title: faults ? `chaos (~10% call faults, 10% notifications dropped/duplicated/reordered)` : 'baseline: same traffic, no faults',
      payments: report.payments,
      refunds: report.refunds,
      notAtAms: report.notAtAms,
      mismatches: report.mismatches.length + driven.errors.length,
      driveSeconds,
      quiescenceSeconds: quiet / 1000,
      paymentsPerSecond: report.payments / driveSeconds,
      syncSteps: { ...gateway.jobs!.stepsExecuted },
      jobsCompleted: stats.queues.reduce((n, q) => n + q.completed, 0),
      dead: stats.dead,
    };
  } finally {
    await gateway.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatChaos(results: ChaosBenchResult[]): string {
  return results
    .map(
      (r) =>
        `${r.title}\n  payments ${r.payments} (${r.paymentsPerSecond.toFixed(1)}/s while driving ${r.driveSeconds.toFixed(1)} s), refunds ${r.refunds}, ` +
        `never reached AMS ${r.notAtAms}\n  quiescent ${r.quiescenceSeconds.toFixed(1)} s after the last request; sync steps ${JSON.stringify(r.syncSteps)}, ` +
        `jobs completed ${r.jobsCompleted}, dead ${r.dead}\n  invariant violations ${r.mismatches}`,
    )
    .join('\n');
}
