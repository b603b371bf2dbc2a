import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { idFloorAt } from '../../shared/ids.js';
import { MAX_PAGE_SIZE, decodeAfter, toPage, type Page, type PageRequest } from '../pagination.js';

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

/**
 * Newest first, keyset-paginated on the time-ordered id. Every filter is served in id order by an index (the
 * tenant's (merchant_id, id), or (merchant_id, status, id), or a parent's (parent, id)), so a page reads about
 * `first + 1` index entries whatever the table size. A created range is also bounded by id (ids start with their
 * creation millisecond), which turns it into a range of the same indexes; `created_at` still decides, the id
 * bounds only narrow the scan and are widened by ID_TIME_SLACK_MS. The tenant filter of `em` restricts rows to the
 * caller's merchant; admins see every merchant.
 */
export async function listPage<E extends { id: string }>(
  em: EntityManager,
  listed: ListedEntity<E>,
  filter: CommonListFilter,
  extraWhere: Record<string, unknown>,
  page: PageRequest,
): Promise<Page<E>> {
  const first = Math.min(Math.max(page.first, 0), MAX_PAGE_SIZE);
  const where: Record<string, unknown> = { ...extraWhere };
  if (filter.status) where.status = filter.status;
  const created: Record<string, Date> = {};
  const ids: Record<string, string> = {};
  if (filter.createdAfter) {
    created.$gte = filter.createdAfter;
    ids.$gte = idFloorAt(listed.idPrefix, filter.createdAfter.getTime() - ID_TIME_SLACK_MS);
  }
  if (filter.createdBefore) {
    created.$lt = filter.createdBefore;
    ids.$lt = idFloorAt(listed.idPrefix, filter.createdBefore.getTime() + ID_TIME_SLACK_MS);
  }
  if (Object.keys(created).length > 0) where.createdAt = created;
  const afterId = decodeAfter(page.after);
  if (afterId !== null && (ids.$lt === undefined || afterId < ids.$lt)) ids.$lt = afterId;
  if (Object.keys(ids).length > 0) where.id = ids;
  const rows = await em.find(listed.entity, where as never, { orderBy: { id: 'desc' } as never, limit: first + 1, refresh: true });
  return toPage(rows, first);
}
