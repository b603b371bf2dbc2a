import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../../src/persistence/database.js';
import { Secret } from '../../src/shared/secret.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the run's shared embedded Postgres (started by postgres-global-setup.ts). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = new Secret(inject('postgresUrl'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  const url = new URL(serverUrl.reveal());
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}
