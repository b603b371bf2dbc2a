/* eslint-disable @typescript-eslint/no-explicit-any -- a throwaway diagnostic script */
// Usage: npx tsx bench/sql-probe.ts (one pay, its statements with durations); LOAD=1 adds 3 s of 32 concurrent pays; PROF=<dir> profiles the gateway.
// Counts the SQL statements of one pay through the gateway: Postgres with log_statement=all, onLog captured.
import { startChild } from './lib/child.js';
import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, chmodSync } from 'node:fs';
import { publicKeyToBase64 } from '../src/ams/signing/index.js';
import { startEmbeddedPostgres } from '../src/persistence/embedded-postgres.js';
import { BENCH_RATE_LIMITS } from './lib/rate-limits.js';
const root = `/tmp/agw-sqlprobe-${Date.now()}`; mkdirSync(root); chmodSync(root, 0o755);
const lines: string[] = [];
let capture = false;
const pg = await startEmbeddedPostgres({ dataDir: root + '/pg', settings: { synchronous_commit: 'off', log_line_prefix: '%m [%p] ', log_min_duration_statement: '0', log_lock_waits: 'on', deadlock_timeout: '5ms' }, onLog: (l) => { if (capture) lines.push(l); } });
const adminKey = `agw_live_${randomBytes(32).toString('base64url')}`;
const sandbox = await startChild('src/sandbox/main.ts', { LOG_LEVEL: 'warn' }, 60000, { args: ['--port', '0', '--data-dir', root + '/sb'], ready: /listening on (http:\/\/\S+)/ });
const gateway = await startChild('src/main.ts', { DATA_DIR: root + '/gw', DATABASE_URL: pg.superuserUrl.reveal(), PORT: '0', HOST: '127.0.0.1', ADMIN_API_KEY: adminKey, MASTER_KEY: randomBytes(32).toString('base64'), SANDBOX_ENABLED: 'false', LOG_LEVEL: 'warn', ...BENCH_RATE_LIMITS }, 120000, { ready: /ready: (http:\/\/\S+\/graphql)/, ...(process.env.PROF ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir=' + process.env.PROF] } : {}) });
const gql = async (key: string, query: string, variables: object) => { const r = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) }); const j = await r.json() as any; return j.data; };
const mk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const keys = await (await fetch(`${sandbox.url}/__sandbox/keys`)).json() as any;
await fetch(`${sandbox.url}/__sandbox/clients`, { method: 'POST', body: JSON.stringify({ clientId: 'SANDBOX_P1', publicKey: publicKeyToBase64(mk) }) });
const c = await gql(adminKey, 'mutation($i:CreateMerchantInput!){createMerchant(input:$i){merchant{id} errors{message}}}', { i: { name: 'p', clientId: 'SANDBOX_P1', baseUrl: sandbox.url, merchantPrivateKey: mk.export({ format: 'der', type: 'pkcs8' }).toString('base64'), alipayPublicKey: keys.alipayPublicKey } });
const k = (await gql(adminKey, 'mutation($i:IssueApiKeyInput!){issueApiKey(input:$i){secret}}', { i: { merchantId: c.createMerchant.merchant.id, role: 'MERCHANT', name: 'p' } })).issueApiKey.secret;
const cons = await gql(k, 'mutation($i:ConsultInput!){consult(input:$i){authorization{id normalUrl}}}', { i: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://m.example/r', terminalType: 'WEB' } });
const ap = await (await fetch(`${sandbox.url}/__sandbox/authorizations/approve`, { method: 'POST', body: JSON.stringify({ authUrl: cons.consult.authorization.normalUrl }) })).json() as any;
await gql(k, 'mutation($i:ApplyTokenInput!){applyToken(input:$i){authorization{status}}}', { i: { authorizationId: cons.consult.authorization.id, authCode: ap.authCode, authState: ap.authState } });
const payQ = 'mutation($i:PayInput!){pay(input:$i){payment{id status} errors{code}}}';
const payV = { i: { authorizationId: cons.consult.authorization.id, amount: { value: '1000', currency: 'USD' }, referenceOrderId: 'b', orderDescription: 'b' } };
for (let i = 0; i < 3; i++) await gql(k, payQ, payV);
await new Promise((r) => setTimeout(r, 300));
capture = true;
const res = await gql(k, payQ, payV);
await new Promise((r) => setTimeout(r, 300));
capture = false;
console.log(JSON.stringify(res));
for (const l of lines) console.log(l.slice(0, 300));
if (process.env.LOAD) {
  lines.length = 0;
  capture = true;
  const until = Date.now() + Number(process.env.LOAD_MS ?? 3000);
  let n = 0;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: 32 }, async () => { while (Date.now() < until) { await gql(k, payQ, payV); n++; } }));
  capture = false;
  console.log('pays', n, 'per s', (n / ((Date.now() - t0) / 1000)).toFixed(0));
  const slow = lines.filter((l) => /duration: (\d+\.\d+)/.exec(l) && Number(/duration: (\d+\.\d+)/.exec(l)![1]) > 5);
  console.log('statements', lines.filter((l) => l.includes('duration:')).length, 'slow>5ms', slow.length);
  for (const l of slow.slice(0, 15)) console.log(l.slice(0, 250));
  for (const l of lines.filter((l) => /lock|still waiting/i.test(l) && !l.includes('duration:')).slice(0, 15)) console.log(l.slice(0, 300));
}
await gateway.stop(); await sandbox.stop(); await pg.stop();
