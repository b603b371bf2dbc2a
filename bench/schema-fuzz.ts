// `npm run bench:fuzz`: the schema-wide fuzz of test/integration/hardening/schema-fuzz.test.ts, longer and with a
// random seed (printed, so a failure can be replayed with FUZZ_SEED). FUZZ_RUNS (default 5000). Not part of
// `npm run bench`: it measures robustness, not speed (the cases per second it prints are only for planning runs).
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { pino } from 'pino';
import { startGateway } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { buildGatewaySchema } from '../src/graphql/schema.js';
import { ensureDatabase } from '../src/persistence/database.js';
import { startEmbeddedPostgres } from '../src/persistence/embedded-postgres.js';
import { generateRsaKeyPair } from '../test/helpers/keys.js';
import { rowCounts } from '../test/helpers/row-counts.js';
import { fuzzProperty } from '../test/helpers/schema-fuzz.js';
import { rootFields } from '../test/helpers/schema-inputs.js';
import { BENCH_RATE_LIMITS } from './lib/rate-limits.js';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = Number(process.env.FUZZ_SEED ?? randomBytes(4).readUInt32BE() >> 1);
const root = `/tmp/agw-fuzz-${randomUUID().slice(0, 8)}`;
mkdirSync(root, { recursive: true });
chmodSync(root, 0o755); // the embedded Postgres runs as the postgres user when we are root
const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'postgres') });
const adminKey = `agw_live_${randomBytes(32).toString('base64url')}`;
let failed: boolean;
try {
  await ensureDatabase(postgres.superuserUrl, 'gateway');
  const gateway = await startGateway(
    loadConfig({
      DATA_DIR: join(root, 'gateway'),
      DATABASE_URL: postgres.urlFor('gateway').reveal(),
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_API_KEY: adminKey,
      MASTER_KEY: randomBytes(32).toString('base64'),
      SANDBOX_ENABLED: 'false',
      JOBS_ENABLED: 'false',
      ...BENCH_RATE_LIMITS,
    }),
    { logger: pino({ level: 'silent' }) },
  );
  try {
    const call = async <T>(query: string, variables: Record<string, unknown>) =>
      ((await (await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` }, body: JSON.stringify({ query, variables }) })).json()) as { data: T }).data;
    const created = await call<{ createMerchant: { merchant: { id: string } } }>(
      'mutation($i:CreateMerchantInput!){createMerchant(input:$i){merchant{id}}}',
      { i: { name: 'Fuzz', clientId: 'FUZZ_1', baseUrl: 'https://ams.example.invalid', merchantPrivateKey: generateRsaKeyPair().privateKeyBase64, alipayPublicKey: generateRsaKeyPair().publicKeyBase64 } },
    );
    const keys = [adminKey];
    for (const role of ['MERCHANT', 'MERCHANT_READONLY']) {
      const issued = await call<{ issueApiKey: { secret: string } }>('mutation($i:IssueApiKeyInput!){issueApiKey(input:$i){secret}}', {
        i: { role, merchantId: created.createMerchant.merchant.id, name: role },
      });
      keys.push(issued.issueApiKey.secret);
    }
    const schema = await buildGatewaySchema();
    const before = await rowCounts(gateway);
    const started = Date.now();
    console.log(`schema fuzz: ${rootFields(schema).length} queries and mutations, ${runs} runs, seed ${seed}`);
    const details = await fc.check(fuzzProperty(gateway.url, schema, keys), { seed, numRuns: runs, endOnFailure: true });
    const seconds = (Date.now() - started) / 1000;
    const stored = JSON.stringify(await rowCounts(gateway)) !== JSON.stringify(before);
    failed = details.failed || stored;
    console.log(details.failed ? fc.defaultReportMessage(details) : `no INTERNAL, no 5xx in ${details.numRuns} runs (${(details.numRuns / seconds).toFixed(0)} calls/s)`);
    console.log(stored ? 'FAILED: rows were stored' : 'nothing stored');
  } finally {
    await gateway.close();
  }
} finally {
  await postgres.stop();
  rmSync(root, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
