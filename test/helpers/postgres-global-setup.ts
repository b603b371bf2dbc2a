import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/persistence/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the one embedded Postgres started for this test run. */
    postgresUrl: string;
  }
}

/**
 * Starts ONE embedded Postgres for the whole run; each test file creates its own database on it (see
 * test/helpers/database.ts), so files run in parallel without sharing state. The directory is 0755 under /tmp (not
 * mkdtemp's 0700) because, as root, the server runs as the unprivileged postgres user, which must traverse it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = join('/tmp', `agw-test-${randomBytes(6).toString('hex')}`);
  mkdirSync(root, { mode: 0o755 });
  chmodSync(root, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(root, 'pg'),
    // Throwaway cluster: durability off makes CREATE DATABASE and commits much cheaper.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
  });
  project.provide('postgresUrl', postgres.superuserUrl.reveal());
  return async () => {
    await postgres.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
