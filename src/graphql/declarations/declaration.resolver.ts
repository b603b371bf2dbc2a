import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { checkCreatedRange, PageArgs, pageRequest } from '../operations/list-args.js';
import { toAmsCallResult } from '../operations/operation-types.js';
import { toDeclarationPayload, toDeclarationType } from './declaration.mapping.js';
import {
  DeclarationConnection,
  DeclarationError,
  DeclarationFilter,
  DeclarationInquiryPayload,
  DeclarationPayload,
  DeclarationType,
  DeclareInput,
} from './declaration.types.js';

@Resolver()
export class DeclarationResolver {
  @Authorized('MERCHANT')
  @Mutation(() => DeclarationPayload, { description: 'Declares a SUCCEEDED payment to customs; the customs answer comes via inquiryDeclarationRequests.' })
  async declare(@Ctx() context: GraphQLContext, @Arg('input', () => DeclareInput) input: DeclareInput): Promise<DeclarationPayload> {
    return toDeclarationPayload(await context.services.declarations.declare(requireScope(context), input));
  }

  @Authorized()
  @Query(() => DeclarationType, { name: 'declaration', nullable: true, description: 'By id or declarationRequestId (local state).' })
  async declarationRecord(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('declarationRequestId', () => String, { nullable: true }) declarationRequestId: string | null,
  ): Promise<DeclarationType | null> {
    const found = await context.services.declarations.find(requireScope(context), { id, declarationRequestId });
    return found ? toDeclarationType(found) : null;
  }

  @Authorized()
  @Query(() => DeclarationConnection, { description: 'Newest first.' })
  async declarations(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DeclarationFilter, { nullable: true }) filter: DeclarationFilter | null,
  ): Promise<DeclarationConnection> {
    checkCreatedRange(filter);
    const result = await context.services.declarations.list(requireScope(context), filter ?? {}, pageRequest(page));
    return Object.assign(new DeclarationConnection(), {
      nodes: result.items.map(toDeclarationType),
      pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage },
    });
  }

  @Authorized()
  @Query(() => DeclarationInquiryPayload, { description: 'Live inquiryDeclarationRequests for 1–10 of your declarationRequestIds; answers are applied.' })
  async inquiryDeclarationRequests(
    @Ctx() context: GraphQLContext,
    @Arg('declarationRequestIds', () => [String]) declarationRequestIds: string[],
  ): Promise<DeclarationInquiryPayload> {
    const outcome = await context.services.declarations.inquire(requireScope(context), declarationRequestIds);
    const payload = new DeclarationInquiryPayload();
    if (!outcome.ok) return Object.assign(payload, { declarations: [], notFound: [], ams: null, errors: toPayloadErrors(DeclarationError, outcome.errors) });
    return Object.assign(payload, {
      declarations: outcome.value.declarations.map(toDeclarationType),
      notFound: outcome.value.notFound,
      ams: toAmsCallResult(outcome.value.ams),
      errors: [],
    });
  }
}
