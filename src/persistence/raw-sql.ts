import type { EntityManager } from '@mikro-orm/postgresql';

/** One SQL statement with `$n` placeholders. */
export interface RawStatement {
  text: string;
  values: unknown[];
}

/**
 * Single statements on the ORM's own connection pool, bypassing the ORM. For the few hot paths (pay) where the
 * ORM's unit of work, query building and identity map cost more CPU than the database work itself: each call is one
 * round trip, one statement, in autocommit (a statement with data-modifying CTEs is still one atomic transaction).
 *
 * Each distinct text is prepared by name, so Postgres parses it once per connection (it is still planned per call:
 * see plan_cache_mode in orm.ts). The connections are the ORM's (MikroORM's pg type overrides apply: timestamps come
 * back as strings).
 */
export interface RawSql {
  query<T extends object>(statement: RawStatement): Promise<T[]>;
}

interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

const statementNames = new Map<string, string>();
/** A prepared-statement name per distinct text (Postgres caps names at 63 bytes, so not the text itself). */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `agw_raw_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

export function rawSqlOn(rootEm: EntityManager): RawSql {
  const client = rootEm.getConnection().getKnex().client as unknown as KnexClient;
  return {
    async query<T extends object>(statement: RawStatement): Promise<T[]> {
      const connection = await client.acquireConnection();
      try {
        const result = await connection.query({ name: statementName(statement.text), text: statement.text, values: statement.values });
        return result.rows as T[];
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}
