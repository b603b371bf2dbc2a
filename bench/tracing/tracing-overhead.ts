// Tracing overhead (BENCH=tracing; BENCH_TRACING_QUERIES, default 5,000 per round): the CPU a traced SQL statement
// costs over an untraced one, in this process. Each round runs the same `select 1` statements through the gateway's
// Sql pool with tracing off (the baseline) and on (inside a parent span, so every statement gets a `db.query` span,
// handed one by one — the processor a given exporter gets — to an exporter that drops them: the SDK's cost without a
// network, an upper bound of production's batched export), alternating rounds; CPU time
// (process.cpuUsage) rather than wall time, the machine being shared.
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { context, trace } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { startEmbeddedPostgres } from '../../src/persistence/embedded-postgres.js';
import { SqlPool } from '../../src/persistence/sql-pool.js';
import { tracingConfigOf, tracingEnvSchema } from '../../src/config/tracing-env.js';
import { startTracing } from '../../src/observability/tracing.js';
import { gatewayTracer } from '../../src/observability/spans.js';

class DroppingExporter implements SpanExporter {
  exported = 0;
  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.exported += spans.length;
    done({ code: 0 });
  }
  async shutdown(): Promise<void> {}
}

export interface TracingOverhead {
  queries: number;
  offCpuUsPerQuery: number;
  onCpuUsPerQuery: number;
  spansExported: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runTracingOverhead(queries: number, rounds = 5): Promise<TracingOverhead> {
  const root = `/tmp/agw-tracingbench-${Date.now()}`;
  mkdirSync(root);
  chmodSync(root, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: `${root}/pg`, settings: { fsync: 'off' } });
  const sql = new SqlPool({ url: database.superuserUrl, max: 4, applicationName: 'bench-tracing', namedStatements: true });
  const exporter = new DroppingExporter();
  const run = async () => {
    const before = process.cpuUsage();
    for (let i = 0; i < queries; i += 8) {
      await Promise.all(Array.from({ length: 8 }, () => sql.query({ text: 'select 1 as one', values: [] })));
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / queries;
  };
  const off: number[] = [];
  const on: number[] = [];
  try {
    await run(); // warm-up: connections, JIT
    for (let round = 0; round < rounds; round++) {
      off.push(await run());
      // Tracing on for this round only, set up as the gateway does with a given exporter.
      const tracing = await startTracing({ ...tracingConfigOf(tracingEnvSchema.parse({})), exporter: 'none' }, exporter);
      const parent = gatewayTracer().startSpan('bench round');
      on.push(await context.with(trace.setSpan(context.active(), parent), run));
      parent.end();
      await tracing.shutdown();
    }
  } finally {
    await sql.close();
    await database.stop();
    rmSync(root, { recursive: true, force: true });
  }
  return { queries, offCpuUsPerQuery: median(off), onCpuUsPerQuery: median(on), spansExported: exporter.exported };
}

export function formatTracingOverhead(r: TracingOverhead): string {
  return [
    '| statements per round | tracing off: CPU µs per statement (baseline) | tracing on: CPU µs per statement | cost of one db.query span | spans exported |',
    '| --- | --- | --- | --- | --- |',
    `| ${r.queries} | ${r.offCpuUsPerQuery.toFixed(1)} | ${r.onCpuUsPerQuery.toFixed(1)} | +${(r.onCpuUsPerQuery - r.offCpuUsPerQuery).toFixed(1)} µs | ${r.spansExported} |`,
  ].join('\n');
}
