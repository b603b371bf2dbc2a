// `npm run bench`: every benchmark in one run, each with its baseline, so ratios are comparable on a noisy machine.
// Select with BENCH=name[,name]; duration with BENCH_SECONDS (default 10).
import os from 'node:os';
import { formatTable, runLoad, type LoadResult } from './lib/load.js';
import { startChild } from './lib/child.js';
import { formatChaos, runChaosBench, type ChaosBenchResult } from './chaos-payments.js';
import { runGatewayPayBench } from './gateway-pay.js';
import { runNotifyBenches } from './notify/notify-bench.js';
import { runSandboxPayBench } from './sandbox-pay.js';
import { formatScheduleBench, runScheduleBench } from './schedules-drain.js';
import { formatWebhookBench, runWebhookBench } from './webhooks-delivery.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const selected = (process.env.BENCH ?? '').split(',').filter(Boolean);
const wants = (name: string) => selected.length === 0 || selected.includes(name);

async function apolloEcho(): Promise<LoadResult> {
  const server = await startChild('bench/servers/apollo-echo.ts');
  try {
    return await runLoad({
      title: 'baseline: bare Apollo 5 + express 5 echo mutation',
      url: server.url,
      body: JSON.stringify({ query: 'mutation($v:String!){echo(value:$v)}', variables: { v: 'hello' } }),
      durationSeconds: seconds,
    });
  } finally {
    await server.stop();
  }
}

const results: LoadResult[] = [];
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
if (wants('apollo-echo')) results.push(await apolloEcho());
if (results.length) console.log(formatTable(results));

if (wants('sandbox-pay')) {
  console.log('\n## sandbox: signed pay calls per second (issue #3)');
  console.log((await runSandboxPayBench({ seconds })).table);
}

if (wants('gateway-pay')) {
  console.log('\n## gateway: pay through GraphQL vs the direct signed call (issue #4)');
  const bench = await runGatewayPayBench(seconds);
  console.log(formatTable(bench.rows));
  const r = bench.ratios;
  console.log(
    `gateway/direct throughput: ${(r.gatewayVsDirect * 100).toFixed(0)}% · gateway/echo: ${(r.gatewayVsEcho * 100).toFixed(0)}% · ` +
      `gateway overhead at 1 connection: p50 +${r.overheadP50Ms.toFixed(1)} ms, p99 +${r.overheadP99Ms.toFixed(1)} ms · ` +
      `CPU per request ÷ the echo's, 32 conn: gateway pay ${r.gatewayCpuVsEcho.toFixed(1)}×, floor ${r.floorCpuVsEcho.toFixed(1)}×`,
  );
}

// Reliability at scale (not a load test: a correctness run with its timings). CHAOS_BENCH_PAYMENTS, default 10 000.
const chaosPayments = Number(process.env.CHAOS_BENCH_PAYMENTS ?? 10_000);
const chaos: ChaosBenchResult[] = [];
if (wants('chaos-baseline')) chaos.push(await runChaosBench(chaosPayments, false));
if (wants('chaos')) chaos.push(await runChaosBench(chaosPayments, true));
if (chaos.length > 0) console.log(formatChaos(chaos));
// Notifications (BENCH=notify-ingest,notify-latency; BENCH_SUBSCRIPTIONS=1000,10000; BENCH_PER_SOCKET=1,100: subscriptions
// per socket, each a scenario; BENCH_CLIENT=lean|graphql-ws).
if (wants('notify-ingest') || wants('notify-latency')) {
  const sizes = (process.env.BENCH_SUBSCRIPTIONS ?? '1000,10000').split(',').map(Number);
  const perSocket = process.env.BENCH_CLIENT === 'graphql-ws' ? [1] : (process.env.BENCH_PER_SOCKET ?? '1,100').split(',').map((n) => Math.max(1, Number(n)));
  console.log(['', '| notify scenario | figure | | | |', '| --- | --- | --- | --- | --- |'].join('\n'));
  await runNotifyBenches({ seconds, ingest: wants('notify-ingest'), latency: wants('notify-latency'), sizes, perSocket, print: (line) => console.log(line) });
}

// Lists at a million rows (BENCH=lists; BENCH_LIST_ROWS, default 1,000,000 per table; BENCH_LIST_SAMPLES, default 200).
if (selected.includes('lists')) {
  const { formatListBench, runListBench } = await import('./lists/list-bench.js');
  const rows = Number(process.env.BENCH_LIST_ROWS ?? 1_000_000);
  console.log(`\n## lists: every filter at ${rows} rows per table (one connection, sequential requests)`);
  console.log(formatListBench(await runListBench({ rows, samples: Number(process.env.BENCH_LIST_SAMPLES ?? 200) })));
}

// Outgoing webhooks (BENCH=webhooks; BENCH_WEBHOOK_EVENTS, default 20 000; BENCH_WEBHOOK_IDLE_EVENTS, default 200).
if (wants('webhooks')) {
  console.log('\n## webhooks: deliveries per second to a local receiver, idle event-to-delivery latency (issue #14)');
  console.log(formatWebhookBench(await runWebhookBench()));
}

// Recurring debits (BENCH=schedules; BENCH_SCHEDULES, default 10 000; BENCH_SCHEDULE_USERS, default 100;
// BENCH_SCHEDULE_TICK_SECONDS, default 15 like the gateway's).
if (selected.includes('schedules')) {
  console.log('\n## schedules: every schedule due at one instant, drained (issue #15)');
  console.log(formatScheduleBench(await runScheduleBench()));
}

// Retention (BENCH=retention; BENCH_RETENTION_ROWS expired events, default 200 000; RETENTION_BATCH_SIZE, default 1000).
if (selected.includes('retention')) {
  const { formatRetentionBench, runRetentionBench } = await import('./retention/retention-bench.js');
  const rows = Number(process.env.BENCH_RETENTION_ROWS ?? 200_000);
  console.log(`\n## retention: removing ${rows} expired events (of ${rows * 2}) three ways, with a live writer waiting on the safe horizon`);
  console.log(formatRetentionBench(await runRetentionBench(rows, Number(process.env.RETENTION_BATCH_SIZE ?? 1000))));
}

// Tracing overhead per span (BENCH=tracing; BENCH_TRACING_QUERIES per round, default 5 000).
if (selected.includes('tracing')) {
  const { formatTracingOverhead, runTracingOverhead } = await import('./tracing/tracing-overhead.js');
  console.log('\n## tracing: CPU per SQL statement with and without a span (median of 5 alternating rounds)');
  console.log(formatTracingOverhead(await runTracingOverhead(Number(process.env.BENCH_TRACING_QUERIES ?? 5000))));
}
