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

/** The services whose local reads answer records of R looked up by A and filtered by F. */
export type RecordReadsService<R, A, F> = { [K in keyof Services]: Services[K] extends RecordReads<R, A, F> ? K : never }[keyof Services];

export interface RecordQueriesSpec<R, N extends object, A extends object, F extends CreatedRangeFilter, C extends { nodes: N[]; pageInfo: PageInfo }> {
  /** Which keys the one-record query takes, for its description. */
  oneDescription: string;
  node: ClassType<N>;
  connection: new () => C;
  filter: ClassType<F>;
  lookup: ClassType<A>;
  toNode: (record: R) => N;
  /** The module's service in GraphQLContext.services. */
  service: RecordReadsService<R, A, F>;
}

/**
 * The local reads every AMS operation record offers, any key (merchants see their own, admins all): the query `name`
 * finds the record by any of its keys (null when missing or not visible), the query `name`s answers a filtered page,
 * newest first. A module's resolver extends the returned class and adds its own operations.
 */
export function recordQueriesOf<R, N extends object, A extends object, F extends CreatedRangeFilter, C extends { nodes: N[]; pageInfo: PageInfo }>(
  name: string,
  spec: RecordQueriesSpec<R, N, A, F, C>,
) {
  // RecordReadsService admits only services that offer these reads; TypeScript cannot follow that through the index.
  const reads = (context: GraphQLContext) => context.services[spec.service] as unknown as RecordReads<R, A, F>;

  @Resolver()
  abstract class RecordQueries {
    @Authorized()
    @Query(() => spec.node, { name, nullable: true, description: spec.oneDescription })
    async record(@Ctx() context: GraphQLContext, @Args(() => spec.lookup) ref: A): Promise<N | null> {
      const found = await reads(context).find(requireScope(context), ref);
      return found ? spec.toNode(found) : null;
    }

    @Authorized()
    @Query(() => spec.connection, { name: `${name}s`, description: 'Newest first.' })
    records(
      @Ctx() context: GraphQLContext,
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => spec.filter, { nullable: true }) filter: F | null,
    ): Promise<C> {
      const query = { connection: spec.connection, toNode: spec.toNode, filter, page };
      return listConnection(query, (f, p) => reads(context).list(requireScope(context), f, p));
    }
  }
  return RecordQueries;
}
