import { ArgsType, Field, InputType, Int } from 'type-graphql';
import type { Page, PageRequest } from '../../modules/pagination.js';
import { toConnection } from '../core/connection.js';
import { gatewayError } from '../core/error-codes.js';
import type { PageInfo } from '../core/page-info.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '0 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}

export function pageRequest(args: PageArgs): PageRequest {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > 100) {
    throw gatewayError('BAD_USER_INPUT', `first must be between 0 and 100, got ${args.first}`);
  }
  return { first: args.first, after: args.after ?? null };
}

/** The created-at range every list filter offers (each filter adds its own fields). */
@InputType()
export abstract class CreatedRangeFilter {
  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before.' })
  createdBefore?: Date | null;
}

type CreatedRange = { createdAfter?: Date | null; createdBefore?: Date | null };

/** A created-at range must be ordered, or the caller made a mistake worth telling. */
export function checkCreatedRange(filter: CreatedRange | null | undefined): void {
  if (filter?.createdAfter && filter.createdBefore && filter.createdAfter.getTime() >= filter.createdBefore.getTime()) {
    throw gatewayError('BAD_USER_INPUT', 'filter.createdAfter must be earlier than filter.createdBefore');
  }
}

/**
 * A filtered list query: the filter's created range checked, the page request read from `page`, and the service's
 * page of items answered as `connection`, each item turned into its node by `toNode`.
 */
export async function listConnection<F extends CreatedRange, I, N, C extends { nodes: N[]; pageInfo: PageInfo }>(
  query: { connection: new () => C; toNode: (item: I) => N; filter: F | null; page: PageArgs },
  list: (filter: F | Record<string, never>, page: PageRequest) => Promise<Page<I>>,
): Promise<C> {
  checkCreatedRange(query.filter);
  return toConnection(query.connection, await list(query.filter ?? {}, pageRequest(query.page)), query.toNode);
}
