import { spawn } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:https';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Starts `src/sandbox/main.ts` as `npm run sandbox` does, returns its printed URL and key, then stops it. */
async function runOnce(dataDir: string, extraArgs: string[] = []): Promise<{ url: string; key: string; health: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/main.ts', '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  try {
    const printed = await new Promise<{ url: string; key: string }>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /listening on (https?:\/\/\S+)/.exec(out)?.[1];
        const key = /Alipay public key: (\S+)/.exec(out)?.[1];
        if (url && key) {
          clearTimeout(timer);
          resolve({ url, key });
        }
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const health = printed.url.startsWith('https:')
      ? await new Promise<number>((resolve, reject) => {
          get(`${printed.url}/__sandbox/health`, { rejectUnauthorized: false }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          }).on('error', reject);
        })
      : (await fetch(`${printed.url}/__sandbox/health`)).status;
    return { ...printed, health };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('npm run sandbox', () => {
  it('prints its URL, creates its key pair under the data directory on first start and keeps it', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'sandbox-cli-')), 'nested');
    const first = await runOnce(dataDir);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.health).toBe(200);
    expect(statSync(join(dataDir, 'alipay-private-key.pem')).mode & 0o777).toBe(0o600);
    const second = await runOnce(dataDir);
    expect(second.key).toBe(first.key);
  });

  it('serves HTTPS with --tls-cert and --tls-key (the Python SDK only speaks TLS to port 443)', async () => {
    const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
    const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-cli-tls-'));
    const run = await runOnce(dataDir, ['--tls-cert', fixture('tls-localhost-cert.pem'), '--tls-key', fixture('tls-localhost-key.pem')]);
    expect(run.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(run.health).toBe(200);
  });
});
