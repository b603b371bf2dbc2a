import pg from 'pg';
import type { Secret } from '../shared/secret.js';

/** Creates `database` on the server behind `serverUrl` unless it exists (the embedded cluster starts with none). */
export async function ensureDatabase(serverUrl: Secret<string>, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.reveal() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: Secret<string>, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.reveal() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
