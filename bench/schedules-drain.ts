/**
 * Recurring debits at scale: BENCH_SCHEDULES schedules (default 10,000) on BENCH_SCHEDULE_USERS authorizations
 * (default 100), all due at the same instant, drained by the schedule tick and the charge queue of one gateway
 * against a sandbox child. Reported: time from the due instant to the first and the last cycle PAID, charges per
 * second, CPU per charge by process, and a proof that nothing was charged twice (the sandbox's payments: exactly one
 * SUCCESS per cycle, no other payment). Baseline in the same run: the `pay` mutation called directly by a merchant's
 * own scheduler (16 connections), on the same gateway, sandbox and Postgres, with its CPU per pay.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import pLimit from 'p-limit';
import { ensureDatabase } from '../src/persistence/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/persistence/embedded-postgres.js';
import { authorizeBenchUser, gql, onboardBenchMerchant } from './lib/bench-merchant.js';
import { startChild, type ChildServer } from './lib/child.js';
import { cpuPerRequest, cpuSnapshot } from './lib/cpu.js';
import { runLoad, type LoadResult } from './lib/load.js';
import { BENCH_RATE_LIMITS } from './lib/rate-limits.js';

const CLIENT_ID = 'SANDBOX_SCHEDBENCH000001';
const CREATE = 'mutation($i:CreateScheduleInput!){createSchedule(input:$i){schedule{id} errors{code field message}}}';

export interface ScheduleBenchResult {
  schedules: number;
  users: number;
  tickSeconds: number;
  createSeconds: number;
  firstPaidAfterDueMs: number;
  drainedAfterDueMs: number;
  chargesPerSecond: number;
  cpuMsPerCharge: Record<string, number>;
  atAms: { payments: number; successes: number; cyclesChargedTwice: number; foreign: number };
  baseline: LoadResult;
}

async function waitUntil(at: number): Promise<void> {
  const wait = at - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

export async function runScheduleBench(): Promise<ScheduleBenchResult> {
  const schedules = Number(process.env.BENCH_SCHEDULES ?? 10_000);
  const users = Number(process.env.BENCH_SCHEDULE_USERS ?? 100);
  const tickSeconds = Number(process.env.BENCH_SCHEDULE_TICK_SECONDS ?? 15);
  const root = `/tmp/agw-bench-${randomUUID().slice(0, 8)}`;
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755); // the embedded Postgres runs as the postgres user when we are root
  const adminKey = `agw_live_${randomBytes(32).toString('base64url')}`;
  const children: ChildServer[] = [];
  let postgres: EmbeddedPostgres | undefined;
  let reader: pg.Client | undefined;
  try {
    postgres = await startEmbeddedPostgres({ dataDir: join(root, 'postgres') });
    await ensureDatabase(postgres.superuserUrl, 'gateway');
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
        SCHEDULES_TICK_SECONDS: String(tickSeconds),
        ...BENCH_RATE_LIMITS,
        LOG_LEVEL: 'warn',
      },
      120_000,
      { ready: /ready: (http:\/\/\S+\/graphql)/ },
    );
    children.push(gateway);
    const merchant = await onboardBenchMerchant(gateway.url, sandbox.url, adminKey, CLIENT_ID);
    const authorizations: string[] = [];
    for (let i = 0; i < users; i++) authorizations.push(await authorizeBenchUser(gateway.url, sandbox.url, merchant.key));

    // Every schedule starts at the same instant, far enough ahead for all of them to be created first.
    const leadSeconds = Number(process.env.BENCH_SCHEDULE_LEAD_SECONDS ?? Math.max(60, Math.ceil(schedules / 60)));
    const dueAt = Math.ceil((Date.now() + leadSeconds * 1000) / 1000) * 1000;
    const createStarted = Date.now();
    const limit = pLimit(16);
    await Promise.all(
      Array.from({ length: schedules }, (_, i) =>
        limit(async () => {
          const created = await gql<{ createSchedule: { schedule: { id: string } | null; errors: unknown[] } }>(gateway.url, merchant.key, CREATE, {
            i: {
              authorizationId: authorizations[i % users],
              amount: { value: String(1000 + (i % 90) * 100), currency: 'USD' },
              recurrence: { frequency: 'MONTHLY' },
              startAt: new Date(dueAt).toISOString(),
              maxCycles: 12,
              description: 'Monthly plan',
              idempotencyKey: `bench-${i}`,
            },
          });
          if (!created.createSchedule.schedule) throw new Error(`createSchedule: ${JSON.stringify(created.createSchedule.errors)}`);
        }),
      ),
    );
    const createSeconds = (Date.now() - createStarted) / 1000;
    if (Date.now() >= dueAt) throw new Error(`creating ${schedules} schedules took ${createSeconds} s, past the due instant: raise BENCH_SCHEDULE_LEAD_SECONDS`);

    reader = new pg.Client({ connectionString: postgres.urlFor('gateway').reveal() });
    await reader.connect();
    const db = reader;
    const count = async (sql: string) => Number((await db.query<{ n: number }>(sql)).rows[0]?.n ?? 0);

    await waitUntil(dueAt);
    const roles = { gateway: gateway.process.pid!, sandbox: sandbox.process.pid!, bench: process.pid };
    const before = cpuSnapshot(roles, postgres.pid);
    let firstPaidAt = 0;
    const deadline = dueAt + Number(process.env.BENCH_SCHEDULE_TIMEOUT_SECONDS ?? 900) * 1000;
    let paid = 0;
    while (paid < schedules) {
      if (Date.now() > deadline) throw new Error(`only ${paid} of ${schedules} cycles PAID before the timeout`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      paid = await count(`select count(*)::int as n from schedule_cycles where status = 'PAID'`);
      if (paid > 0 && firstPaidAt === 0) firstPaidAt = Date.now();
    }
    const drainedAt = Date.now();
    const after = cpuSnapshot(roles, postgres.pid);

    // Ground truth: one SUCCESS per (schedule, cycle) at the sandbox, and no payment outside the schedules' ids.
    const { payments } = (await (await fetch(`${sandbox.url}/__sandbox/payments?clientId=${CLIENT_ID}`)).json()) as {
      payments: Array<{ paymentRequestId: string; status: string }>;
    };
    const perCycle = new Map<string, number>();
    let foreign = 0;
    for (const p of payments) {
      const match = /^(sch_[A-Z0-9]+)-c(\d+)-a\d+$/.exec(p.paymentRequestId);
      if (!match) foreign += 1;
      else if (p.status === 'SUCCESS') perCycle.set(`${match[1]}#${match[2]}`, (perCycle.get(`${match[1]}#${match[2]}`) ?? 0) + 1);
    }
    const successes = [...perCycle.values()].reduce((sum, n) => sum + n, 0);
    const cyclesChargedTwice = [...perCycle.values()].filter((n) => n > 1).length;
    if (perCycle.size !== schedules || cyclesChargedTwice > 0 || foreign > 0) {
      throw new Error(`ground truth: ${perCycle.size} cycles charged of ${schedules}, ${cyclesChargedTwice} twice, ${foreign} foreign payments`);
    }

    // Baseline: the same charges as a merchant's own scheduler would make them, with the pay mutation.
    const payBody = JSON.stringify({
      query: 'mutation($i:PayInput!){pay(input:$i){payment{id status} errors{code}}}',
      variables: { i: { authorizationId: authorizations[0], amount: { value: '1000', currency: 'USD' }, referenceOrderId: 'bench', orderDescription: 'bench' } },
    });
    const baseline = await runLoad({
      title: 'baseline: pay mutation, 16 conn (a merchant scheduler calling pay)',
      url: gateway.url,
      connections: 16,
      durationSeconds: Number(process.env.BENCH_SECONDS ?? 10),
      cpuRoles: { gateway: gateway.process.pid!, sandbox: sandbox.process.pid! },
      postmasterPid: postgres.pid,
      headers: { authorization: `Bearer ${merchant.key}` },
      body: payBody,
    });

    return {
      schedules,
      users,
      tickSeconds,
      createSeconds,
      firstPaidAfterDueMs: firstPaidAt - dueAt,
      drainedAfterDueMs: drainedAt - dueAt,
      chargesPerSecond: Math.round(schedules / ((drainedAt - firstPaidAt) / 1000 || 1)),
      cpuMsPerCharge: cpuPerRequest(before, after, schedules),
      atAms: { payments: payments.length, successes, cyclesChargedTwice, foreign },
      baseline,
    };
  } finally {
    await reader?.end().catch(() => undefined);
    for (const child of children.reverse()) await child.stop();
    await postgres?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatScheduleBench(r: ScheduleBenchResult): string {
  const cpu = (m: Record<string, number> | undefined) =>
    Object.entries(m ?? {})
      .map(([role, ms]) => `${role} ${ms.toFixed(2)}`)
      .join(' · ');
  return [
    '| schedules | figure |',
    '| --- | --- |',
    `| schedules due at one instant (users) | ${r.schedules} (${r.users}), tick every ${r.tickSeconds} s |`,
    `| created in (16 connections, before the due instant) | ${r.createSeconds.toFixed(1)} s |`,
    `| due → first cycle PAID / due → all PAID | ${(r.firstPaidAfterDueMs / 1000).toFixed(1)} s / ${(r.drainedAfterDueMs / 1000).toFixed(1)} s |`,
    `| charges per second (first → last PAID) | ${r.chargesPerSecond} |`,
    `| CPU ms per charge, by process | ${cpu(r.cpuMsPerCharge)} |`,
    `| baseline: pay mutation, 16 conn — pays/s, CPU ms per pay | ${r.baseline.requestsPerSecond.toFixed(0)} · ${cpu(r.baseline.cpuMsPerRequest)} |`,
    `| sandbox ground truth: payments / SUCCESS / cycles charged twice / foreign | ${r.atAms.payments} / ${r.atAms.successes} / ${r.atAms.cyclesChargedTwice} / ${r.atAms.foreign} |`,
  ].join('\n');
}
