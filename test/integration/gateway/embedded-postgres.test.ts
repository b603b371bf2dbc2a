import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres } from '../../../src/persistence/embedded-postgres.js';

const root = join('/tmp', `agw-epg-${randomBytes(6).toString('hex')}`);
mkdirSync(root, { mode: 0o755 });
chmodSync(root, 0o755);

describe('embedded Postgres lifecycle', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.runIf(process.getuid?.() === 0)('refuses, with the fix, a data dir the postgres user cannot reach', async () => {
    const privateDir = mkdtempSync(join(tmpdir(), 'agw-private-')); // mkdtemp: mode 0700
    try {
      await expect(startEmbeddedPostgres({ dataDir: join(privateDir, 'pg') })).rejects.toThrow(
        /not reachable by the "postgres" OS user .* has mode 0700\. Choose a DATA_DIR outside it, or allow traversal with `chmod o\+x/,
      );
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });

  it('initialises once, restarts on the same data, and reports a taken port with the server log', async () => {
    const dataDir = join(root, 'pg');
    const first = await startEmbeddedPostgres({ dataDir, settings: { fsync: 'off' } });
    const client = new pg.Client({ connectionString: first.superuserUrl.reveal() });
    await client.connect();
    await client.query('create table kept (v int)');
    await client.end();
    await first.stop();

    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busyPort = (blocker.address() as { port: number }).port;
    try {
      const error = await startEmbeddedPostgres({ dataDir, port: busyPort }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmbeddedPostgresError);
      expect((error as Error).message).toMatch(/exited during start .* on port \d+/);
      expect((error as Error).message).toMatch(/could not bind|Address already in use|could not create any TCP\/IP sockets/);
    } finally {
      blocker.close();
    }

    const again = await startEmbeddedPostgres({ dataDir });
    const reconnect = new pg.Client({ connectionString: again.superuserUrl.reveal() });
    await reconnect.connect();
    expect((await reconnect.query("select to_regclass('kept') is not null as kept")).rows[0]).toEqual({ kept: true });
    await reconnect.end();
    await again.stop();
  });
});
