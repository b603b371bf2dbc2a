import type { MikroORM } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../migrations/index.js';

/** Applies pending migrations; returns the names applied now. */
export async function applyMigrations(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** True when every migration this code knows is applied (what /readyz checks). */
export async function migrationsApplied(orm: MikroORM): Promise<boolean> {
  const rows = await orm.em
    .getConnection()
    .execute<{ name: string }[]>('SELECT name FROM mikro_orm_migrations');
  const names = new Set(rows.map((r) => r.name.replace(/\.(ts|js)$/, '')));
  return MIGRATIONS.every((m) => names.has(m.name));
}
