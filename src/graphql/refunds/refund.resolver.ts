import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { checkCreatedRange, PageArgs, pageRequest } from '../operations/list-args.js';
import { toRefundPayload, toRefundType } from './refund.mapping.js';
import { RefundConnection, RefundFilter, RefundInput, RefundPayload, RefundType } from './refund.types.js';

@Resolver()
export class RefundResolver {
  @Authorized('MERCHANT')
  @Mutation(() => RefundPayload, { description: 'Refunds all or part of a SUCCEEDED payment; the rules are checked before AMS is called.' })
  async refund(@Ctx() context: GraphQLContext, @Arg('input', () => RefundInput) input: RefundInput): Promise<RefundPayload> {
    return toRefundPayload(await context.services.refunds.refund(requireScope(context), input));
  }

  @Authorized()
  @Query(() => RefundType, { name: 'refund', nullable: true, description: 'By id, refundRequestId or amsRefundId (local state).' })
  async refundRecord(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('refundRequestId', () => String, { nullable: true }) refundRequestId: string | null,
    @Arg('amsRefundId', () => String, { nullable: true }) amsRefundId: string | null,
  ): Promise<RefundType | null> {
    const found = await context.services.refunds.find(requireScope(context), { id, refundRequestId, amsRefundId });
    return found ? toRefundType(found) : null;
  }

  @Authorized()
  @Query(() => RefundConnection, { description: 'Newest first.' })
  async refunds(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => RefundFilter, { nullable: true }) filter: RefundFilter | null,
  ): Promise<RefundConnection> {
    checkCreatedRange(filter);
    const result = await context.services.refunds.list(requireScope(context), filter ?? {}, pageRequest(page));
    return Object.assign(new RefundConnection(), {
      nodes: result.items.map(toRefundType),
      pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage },
    });
  }

  @Authorized()
  @Query(() => RefundPayload, { description: 'Live inquiryRefund at AMS; the answer is applied to the stored refund.' })
  async inquiryRefund(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('refundRequestId', () => String, { nullable: true }) refundRequestId: string | null,
    @Arg('amsRefundId', () => String, { nullable: true }) amsRefundId: string | null,
  ): Promise<RefundPayload> {
    return toRefundPayload(await context.services.refunds.inquire(requireScope(context), { id, refundRequestId, amsRefundId }));
  }
}
