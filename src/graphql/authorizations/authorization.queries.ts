import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { checkCreatedRange, PageArgs, pageRequest } from '../operations/list-args.js';
import { toAuthorizationType } from './authorization.mapping.js';
import { AuthorizationConnection, AuthorizationFilter, AuthorizationType } from './authorization.types.js';

/** Local reads (no AMS call): any key; merchants see their own, admins all. */
@Resolver()
export class AuthorizationQueries {
  @Authorized()
  @Query(() => AuthorizationType, { nullable: true, description: 'By id or authState; null when missing or not visible.' })
  async authorization(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('authState', () => String, { nullable: true }) authState: string | null,
  ): Promise<AuthorizationType | null> {
    const found = await context.services.authorizations.find(requireScope(context), { id, authState });
    return found ? toAuthorizationType(found) : null;
  }

  @Authorized()
  @Query(() => AuthorizationConnection, { description: 'Newest first.' })
  async authorizations(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuthorizationFilter, { nullable: true }) filter: AuthorizationFilter | null,
  ): Promise<AuthorizationConnection> {
    checkCreatedRange(filter);
    const result = await context.services.authorizations.list(requireScope(context), filter ?? {}, pageRequest(page));
    return Object.assign(new AuthorizationConnection(), {
      nodes: result.items.map(toAuthorizationType),
      pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage },
    });
  }
}
