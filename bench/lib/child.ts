import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildServer {
  url: string;
  /** Extra `KEY=value` pairs the child printed after READY (e.g. keys a load needs). */
  info: Record<string, string>;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a bench server script in its own process (so the load generator and the server do not share an event loop)
 * and waits for its `READY <url> [k=v ...]` line.
 */
export function startChild(
  script: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
  options: { args?: string[]; nodeArgs?: string[]; ready?: RegExp } = {},
): Promise<ChildServer> {
  const ready = options.ready ?? /^READY (\S+)(.*)$/;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...(process.env.BENCH_CHILD_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CHILD_PROF}`] : []), '--import', 'tsx', script, ...(options.args ?? [])], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not print READY within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!settled) reject(new Error(`${script} exited with code ${code} before it was ready`));
    });
    let settled = false;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = ready.exec(line);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      const url = match[1]!;
      const pairs = (match[2] ?? '').trim().split(' ').filter((p) => p.includes('='));
      const info = Object.fromEntries(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
      resolve({
        url,
        info,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
