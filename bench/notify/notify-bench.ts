// Benchmarks of the notify module (BENCH=notify-ingest,notify-latency): see runNotifyBenches.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startChild, type ChildServer } from '../lib/child.js';
import { cpuPerRequest, cpuSnapshot } from '../lib/cpu.js';
import { signedPaymentNotification, type SignedNotification } from './sign.js';

export interface NotifyFigures {
  lines: string[];
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
/** The gateway child's heap after a full GC (see gateway-server.ts), in bytes. */
function heapAfterGc(server: ChildServer): Promise<number> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: server.process.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('HEAP ')) return;
      lines.close();
      resolve(Number(line.slice(5)));
    });
    server.process.kill('SIGUSR2');
  });
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ClientProc {
  child: ChildProcess;
  ready: Promise<void>;
  count: () => number;
  report: () => Promise<Array<[number, number]>>;
  send: (line: string) => void;
}

let failedSockets = 0;

function startClients(url: string, apiKey: string, clients: number, perSocket: number): ClientProc {
  const prof = process.env.BENCH_CHILD_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CHILD_PROF}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', 'bench/notify/subscriber-clients.ts'], {
    env: { ...process.env, BENCH_URL: url, BENCH_API_KEY: apiKey, BENCH_CLIENTS: String(clients), BENCH_PER_SOCKET: String(perSocket) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let count = 0;
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let histWaiter: ((h: Array<[number, number]>) => void) | undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('READY')) {
      failedSockets += Number(/failed=(\d+)/.exec(line)?.[1] ?? 0);
      readyResolve();
    }
    else if (line.startsWith('COUNT ')) count = Number(line.slice(6));
    else if (line.startsWith('HIST ')) histWaiter?.(JSON.parse(line.slice(5)) as Array<[number, number]>);
  });
  return {
    child,
    ready,
    count: () => count,
    send: (line) => child.stdin!.write(`${line}\n`),
    report: () =>
      new Promise((resolve) => {
        histWaiter = resolve;
        child.stdin!.write('REPORT\n');
      }),
  };
}

function percentile(hist: Map<number, number>, p: number): number {
  const total = [...hist.values()].reduce((a, b) => a + b, 0);
  let seen = 0;
  for (const bucket of [...hist.keys()].sort((a, b) => a - b)) {
    seen += hist.get(bucket)!;
    if (seen >= total * p) return bucket * 0.1;
  }
  return NaN;
}

async function post(server: ChildServer, n: SignedNotification): Promise<number> {
  const response = await fetch(`${server.url}${n.path}`, { method: 'POST', headers: n.headers, body: n.body });
  await response.text();
  return response.status;
}

function clientSetup(perSocket: number): string {
  const kind = process.env.BENCH_CLIENT ?? 'lean';
  return `${perSocket === 1 ? 'one per socket' : `${perSocket} per socket`}, ${kind} clients`;
}

const WARM_UP_EVENTS = 5;

/** Notification → subscriber latency with `subscriptions` open subscriptions, and RSS per idle subscription. */
async function latency(server: ChildServer, wanted: number, perSocket: number, events: number, next: () => number): Promise<string[]> {
  let subscriptions = wanted;
  const { merchantId, clientId, alipayKey, apiKey } = server.info as Record<string, string>;
  const perProcess = Number(process.env.BENCH_CLIENTS_PER_PROCESS ?? 2500);
  const rssBefore = rssKb(server.process.pid!);
  const heapBefore = await heapAfterGc(server);
  const procs: ClientProc[] = [];
  for (let left = wanted; left > 0; left -= perProcess) procs.push(startClients(server.url, apiKey!, Math.min(perProcess, left), perSocket));
  failedSockets = 0;
  await Promise.all(procs.map((p) => p.ready));
  // A few handshakes may fail when thousands connect at once on a busy machine: measure what connected, say so.
  const requested = subscriptions;
  subscriptions -= failedSockets;
  const total = () => procs.reduce((sum, p) => sum + p.count(), 0);
  // Every subscription is live once a warm-up event reached all of them.
  for (let warm = 0; total() < subscriptions; warm++) {
    await post(server, signedPaymentNotification(merchantId!, clientId!, alipayKey!, next(), `t${performance.timeOrigin + performance.now()}`));
    const deadline = Date.now() + 5_000;
    while (total() < subscriptions * (warm + 1) && Date.now() < deadline) await sleep(100);
    if (warm > 20) throw new Error(`only ${total()} of ${subscriptions} subscriptions received the warm-up`);
  }
  await sleep(1_000);
  const rssIdle = rssKb(server.process.pid!);
  const heapIdle = await heapAfterGc(server);
  // Warm the delivery path (JIT) as a running gateway's would be: the first fan-outs after start are 2-3× slower.
  const warmed = total() + WARM_UP_EVENTS * subscriptions;
  for (let i = 0; i < WARM_UP_EVENTS; i++) {
    await post(server, signedPaymentNotification(merchantId!, clientId!, alipayKey!, next(), `t${performance.timeOrigin + performance.now()}`));
    await sleep(250);
  }
  const warmDeadline = Date.now() + 30_000;
  while (total() < warmed && Date.now() < warmDeadline) await sleep(100);
  for (const p of procs) p.send('RESET');
  await sleep(300);
  // One notification at a time, BENCH_NOTIFY_GAP_MS apart (default 500): latency, not throughput.
  const gapMs = Number(process.env.BENCH_NOTIFY_GAP_MS ?? 500);
  const roles = { gateway: server.process.pid!, subscribers: procs.map((p) => p.child.pid!), loader: process.pid };
  const cpuBefore = cpuSnapshot(roles);
  const acks: number[] = [];
  for (let i = 0; i < events; i++) {
    const sent = performance.timeOrigin + performance.now();
    const stamped = signedPaymentNotification(merchantId!, clientId!, alipayKey!, next(), `t${sent}`);
    const status = await post(server, stamped);
    acks.push(performance.timeOrigin + performance.now() - sent);
    if (status !== 200) throw new Error(`notification answered ${status}`);
    await sleep(gapMs);
  }
  acks.sort((a, b) => a - b);
  const expected = subscriptions * events;
  const deadline = Date.now() + 30_000;
  while (total() < expected && Date.now() < deadline) await sleep(100);
  const cpu = Object.entries(cpuPerRequest(cpuBefore, cpuSnapshot(roles), total() / 1000))
    .sort((a, b) => b[1] - a[1])
    .map(([role, ms]) => `${role} ${ms}`)
    .join(', ');
  const hist = new Map<number, number>();
  for (const h of await Promise.all(procs.map((p) => p.report()))) for (const [bucket, n] of h) hist.set(bucket, (hist.get(bucket) ?? 0) + n);
  for (const p of procs) p.child.kill('SIGTERM');
  await sleep(500);
  return [
    `| notification → subscriber, ${subscriptions} subscriptions (${clientSetup(perSocket)})${requested !== subscriptions ? ` (${requested - subscriptions} of ${requested} sockets failed to connect)` : ''}, ${events} notifications ${gapMs} ms apart after ${WARM_UP_EVENTS} to warm up | p50 ${percentile(hist, 0.5).toFixed(1)} ms | p99 ${percentile(hist, 0.99).toFixed(1)} ms | max ${percentile(hist, 1).toFixed(1)} ms | delivered ${total()}/${expected}; the notification's own round trip (sign, POST, verify, commit, ack) p50 ${acks[Math.floor(acks.length / 2)]!.toFixed(1)} ms; CPU ms per 1,000 deliveries: ${cpu} |`,
    `| memory per idle subscription (${subscriptions}) | ${((heapIdle - heapBefore) / subscriptions / 1024).toFixed(1)} KiB of heap after a full GC (${Math.round(heapBefore / 2 ** 20)} → ${Math.round(heapIdle / 2 ** 20)} MiB); ${(((rssIdle - rssBefore) * 1024) / subscriptions / 1024).toFixed(1)} KiB of RSS (${Math.round(rssBefore / 1024)} → ${Math.round(rssIdle / 1024)} MiB) | | | |`,
  ];
}

/** Signed notifications posted straight at the receiver, each completing a distinct PROCESSING payment. */
async function ingest(server: ChildServer, seconds: number, next: () => number): Promise<string> {
  const { merchantId, clientId, alipayKey } = server.info as Record<string, string>;
  const presigned: SignedNotification[] = [];
  const want = Math.min(3_000 * seconds, 28_000);
  // A distinct AMS paymentId per notification: it is part of the inbox identity, so a shared one would make every
  // notification after the first a duplicate (acknowledged, not applied) and measure only the duplicate path.
  for (let i = 0; i < want; i++) {
    const n = next();
    presigned.push(signedPaymentNotification(merchantId!, clientId!, alipayKey!, n, `ingest-${n}`));
  }
  let cursor = 0;
  const perSecond: number[] = [];
  let inSecond = 0;
  const roles = { gateway: server.process.pid!, loader: process.pid };
  const cpuBefore = cpuSnapshot(roles);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections: 32,
        duration: seconds,
        requests: [
          {
            setupRequest: (req: autocannon.Request) => {
              const n = presigned[cursor++ % presigned.length]!;
              return { ...req, method: 'POST', path: n.path, headers: n.headers, body: n.body };
            },
          },
        ],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', () => inSecond++);
    const timer = setInterval(() => {
      perSecond.push(inSecond);
      inSecond = 0;
    }, 1000);
    instance.on('done', () => clearInterval(timer));
  });
  const cpu = Object.entries(cpuPerRequest(cpuBefore, cpuSnapshot(roles), result.requests.total))
    .sort((a, b) => b[1] - a[1])
    .map(([role, ms]) => `${role} ${ms}`)
    .join(', ');
  perSecond.sort((a, b) => a - b);
  const median = perSecond[Math.floor(perSecond.length / 2)] ?? 0;
  const reused = cursor > presigned.length ? ` (${cursor - presigned.length} were duplicates of earlier ones)` : '';
  return `| notifications ingested (signed, verified, inbox + transition + event, acked after commit), 32 connections | ${median}/s median of 1-s samples | p50 ${result.latency.p50} ms | p99 ${result.latency.p99} ms | ${result.requests.total} requests, non-2xx ${result.non2xx}, errors ${result.errors + result.timeouts}${reused}; CPU ms per notification: ${cpu} |`;
}

export async function runNotifyBenches(options: {
  seconds: number;
  ingest: boolean;
  latency: boolean;
  sizes: number[];
  /** Subscriptions per socket, each a separate scenario (1 = one browser tab each). */
  perSocket: number[];
  /** Called with each result line as soon as it is measured. */
  print: (line: string) => void;
}): Promise<string[]> {
  const server = await startChild('bench/notify/gateway-server.ts', { BENCH_PAYMENTS: '40000' }, 120_000, { nodeArgs: ['--expose-gc'] });
  let n = 0;
  const next = () => ++n;
  const lines: string[] = [];
  try {
    const add = (...found: string[]) => {
      lines.push(...found);
      found.forEach(options.print);
    };
    if (options.ingest) add(await ingest(server, options.seconds, next));
    if (options.latency) {
      for (const perSocket of options.perSocket) for (const size of options.sizes) add(...(await latency(server, size, perSocket, 20, next)));
    }
  } finally {
    await server.stop();
  }
  return lines;
}
