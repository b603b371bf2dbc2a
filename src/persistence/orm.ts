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
    // The hot paths (raw-sql.ts) prepare their statements by name, which lets Postgres switch to one cached generic
    // plan per connection. A generic plan made while a table is small can pick a merchant-prefix index and then
    // read every row of the merchant on each call as the table grows (until the next ANALYZE). Custom plans are
    // re-made per call with the real values and the table's current size, so they correct themselves; the parse
    // is still saved. The ORM's own statements are unnamed, so this changes nothing for them.
    driverOptions: { connection: { options: '-c plan_cache_mode=force_custom_plan' } },
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
