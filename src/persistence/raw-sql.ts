import type { EntityManager } from '@mikro-orm/postgresql';

/** A prepared statement: `name` makes Postgres parse and plan it once per connection, not once per call. */
export interface RawStatement {
  name: string;
  text: string;
  values: unknown[];
}

/**
 * Single statements on the ORM's own connection pool, bypassing the ORM. For the few hot paths (pay) where the
 * ORM's unit of work, query building and identity map cost more CPU than the database work itself: each call is one
 * round trip, one statement, in autocommit (a statement with data-modifying CTEs is still one atomic transaction).
 *
 * The connections are the ORM's (MikroORM's pg type overrides apply: timestamps come back as strings).
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

export function rawSqlOn(rootEm: EntityManager): RawSql {
  const client = rootEm.getConnection().getKnex().client as unknown as KnexClient;
  return {
    async query<T extends object>(statement: RawStatement): Promise<T[]> {
      const connection = await client.acquireConnection();
      try {
        const result = await connection.query(statement);
        return result.rows as T[];
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}
