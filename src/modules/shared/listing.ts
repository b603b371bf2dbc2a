import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MAX_PAGE_SIZE, decodeAfter, toPage, type Page, type PageRequest } from '../pagination.js';

/** Filters every operation list accepts. */
export interface CommonListFilter {
  status?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/**
 * Newest first, keyset-paginated on the time-ordered id (index (merchant_id, id)). The tenant filter of `em`
 * restricts rows to the caller's merchant; admins see every merchant.
 */
export async function listPage<E extends { id: string }>(
  em: EntityManager,
  entityName: EntityName<E>,
  filter: CommonListFilter,
  extraWhere: Record<string, unknown>,
  page: PageRequest,
): Promise<Page<E>> {
  const first = Math.min(Math.max(page.first, 0), MAX_PAGE_SIZE);
  const where: Record<string, unknown> = { ...extraWhere };
  if (filter.status) where.status = filter.status;
  const created: Record<string, Date> = {};
  if (filter.createdAfter) created.$gte = filter.createdAfter;
  if (filter.createdBefore) created.$lt = filter.createdBefore;
  if (Object.keys(created).length > 0) where.createdAt = created;
  const afterId = decodeAfter(page.after);
  if (afterId !== null) where.id = { $lt: afterId };
  const rows = await em.find(entityName, where as never, { orderBy: { id: 'desc' } as never, limit: first + 1, refresh: true });
  return toPage(rows, first);
}
