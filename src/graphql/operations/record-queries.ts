import { Arg, Args, Authorized, Ctx, Query, Resolver, type ClassType } from 'type-graphql';
import type { Page, PageRequest } from '../../modules/pagination.js';
import type { RequestScope } from '../../modules/request-scope.js';
import type { Services } from '../../modules/services.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import type { PageInfo } from '../core/page-info.js';
import { type CreatedRangeFilter, listConnection, PageArgs } from '../operations/list-args.js';

/** What a module's service offers for its local reads: one record by a lookup, and a filtered page. */
export interface RecordReads<R, A, F> {
  find(scope: RequestScope, ref: A): Promise<R | null>;
  list(scope: RequestScope, filter: F | Record<string, never>, page: PageRequest): Promise<Page<R>>;
}

export interface RecordQueriesSpec<R, N extends object, A extends object, F extends CreatedRangeFilter, C extends { nodes: N[]; pageInfo: PageInfo }> {
  /** The GraphQL names of the one-record query and of the list query (e.g. payment, payments). */
  names: { one: string; many: string };
  /** Which keys the one-record query takes, for its description. */
  oneDescription: string;
  node: ClassType<N>;
  connection: new () => C;
  filter: ClassType<F>;
  lookup: ClassType<A>;
  toNode: (record: R) => N;
  reads: (services: Services) => RecordReads<R, A, F>;
}

/**
 * The local reads every AMS operation record offers, any key (merchants see their own, admins all): the record by
 * any of its keys (null when missing or not visible), and a filtered page, newest first. A module's resolver extends
 * the returned class and adds its own operations.
 */
export function recordQueriesOf<R, N extends object, A extends object, F extends CreatedRangeFilter, C extends { nodes: N[]; pageInfo: PageInfo }>(
  spec: RecordQueriesSpec<R, N, A, F, C>,
) {
  @Resolver()
  abstract class RecordQueries {
    @Authorized()
    @Query(() => spec.node, { name: spec.names.one, nullable: true, description: spec.oneDescription })
    async record(@Ctx() context: GraphQLContext, @Args(() => spec.lookup) ref: A): Promise<N | null> {
      const found = await spec.reads(context.services).find(requireScope(context), ref);
      return found ? spec.toNode(found) : null;
    }

    @Authorized()
    @Query(() => spec.connection, { name: spec.names.many, description: 'Newest first.' })
    records(
      @Ctx() context: GraphQLContext,
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => spec.filter, { nullable: true }) filter: F | null,
    ): Promise<C> {
      const query = { connection: spec.connection, toNode: spec.toNode, filter, page };
      return listConnection(query, (f, p) => spec.reads(context.services).list(requireScope(context), f, p));
    }
  }
  return RecordQueries;
}
