// Child process: the real gateway (embedded Postgres with its default, durable settings) with one merchant whose
// "Alipay" key the loader holds, and `count` PROCESSING payments for notifications to complete. Prints
// `READY <url> merchantId=… apiKey=… clientId=… alipayKey=<pkcs8 base64> payments=<prefix>` and serves until SIGTERM.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/shared/logger.js';
import { BENCH_RATE_LIMITS } from '../lib/rate-limits.js';

const count = Number(process.env.BENCH_PAYMENTS ?? 20_000);
const root = join('/tmp', `agw-bench-${randomBytes(4).toString('hex')}`);
mkdirSync(root, { mode: 0o755 });
chmodSync(root, 0o755);
const adminKey = 'bench_admin_' + 'k'.repeat(40);
const gateway = await startGateway(
  loadConfig({
    DATA_DIR: root,
    PORT: '0',
    HOST: '127.0.0.1',
    MASTER_KEY: randomBytes(32).toString('base64'),
    ADMIN_API_KEY: adminKey,
    SANDBOX_ENABLED: 'false',
    ...BENCH_RATE_LIMITS,
    LOG_LEVEL: 'silent',
    SUBSCRIPTION_BUFFER_EVENTS: '100000',
    NOTIFY_MAX_SKEW_SECONDS: '3600',
    AUTO_APPLY_TOKEN: 'false',
    // The payments below are written straight into the tables with no AMS behind them (baseUrl port 9): the recovery
    // sweep (every 60 s) would schedule a sync job for each of the tens of thousands still PROCESSING and the workers
    // would load the machine trying to resolve them, in the middle of whichever scenario runs then.
    JOBS_ENABLED: 'false',
  }),
  { logger: silentLogger },
);

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

const der = (key: ReturnType<typeof generateKeyPairSync>['privateKey'], type: 'pkcs8' | 'spki') => key.export({ format: 'der', type }).toString('base64');
const alipay = generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchantKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const clientId = `SANDBOX_BENCH${randomBytes(3).toString('hex').toUpperCase()}`;
const created = await gql<{ createMerchant: { merchant: { id: string } } }>(
  `mutation($input: CreateMerchantInput!) { createMerchant(input: $input) { merchant { id } } }`,
  { input: { name: 'Bench', clientId, baseUrl: 'http://127.0.0.1:9', merchantPrivateKey: der(merchantKeys.privateKey, 'pkcs8'), alipayPublicKey: alipay.publicKey.export({ format: 'der', type: 'spki' }).toString('base64') } },
);
const merchantId = created.createMerchant.merchant.id;
const issued = await gql<{ issueApiKey: { secret: string } }>(
  `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }`,
  { input: { name: 'bench', role: 'MERCHANT_READONLY', merchantId } },
);

// Payments to complete, written straight into the tables (the bench measures notifications, not pay).
const sql = gateway.orm.em.getConnection();
// BENCH_SYNC_COMMIT=off: non-durable commits, to separate the disk's cost from ours (as in the gateway-pay bench).
const syncCommit = process.env.BENCH_SYNC_COMMIT;
if (syncCommit) {
  if (!/^(on|off|local|remote_write|remote_apply)$/.test(syncCommit)) throw new Error(`BENCH_SYNC_COMMIT=${syncCommit}: expected on or off`);
  await sql.execute(`alter system set synchronous_commit = ${syncCommit}`);
  await sql.execute('select pg_reload_conf()');
}
await sql.execute(
  `insert into authorizations (id, merchant_id, status, input_hash, created_at, updated_at, customer_belongs_to, auth_state, auth_redirect_url, scopes)
   values ('aut_bench', ?, 'ACTIVE', 'x', now(), now(), 'GCASH', 'bench', 'https://x', '[]')`,
  [merchantId],
);
await sql.execute(
  `insert into payments (id, merchant_id, status, input_hash, created_at, updated_at, authorization_id, payment_request_id, amount_value, currency, payment_method_type, reference_order_id, order_description)
   select 'pay_bench_' || g, ?, 'PROCESSING', 'x', now(), now(), 'aut_bench', 'PR_' || g, 1000, 'PHP', 'GCASH', 'o' || g, 'bench' from generate_series(1, ?) g`,
  [merchantId, count],
);

console.log(
  `READY ${gateway.url} merchantId=${merchantId} apiKey=${issued.issueApiKey.secret} clientId=${clientId} alipayKey=${der(alipay.privateKey, 'pkcs8')} payments=PR_`,
);
const stop = async () => {
  await gateway.close();
  rmSync(root, { recursive: true, force: true });
  process.exit(0);
};
// SIGUSR2: a full GC, then `HEAP <bytes used>` (the bench's memory-per-subscription figure, free of GC timing).
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`HEAP ${process.memoryUsage().heapUsed}`);
  // Subscriptions still registered with the event hub (a leak shows up here between scenarios).
  console.error(`gateway: ${gateway.services.eventHub.subscriberCount} hub subscriptions`);
});
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
