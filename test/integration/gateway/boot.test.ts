import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The `npm start` path, as a user runs it: a real process (tsx, so no decorator metadata), an empty DATA_DIR,
 * embedded Postgres, migrations, the generated admin key, /readyz, then SIGTERM and a clean exit.
 */
const root = join('/tmp', `agw-boot-${randomBytes(6).toString('hex')}`);
mkdirSync(root, { mode: 0o755 });
chmodSync(root, 0o755);
const dataDir = join(root, 'data');

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  postgresPid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function start(): Promise<Started> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['DATABASE_URL', 'MASTER_KEY', 'ADMIN_API_KEY', 'PORT'].includes(key)) env[key] = value;
  }
  Object.assign(env, { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 90 s:\n${text}`)), 90_000);
    const check = () => {
      const ready = /gateway: ready: (http:\/\/\S+)\/graphql/.exec(text);
      const pid = /\(pid (\d+)\)/.exec(text);
      if (ready && pid) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve({ child, output: () => text, url: ready[1]!, postgresPid: Number(pid[1]), exited });
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${text}`));
    });
  });
}

describe('npm start boot path', () => {
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  let demoKey: string | undefined;

  it('starts from an empty data dir, is ready, and drains on SIGTERM', async () => {
    const gateway = await start();
    const out = gateway.output();
    expect(out).toMatch(/gateway: config: /);
    expect(out).toMatch(/gateway: migrations: applied /);
    expect(out).toMatch(/WARNING: MASTER_KEY is unset/);
    const adminKey = /^gateway:\s+(agw_live_\S+)$/m.exec(out)?.[1];
    expect(adminKey).toBeDefined();

    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    const viewer = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(await viewer.json()).toEqual({ data: { viewer: { role: 'PLATFORM_ADMIN' } } });

    // Development mode: the in-process sandbox and a demo merchant whose key works at once.
    expect(out).toMatch(/gateway: AMS sandbox: http:\/\/127\.0\.0\.1:\d+/);
    demoKey = /Demo merchant \S+ API key[^\n]*\n^gateway:\s+(agw_live_\S+)$/m.exec(out)?.[1];
    expect(demoKey).toBeDefined();
    const merchantViewer = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demoKey}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(await merchantViewer.json()).toEqual({ data: { viewer: { role: 'MERCHANT' } } });

    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(gateway.output()).toMatch(/gateway: stopped/);
    expect(isAlive(gateway.postgresPid)).toBe(false);
  });

  it('restarts on the same data dir without a new admin key, and recovers from an orphaned Postgres', async () => {
    const second = await start();
    expect(second.output()).toMatch(/migrations: up to date/);
    expect(second.output()).not.toMatch(/A platform admin API key was generated/);
    // The demo merchant survives the restart with the same key.
    expect(second.output()).toContain(demoKey!);
    // A crash (SIGKILL) leaves Postgres running with its postmaster.pid.
    second.child.kill('SIGKILL');
    await second.exited;
    expect(isAlive(second.postgresPid)).toBe(true);

    const third = await start();
    expect(third.output()).toMatch(/stopping an orphaned Postgres \(pid \d+\)/);
    await waitFor(() => !isAlive(second.postgresPid), 10_000, 'the orphan to stop');
    expect((await fetch(`${third.url}/readyz`)).status).toBe(200);
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
    expect(isAlive(third.postgresPid)).toBe(false);
  });

  it('fails with a clear message and exit code 1 on bad configuration', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: 'eighty', MASTER_KEY: 'c2hvcnQ=' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(text).toMatch(/PORT: expected a port number \(got "eighty"\)/);
  });
});
