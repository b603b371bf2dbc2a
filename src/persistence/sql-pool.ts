import pg from 'pg';
import type { Secret } from '../shared/secret.js';
import { inSpan, SpanKind, tracingEnabled } from '../observability/spans.js';

/** Statement text in a span is capped (texts are ours, with `$n` placeholders: values are never recorded). */
const SPAN_TEXT_LIMIT = 500;

/** One SQL statement with `$n` placeholders (Postgres's own; no rewriting). */
export interface SqlStatement {
  text: string;
  values: readonly unknown[];
}

/**
 * How the gateway runs SQL outside the ORM's unit of work: single statements in autocommit (a statement with
 * data-modifying CTEs is still one atomic transaction). Inside an ORM transaction, statements go through that
 * transaction's `em.execute` so that they commit with it.
 */
export interface Sql {
  query<T extends object>(statement: SqlStatement): Promise<T[]>;
}

export interface SqlPoolOptions {
  url: Secret<string>;
  max: number;
  applicationName: string;
  /**
   * Prepare each distinct text by name, so Postgres parses it once per connection: only on a direct connection (or
   * session pooling). A pooler in transaction mode may hand the next statement to another server connection, where
   * the name does not exist (PgBouncer before 1.21 has no support for it at all): there statements stay unnamed.
   */
  namedStatements: boolean;
}

/**
 * Timestamps come back as the text Postgres sends, as on the ORM's connections (MikroORM sets the same overrides),
 * so a row reads the same whichever pool returned it.
 */
function textTimestamps(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  for (const oid of [1082, 1114, 1184, 1186]) types.setTypeParser(oid, (value: string) => value);
  return types;
}

/**
 * With named statements, their plans would be cached per connection; a generic plan made while a table is small can
 * pick a merchant-prefix index and then read every row of the merchant on each call as the table grows. Custom plans
 * are re-made per call with the real values, so they correct themselves; the parse is still saved. (Unnamed
 * statements are always planned with their values, so pooled connections need no setting.)
 */
const CUSTOM_PLANS = '-c plan_cache_mode=force_custom_plan';

/** The driver's own query call (pg's `Pool#query(config)`), for a library that runs its own statements. */
export interface DriverQueryable {
  query(config: { text: string; values?: unknown[]; name?: string }): Promise<pg.QueryResult>;
}

/** A pg pool (the driver's public API) running `Sql` statements. */
export class SqlPool implements Sql {
  private readonly pool: pg.Pool;
  private readonly names = new Map<string, string>();

  constructor(private readonly options: SqlPoolOptions) {
    this.pool = new pg.Pool({
      connectionString: options.url.reveal(),
      max: options.max,
      application_name: options.applicationName,
      types: textTimestamps(),
      ...(options.namedStatements ? { options: CUSTOM_PLANS } : {}),
    });
    this.pool.on('error', () => undefined); // a dropped idle connection is replaced on the next query
  }

  query<T extends object>(statement: SqlStatement): Promise<T[]> {
    if (!tracingEnabled()) return this.run<T>(statement);
    const attributes = { 'db.system.name': 'postgresql', 'db.query.text': statement.text.slice(0, SPAN_TEXT_LIMIT), 'db.client.connection.pool.name': this.options.applicationName };
    // Only inside a traced operation: the background pollers (event sequencer, safe horizon) would be a trace each.
    return inSpan('db.query', { kind: SpanKind.CLIENT, attributes, childOnly: true }, () => this.run<T>(statement));
  }

  private async run<T extends object>(statement: SqlStatement): Promise<T[]> {
    const result = await this.pool.query<T>(this.config(statement.text, statement.values as unknown[]));
    return result.rows;
  }

  /**
   * This pool as a pg client for a library that runs its own statements (rate-limiter-flexible's `pool` store): its
   * statements follow this pool's naming, whatever names the library gives them. Behind a pooler in transaction mode
   * a name prepared on one server connection is unknown on the next ("prepared statement … does not exist").
   */
  asDriverClient(): DriverQueryable {
    return { query: (config) => this.pool.query(this.config(config.text, config.values ?? [])) };
  }

  /** The one naming rule: a named (prepared) statement only where names are safe and there are values to bind. */
  private config(text: string, values: unknown[]): pg.QueryConfig {
    // Without values pg uses the simple protocol (one round trip, several statements allowed): nothing to prepare.
    if (values.length === 0) return { text };
    return this.options.namedStatements ? { name: this.nameOf(text), text, values } : { text, values };
  }

  /** Connections in use, idle, and callers waiting for one (metrics). */
  stats(): { used: number; idle: number; waiting: number } {
    return { used: this.pool.totalCount - this.pool.idleCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  /** A prepared-statement name per distinct text (Postgres caps names at 63 bytes, so not the text itself). */
  private nameOf(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = `agw_${this.options.applicationName.replace(/\W/g, '_').slice(0, 30)}_${this.names.size}`;
      this.names.set(text, name);
    }
    return name;
  }
}
