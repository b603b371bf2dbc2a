import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../shared/logger.js';
import type { Secret } from '../shared/secret.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { tenantFilter } from './tenant-filter.js';

export const MIGRATIONS_DIR = 'migrations';

export function ormOptions(url: Secret<string>, logger?: Logger): Options {
  return {
    clientUrl: url.reveal(),
    entities: ENTITIES,
    extensions: [Migrator],
    filters: { [tenantFilter.name]: tenantFilter },
    // Without this, vitest's module loader refuses the .ts migration files (ERR_UNKNOWN_FILE_EXTENSION).
    dynamicImportProvider: (id: string) => import(id),
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    // No startup `options` and no session state: the pool may be PgBouncer in transaction mode (its statements are
    // unnamed, so plan caching never concerned them; see sql-pool.ts for the hot paths' statements).
    debug: false,
    ...(logger ? { logger: (message: string) => logger.debug({ orm: message }) } : {}),
    migrations: {
      migrationsList: MIGRATIONS,
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      snapshot: false,
    },
  };
}

export async function openOrm(url: Secret<string>, logger?: Logger): Promise<MikroORM> {
  return MikroORM.init(ormOptions(url, logger));
}

/** The ORM's pool (knex's tarn pool): connections in use, idle, and callers waiting for one. */
export function ormPoolStats(orm: MikroORM): { used: number; idle: number; waiting: number } | undefined {
  const pool = orm.em.getConnection().getKnex().client.pool;
  return pool ? { used: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires() } : undefined;
}
