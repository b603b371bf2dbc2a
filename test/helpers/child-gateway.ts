import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { GraphQLResponse } from './gateway.js';

export interface ChildGateway {
  readonly url: string;
  readonly output: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, apiKey?: string | null): Promise<GraphQLResponse<T>>;
  /** kill -9: no drain, no cleanup; whatever was in flight is cut. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the drain. */
  stop(): Promise<void>;
}

/**
 * The gateway as a real process (`node --import tsx src/main.ts`), so a test can kill it the hard way.
 * Resolves once it printed its ready line.
 */
export async function startChildGateway(env: Record<string, string>, adminKey: string, readyTimeoutMs = 30_000): Promise<ChildGateway> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway not ready after ${readyTimeoutMs} ms:\n${output.join('').slice(-3000)}`)), readyTimeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output.push(text);
      const match = /ready: (http:\/\/[^/\s]+)\/graphql/.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited (${code}) before ready:\n${output.join('').slice(-3000)}`));
    });
  });
  const base = await ready;
  const exited = once(child, 'exit');
  return {
    url: base,
    output,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, apiKey: string | null = adminKey) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(apiKey === null ? {} : { authorization: `Bearer ${apiKey}` }) },
        body: JSON.stringify({ query, variables }),
      });
      const raw = await response.text();
      return { status: response.status, headers: response.headers, body: JSON.parse(raw) as GraphQLResponse<T>['body'], raw };
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
