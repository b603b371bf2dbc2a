import { Utils, type EntityName } from '@mikro-orm/core';
import type { EntityTables } from '../../persistence/entity-tables.js';
import type { Sql } from '../../persistence/sql-pool.js';
import { tenantPropertyOf } from '../../persistence/tenant-filter.js';
import { idFloorAt } from '../../shared/ids.js';
import { MAX_PAGE_SIZE, decodeAfter, toPage, type Page, type PageRequest } from '../pagination.js';
import { visibleMerchant, type RequestScope } from '../request-scope.js';

/** Filters every operation list accepts. */
export interface CommonListFilter {
  status?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/**
 * How far an id's creation time may be from its row's `created_at`: both are read when the record is made, but from
 * two clocks (the gateway's and, in the single-statement paths, the database's).
 */
export const ID_TIME_SLACK_MS = 60_000;

/** A listed record type: its entity and the prefix of its ids (shared/id-prefixes.ts). */
export interface ListedEntity<E> {
  entity: EntityName<E>;
  idPrefix: string;
}

/** What a list reads with: the statement pool and the entities' tables. */
export interface ListDeps {
  readonly sql: Sql;
  readonly tables: EntityTables;
}

/** `property operator value`, one of a read's conditions (all of them hold). */
export type Condition = readonly [property: string, operator: '=' | '>' | '>=' | '<', value: unknown];

/**
 * The records of a tenant-scoped entity that meet every condition, in id order, at most `limit`: restricted to the
 * caller's merchant as the tenant filter restricts the ORM (admins see every merchant).
 *
 * Read as plain rows, not entities: a page is read-only, and building and registering an entity per row was most of
 * a 50-row page's cost (BENCHMARKS.md). The rows carry the entity's properties as the ORM would hydrate them
 * (TableShape.toRecord); one statement text per combination of conditions, built from the entity's mapping.
 */
export async function readRecords<E>(
  deps: ListDeps,
  scope: RequestScope,
  entity: EntityName<E>,
  conditions: readonly Condition[],
  order: 'asc' | 'desc',
  limit: number,
): Promise<E[]> {
  const merchantId = visibleMerchant(scope.actor);
  const all: Condition[] = merchantId === null ? [...conditions] : [[tenantPropertyOf(Utils.className(entity)), '=', merchantId], ...conditions];
  const shape = deps.tables.of(entity);
  const key = `records:${shape.table}:${order}:${all.map(([property, operator]) => `${property}${operator}`).join(',')}`;
  const text = deps.tables.statement(key, () => {
    const where = all.map(([property, operator], index) => `t.${shape.column(property)} ${operator} $${index + 1}`);
    return `select ${shape.selectList('t')} from ${shape.table} t${where.length > 0 ? ` where ${where.join(' and ')}` : ''} order by t.${shape.column('id')} ${order} limit $${all.length + 1}`;
  });
  const rows = await deps.sql.query<Record<string, unknown>>({ text, values: [...all.map(([, , value]) => value), limit] });
  return rows.map((row) => shape.toRecord<E>(row));
}

/**
 * Newest first, keyset-paginated on the time-ordered id. Every filter is served in id order by an index (the
 * tenant's (merchant_id, id), or (merchant_id, status, id), or a parent's (parent, id)), so a page reads about
 * `first + 1` index entries whatever the table size. A created range is also bounded by id (ids start with their
 * creation millisecond), which turns it into a range of the same indexes; `created_at` still decides, the id
 * bounds only narrow the scan and are widened by ID_TIME_SLACK_MS. `equal`: further property = value conditions
 * (a parent, a kind).
 */
export async function listPage<E extends { id: string }>(
  deps: ListDeps,
  scope: RequestScope,
  listed: ListedEntity<E>,
  filter: CommonListFilter,
  equal: Readonly<Record<string, string>>,
  page: PageRequest,
): Promise<Page<E>> {
  const first = Math.min(Math.max(page.first, 0), MAX_PAGE_SIZE);
  const conditions: Condition[] = Object.entries(equal).map(([property, value]) => [property, '=', value]);
  if (filter.status) conditions.push(['status', '=', filter.status]);
  let idAtLeast: string | null = null;
  let idBelow: string | null = null;
  if (filter.createdAfter) {
    conditions.push(['createdAt', '>=', filter.createdAfter]);
    idAtLeast = idFloorAt(listed.idPrefix, filter.createdAfter.getTime() - ID_TIME_SLACK_MS);
  }
  if (filter.createdBefore) {
    conditions.push(['createdAt', '<', filter.createdBefore]);
    idBelow = idFloorAt(listed.idPrefix, filter.createdBefore.getTime() + ID_TIME_SLACK_MS);
  }
  const afterId = decodeAfter(page.after);
  if (afterId !== null && (idBelow === null || afterId < idBelow)) idBelow = afterId;
  if (idAtLeast !== null) conditions.push(['id', '>=', idAtLeast]);
  if (idBelow !== null) conditions.push(['id', '<', idBelow]);
  return toPage(await readRecords(deps, scope, listed.entity, conditions, 'desc', first + 1), first);
}
