/**
 * Signed pay calls per second against the AMS sandbox, with baselines measured in the same run:
 *   1. raw RSA-2048 signing (one core, and on the libuv pool = all cores);
 *   2. an unsigned echo server (node:http, fixed JSON) under the same loader — the HTTP ceiling;
 *   3. the sandbox: verify the request signature, run pay, sign the answer.
 * Servers run in child processes so the loader does not share their event loop. Requests are signed before the clock
 * starts (each has its own paymentRequestId), so the loader's cost is HTTP only: signing in the loader (autocannon's
 * setupRequest) would take a quarter of a core away from the sandbox on a 2-core machine and understate it.
 *
 *   npx tsx bench/sandbox-pay.ts [--seconds 5] [--concurrency 64]
 *
 * `runSandboxPayBench()` is exported for bench/run.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, createPublicKey, sign } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatSignatureHeader, signMessageAsync } from '../src/ams/signing/index.js';
import { signPayRequests } from './lib/signed-pays.js';

let SECONDS = 5;
let CONCURRENCY = 64;
const CLIENT_ID = 'SANDBOX_BENCH000000001';

interface Prepared {
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface LoadResult {
  name: string;
  requests: number;
  ok: number;
  seconds: number;
  p50: number;
  p99: number;
}

function startChild(args: string[], ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code}: ${output}`)));
  });
}

const ECHO_SERVER = `
const http = require('node:http');
const body = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } });
const server = http.createServer({ keepAliveTimeout: 65000 }, (req, res) => {
  req.on('data', () => {});
  req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }); res.end(body); });
});
server.listen(0, '127.0.0.1', () => console.log('echo on http://127.0.0.1:' + server.address().port));
`;

async function postJson(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

/** Runs `prepared` requests with CONCURRENCY in flight on keep-alive sockets for at most SECONDS. */
function load(name: string, baseUrl: string, prepared: Prepared[]): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  let ok = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const worker = async () => {
    while (next < prepared.length && performance.now() < deadline) {
      const item = prepared[next++]!;
      const sent = performance.now();
      const text = await new Promise<string>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path: item.path, method: 'POST', agent, headers: item.headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString()));
        });
        req.on('error', reject);
        req.end(item.body);
      });
      latencies.push(performance.now() - sent);
      if (text.includes('"resultStatus":"S"')) ok++;
    }
  };
  return Promise.all(Array.from({ length: CONCURRENCY }, worker)).then(() => {
    agent.destroy();
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
    return { name, requests: latencies.length, ok, seconds, p50: pct(0.5), p99: pct(0.99) };
  });
}

async function signingRate(): Promise<{ sync: number; pool: number }> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const data = Buffer.alloc(600, 'x');
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1000) {
    sign('sha256', data, privateKey);
    n++;
  }
  const sync = n / ((performance.now() - t0) / 1000);
  const t1 = performance.now();
  const total = 4000;
  await Promise.all(
    Array.from({ length: total }, () => new Promise<void>((resolve, reject) => sign('sha256', data, privateKey, (e) => (e ? reject(e) : resolve())))),
  );
  return { sync, pool: total / ((performance.now() - t1) / 1000) };
}

export interface SandboxPayBench {
  rsaSignPerSecond: { oneCore: number; pool: number };
  echo: LoadResult;
  sandbox: LoadResult;
  table: string;
}

export async function runSandboxPayBench(options: { seconds?: number; concurrency?: number } = {}): Promise<SandboxPayBench> {
  SECONDS = options.seconds ?? SECONDS;
  CONCURRENCY = options.concurrency ?? CONCURRENCY;
  process.stdout.write(`cores: ${cpus().length}, concurrency ${CONCURRENCY}, ${SECONDS}s per run\n`);
  const rsa = await signingRate();

  const sandbox = await startChild(
    [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), '--import', 'tsx', 'src/sandbox/main.ts', '--port', '0', '--data-dir', mkdtempSync(join(tmpdir(), 'sandbox-bench-'))],
    /listening on (http:\/\/[0-9.:]+)/,
  );
  const echo = await startChild(['-e', ECHO_SERVER], /echo on (http:\/\/[0-9.:]+)/);
  try {
    const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const publicKey = createPublicKey(merchant).export({ format: 'der', type: 'spki' }).toString('base64');
    await postJson(`${sandbox.url}/__sandbox/clients`, { clientId: CLIENT_ID, publicKey });
    const accessToken = await authorize(sandbox.url, merchant);

    const count = Math.ceil(SECONDS * 6000) + 2000;
    process.stdout.write(`signing ${count} pay requests ahead of the run…\n`);
    const prepared: Prepared[] = await signPayRequests({
      count,
      clientId: CLIENT_ID,
      merchantKey: merchant,
      accessToken,
      amount: { currency: 'PHP', value: '30000' },
      requestIdPrefix: `BENCH_${Date.now()}`,
    });
    await load('warm-up', sandbox.url, prepared.splice(0, 2000));
    const echoRun = await load('unsigned echo server', echo.url, prepared.slice(0, prepared.length));
    const sandboxRun = await load('sandbox signed pay', sandbox.url, prepared);

    const rows: string[][] = [
      ['measure', 'ops', 'seconds', 'ops/s', 'p50 ms', 'p99 ms'],
      ['RSA-2048 sign, 1 core (sync)', '-', '1.0', rsa.sync.toFixed(0), '-', '-'],
      ['RSA-2048 sign, libuv pool', '4000', '-', rsa.pool.toFixed(0), '-', '-'],
      ...[echoRun, sandboxRun].map((r) => [
        `${r.name} (${r.ok} S)`,
        String(r.requests),
        r.seconds.toFixed(2),
        (r.requests / r.seconds).toFixed(0),
        r.p50.toFixed(2),
        r.p99.toFixed(2),
      ]),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    const table = rows.map((row) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`).join('\n');
    return { rsaSignPerSecond: { oneCore: rsa.sync, pool: rsa.pool }, echo: echoRun, sandbox: sandboxRun, table };
  } finally {
    sandbox.child.kill('SIGINT');
    echo.child.kill();
  }
}

async function authorize(baseUrl: string, merchant: import('node:crypto').KeyObject): Promise<string> {
  const call = async (endpoint: string, payload: unknown) => {
    const path = `/ams/sandbox/api/v1/${endpoint}`;
    const body = JSON.stringify(payload);
    const time = String(Date.now());
    const signature = await signMessageAsync({ method: 'POST', path, clientId: CLIENT_ID, time, body }, merchant);
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json; charset=UTF-8', 'client-id': CLIENT_ID, 'request-time': time, signature: formatSignatureHeader(signature) },
    });
    return (await response.json()) as Record<string, unknown>;
  };
  await call('authorizations/consult', { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://m.example/r', scopes: ['AGREEMENT_PAY'], authState: 'BENCH' });
  const { authCode } = (await postJson(`${baseUrl}/__sandbox/authorizations/approve`, { clientId: CLIENT_ID, authState: 'BENCH' })) as { authCode: string };
  const token = await call('authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'GCASH', authCode });
  return String(token.accessToken);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { seconds: { type: 'string' }, concurrency: { type: 'string' } } });
  runSandboxPayBench({ seconds: Number(values.seconds ?? 5), concurrency: Number(values.concurrency ?? 64) })
    .then((result) => process.stdout.write(`${result.table}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    });
}
