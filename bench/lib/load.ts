import autocannon from 'autocannon';
import { cpuPerRequest, cpuSnapshot } from './cpu.js';

export interface LoadSpec {
  title: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fixed body, or one built per request (e.g. a fresh paymentRequestId). */
  body?: string | (() => string);
  /** Full control per request (path, headers, body), e.g. requests signed ahead of the run. */
  nextRequest?: () => { path?: string; headers?: Record<string, string>; body: string };
  connections?: number;
  durationSeconds?: number;
  /** Processes to account CPU for (role → pid); `postgres`, `other` and `loader` (this process) are added. */
  cpuRoles?: Record<string, number>;
  /** The bench's Postgres server (its postmaster pid): only its processes count as `postgres`. */
  postmasterPid?: number;
}

export interface LoadResult {
  title: string;
  /** Median of the 1-second samples: steadier than the mean on a noisy 2-core machine. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  non2xx: number;
  errors: number;
  /** CPU milliseconds per completed request, by process role (only when `cpuRoles` was given). */
  cpuMsPerRequest?: Record<string, number>;
}

/** Runs autocannon in this process; the server under test must live in another process (see child.ts). */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const perSecond: number[] = [];
  const makeBody = spec.body;
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url: spec.url,
    method: spec.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...spec.headers },
    connections: spec.connections ?? 32,
    duration: spec.durationSeconds ?? 10,
    ...(spec.nextRequest
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                const next = spec.nextRequest!();
                return { ...req, ...next, headers: { ...req.headers, ...next.headers } };
              },
            },
          ],
        }
      : typeof makeBody === 'function'
      ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: makeBody() }) }] }
      : makeBody !== undefined
        ? { body: makeBody }
        : {}),
  };
  const roles = spec.cpuRoles ? { ...spec.cpuRoles, loader: process.pid } : undefined;
  const cpuBefore = roles ? cpuSnapshot(roles, spec.postmasterPid) : undefined;
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  // Count responses per wall-clock second ourselves: autocannon's tick payload is untyped.
  let inThisSecond = 0;
  instance.on('response', () => inThisSecond++);
  const sampler = setInterval(() => {
    perSecond.push(inThisSecond);
    inThisSecond = 0;
  }, 1000);
  const result = await done.finally(() => clearInterval(sampler));
  const cpu = roles && cpuBefore ? cpuPerRequest(cpuBefore, cpuSnapshot(roles, spec.postmasterPid), result.requests.total) : undefined;
  perSecond.sort((a, b) => a - b);
  const median = perSecond.length ? perSecond[Math.floor(perSecond.length / 2)]! : result.requests.average;
  return {
    title: spec.title,
    requestsPerSecond: median,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    ...(cpu ? { cpuMsPerRequest: cpu } : {}),
  };
}

export function formatTable(rows: LoadResult[]): string {
  const header = '| scenario | req/s (median of 1-s samples) | p50 ms | p99 ms | requests | non-2xx | errors | CPU ms per request |';
  const sep = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  const cpu = (r: LoadResult) =>
    r.cpuMsPerRequest
      ? Object.entries(r.cpuMsPerRequest)
          .sort((a, b) => b[1] - a[1])
          .map(([role, ms]) => `${role} ${ms}`)
          .join(', ')
      : '';
  const lines = rows.map(
    (r) => `| ${r.title} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.total} | ${r.non2xx} | ${r.errors} | ${cpu(r)} |`,
  );
  return [header, sep, ...lines].join('\n');
}
