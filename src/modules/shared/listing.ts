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

type Condition = readonly [property: string, operator: '=' | '>=' | '<', value: unknown];

/**
 * Newest first, keyset-paginated on the time-ordered id. Every filter is served in id order by an index (the
 * tenant's (merchant_id, id), or (merchant_id, status, id), or a parent's (parent, id)), so a page reads about
 * `first + 1` index entries whatever the table size. A created range is also bounded by id (ids start with their
 * creation millisecond), which turns it into a range of the same indexes; `created_at` still decides, the id
 * bounds only narrow the scan and are widened by ID_TIME_SLACK_MS. Restricted to the caller's merchant as the
 * tenant filter restricts the ORM (admins see every merchant).
 *
 * Read as plain rows, not entities: a page is read-only, and building and registering an entity per row was most of
 * a 50-row page's cost (BENCHMARKS.md). The rows carry the entity's properties as the ORM would hydrate them
 * (TableShape.toRecord); one statement text per combination of filters, built from the entity's mapping.
 * `equal`: further property = value conditions (a parent, a kind).
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
  const conditions: Condition[] = [];
  const merchantId = visibleMerchant(scope.actor);
  const entityName = Utils.className(listed.entity);
  if (merchantId !== null) conditions.push([tenantPropertyOf(entityName), '=', merchantId]);
  for (const [property, value] of Object.entries(equal)) conditions.push([property, '=', value]);
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

  const shape = deps.tables.of(listed.entity);
  const key = `list:${shape.table}:${conditions.map(([property, operator]) => `${property}${operator}`).join(',')}`;
  const text = deps.tables.statement(key, () => {
    const where = conditions.map(([property, operator], index) => `t.${shape.column(property)} ${operator} $${index + 1}`);
    return `select ${shape.selectList('t')} from ${shape.table} t${where.length > 0 ? ` where ${where.join(' and ')}` : ''} order by t.${shape.column('id')} desc limit $${conditions.length + 1}`;
  });
  const rows = await deps.sql.query<Record<string, unknown>>({ text, values: [...conditions.map(([, , value]) => value), first + 1] });
  return toPage(
    rows.map((row) => shape.toRecord<E>(row)),
    first,
  );
}
