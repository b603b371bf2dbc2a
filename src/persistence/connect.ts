import type { DatabaseConfig } from '../config/index.js';
import type { Logger } from '../shared/logger.js';
import type { Secret } from '../shared/secret.js';
import { ensureDatabase } from './database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE_NAME = 'gateway';

export interface DatabaseHandle {
  url: Secret<string>;
  /** A direct connection for LISTEN (DATABASE_LISTEN_URL; the same as `url` unless a pooler is in between). */
  listenUrl: Secret<string>;
  /** Whether statements may be prepared by name (not through a pooler in transaction mode). */
  namedStatements: boolean;
  /** Human description without credentials, for progress lines. */
  description: string;
  embedded: EmbeddedPostgres | undefined;
  /** Stops the embedded server, if we started one. */
  stop(): Promise<void>;
}

/** Resolves the configured database: an external URL as is, or the embedded cluster started under DATA_DIR. */
export async function connectDatabase(config: DatabaseConfig, logger: Logger): Promise<DatabaseHandle> {
  if (config.kind === 'external') {
    const parsed = new URL(config.url.reveal());
    return {
      url: config.url,
      listenUrl: config.listenUrl,
      namedStatements: config.poolMode === 'session',
      description: `postgres://${parsed.host}${parsed.pathname}${config.poolMode === 'transaction' ? ' (transaction pooling)' : ''}`,
      embedded: undefined,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.port,
    onLog: (line) => logger.debug({ postgres: line }),
    onNotice: (message) => logger.warn(message),
  });
  try {
    await ensureDatabase(embedded.superuserUrl, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  const url = embedded.urlFor(EMBEDDED_DATABASE_NAME);
  return {
    url,
    listenUrl: url,
    namedStatements: true,
    description: `embedded Postgres in ${config.dataDir} on 127.0.0.1:${embedded.port} (pid ${embedded.pid})`,
    embedded,
    stop: () => embedded.stop(),
  };
}
