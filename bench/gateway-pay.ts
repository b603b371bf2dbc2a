/**
 * Pay through the gateway, against the direct signed pay it wraps, measured in one run:
 *   1. baseline: a bare Apollo 5 + express 5 echo mutation (the ceiling of any GraphQL mutation here);
 *   2. direct: signed pay requests (signed ahead of the run) straight to the sandbox;
 *   3. floor: the same bare Apollo server whose mutation signs and sends the pay with our AMS client and checks the
 *      answer (bench/servers/apollo-signed-pay.ts): the part of a pay no bookkeeping can remove;
 *   4. gateway: the `pay` mutation (persist intent → signed AMS call → record outcome + event) to the same sandbox.
 * Each at 32 connections (throughput) and at 1 connection (latency: the gateway's own overhead is its p50/p99 minus
 * the direct call's). Sandbox, gateway (with its embedded Postgres) and the Apollo echo each run in a child process.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabase } from '../src/persistence/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/persistence/embedded-postgres.js';
import { authorizeBenchUser, onboardBenchMerchant } from './lib/bench-merchant.js';
import { startChild, type ChildServer } from './lib/child.js';
import { runLoad, type LoadResult } from './lib/load.js';
import { signPayRequests } from './lib/signed-pays.js';
import { BENCH_RATE_LIMITS } from './lib/rate-limits.js';

const CLIENT_ID = 'SANDBOX_GWBENCH00000001';

export interface GatewayPayBench {
  rows: LoadResult[];
  ratios: {
    gatewayVsDirect: number;
    gatewayVsEcho: number;
    overheadP50Ms: number;
    overheadP99Ms: number;
    /** CPU of the serving process per request, against the echo's per echo (issue #13's measure: ≤ 4). */
    gatewayCpuVsEcho: number;
    floorCpuVsEcho: number;
  };
}

export async function runGatewayPayBench(seconds: number): Promise<GatewayPayBench> {
  const root = `/tmp/agw-bench-${randomUUID().slice(0, 8)}`;
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755); // the embedded Postgres runs as the postgres user when we are root
  const adminKey = `agw_live_${randomBytes(32).toString('base64url')}`;
  const children: ChildServer[] = [];
  let postgres: EmbeddedPostgres | undefined;
  try {
    // The gateway's Postgres, started here so the bench can choose its durability: default fsync'd commits (realistic);
    // BENCH_SYNC_COMMIT=off separates the disk's cost from ours.
    const syncCommit = process.env.BENCH_SYNC_COMMIT || undefined;
    postgres = await startEmbeddedPostgres({
      dataDir: join(root, 'postgres'),
      settings: syncCommit ? { synchronous_commit: syncCommit } : {},
    });
    await ensureDatabase(postgres.superuserUrl, 'gateway');
    console.log(`gateway database: embedded Postgres, synchronous_commit=${syncCommit ?? 'on (default)'}`);
    const echo = await startChild('bench/servers/apollo-echo.ts');
    children.push(echo);
    const sandbox = await startChild('src/sandbox/main.ts', { LOG_LEVEL: 'warn' }, 60_000, {
      args: ['--port', '0', '--data-dir', join(root, 'sandbox')],
      ready: /listening on (http:\/\/\S+)/,
    });
    children.push(sandbox);
    const gateway = await startChild(
      'src/main.ts',
      {
        DATA_DIR: join(root, 'gateway'),
        DATABASE_URL: postgres.urlFor('gateway').reveal(),
        PORT: '0',
        HOST: '127.0.0.1',
        ADMIN_API_KEY: adminKey,
        MASTER_KEY: randomBytes(32).toString('base64'),
        SANDBOX_ENABLED: 'false',
        ...BENCH_RATE_LIMITS,
        LOG_LEVEL: 'warn',
      },
      120_000,
      {
        ready: /ready: (http:\/\/\S+\/graphql)/,
        // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the gateway process, written when it drains.
        ...(process.env.BENCH_CPU_PROF ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] } : {}),
      },
    );
    children.push(gateway);

    // Onboard a merchant on the sandbox and the gateway, authorize once.
    const { key, merchantKey } = await onboardBenchMerchant(gateway.url, sandbox.url, adminKey, CLIENT_ID);
    const authorizationId = await authorizeBenchUser(gateway.url, sandbox.url, key);
    const tokens = (await (await fetch(`${sandbox.url}/__sandbox/tokens`)).json()) as {
      tokens?: Array<{ accessToken: string; clientId?: string }>;
    };
    const accessToken = tokens.tokens?.find((t) => !t.clientId || t.clientId === CLIENT_ID)?.accessToken;
    if (!accessToken) throw new Error('could not read the access token from the sandbox');

    const sandboxKeys = (await (await fetch(`${sandbox.url}/__sandbox/keys`)).json()) as { alipayPublicKey: string };
    const floor = await startChild('bench/servers/apollo-signed-pay.ts', {
      FLOOR_CLIENT_ID: CLIENT_ID,
      FLOOR_SANDBOX_URL: sandbox.url,
      FLOOR_MERCHANT_PRIVATE_KEY: merchantKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      FLOOR_ALIPAY_PUBLIC_KEY: sandboxKeys.alipayPublicKey,
      FLOOR_ACCESS_TOKEN: accessToken,
    });
    children.push(floor);

    // Direct signed pay: signed ahead of the run so the loader spends no CPU on RSA.
    const signed = await signPayRequests({
      count: Math.ceil(seconds * 6000) + 1000,
      clientId: CLIENT_ID,
      merchantKey,
      accessToken,
      amount: { currency: 'USD', value: '1000' },
      requestIdPrefix: `DIRECT_${randomUUID()}`,
    });
    const path = signed[0]!.path;
    let nextSigned = 0;
    const postmasterPid = postgres.pid;
    const cpuRoles = { gateway: gateway.process.pid!, sandbox: sandbox.process.pid!, echo: echo.process.pid!, floor: floor.process.pid! };
    const direct = (title: string, connections: number) =>
      runLoad({ title, url: `${sandbox.url}${path}`, connections, durationSeconds: seconds, cpuRoles, postmasterPid, nextRequest: () => signed[nextSigned++ % signed.length]! });
    const payBody = JSON.stringify({
      query: 'mutation($i:PayInput!){pay(input:$i){payment{id status} errors{code}}}',
      variables: { i: { authorizationId, amount: { value: '1000', currency: 'USD' }, referenceOrderId: 'bench', orderDescription: 'bench' } },
    });
    const viaGateway = (title: string, connections: number) =>
      runLoad({ title, url: gateway.url, connections, durationSeconds: seconds, cpuRoles, postmasterPid, headers: { authorization: `Bearer ${key}` }, body: payBody });
    const echoBody = JSON.stringify({ query: 'mutation($v:String!){echo(value:$v)}', variables: { v: 'hello' } });
    const floorBody = JSON.stringify({ query: 'mutation($v:String!,$c:String!){pay(value:$v,currency:$c)}', variables: { v: '1000', c: 'USD' } });

    // Warm up JIT, pools and caches on every path before measuring.
    await runLoad({ title: 'warm-up', url: gateway.url, connections: 8, durationSeconds: 2, headers: { authorization: `Bearer ${key}` }, body: payBody });
    await direct('warm-up', 8);
    await runLoad({ title: 'warm-up', url: floor.url, connections: 8, durationSeconds: 2, body: floorBody });

    const rows: LoadResult[] = [];
    rows.push(await runLoad({ title: 'baseline: bare Apollo echo mutation, 32 conn', url: echo.url, body: echoBody, durationSeconds: seconds, cpuRoles, postmasterPid }));
    rows.push(await direct('direct signed pay to the sandbox, 32 conn', 32));
    rows.push(await runLoad({ title: 'floor: bare Apollo mutation sending the signed pay (no database), 32 conn', url: floor.url, body: floorBody, durationSeconds: seconds, cpuRoles, postmasterPid }));
    rows.push(await viaGateway('pay through the gateway, 32 conn', 32));
    rows.push(await direct('direct signed pay to the sandbox, 1 conn', 1));
    rows.push(await viaGateway('pay through the gateway, 1 conn', 1));
    const [echoRow, direct32, floor32, gateway32, direct1, gateway1] = rows as [LoadResult, LoadResult, LoadResult, LoadResult, LoadResult, LoadResult];
    return {
      rows,
      ratios: {
        gatewayVsDirect: gateway32.requestsPerSecond / direct32.requestsPerSecond,
        gatewayVsEcho: gateway32.requestsPerSecond / echoRow.requestsPerSecond,
        overheadP50Ms: gateway1.p50Ms - direct1.p50Ms,
        overheadP99Ms: gateway1.p99Ms - direct1.p99Ms,
        gatewayCpuVsEcho: cpuOf(gateway32, 'gateway') / cpuOf(echoRow, 'echo'),
        floorCpuVsEcho: cpuOf(floor32, 'floor') / cpuOf(echoRow, 'echo'),
      },
    };
  } finally {
    for (const child of children.reverse()) await child.stop();
    await postgres?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

const cpuOf = (row: LoadResult, role: string): number => row.cpuMsPerRequest?.[role] ?? Number.NaN;
