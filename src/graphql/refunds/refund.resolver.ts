import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { recordQueriesOf } from '../operations/record-queries.js';
import { toRefundPayload, toRefundType } from './refund.mapping.js';
import { RefundConnection, RefundFilter, RefundInput, RefundLookupArgs, RefundPayload, RefundType } from './refund.types.js';

const RefundReads = recordQueriesOf('refund', {
  oneDescription: 'By id, refundRequestId or amsRefundId (local state).',
  node: RefundType,
  connection: RefundConnection,
  filter: RefundFilter,
  lookup: RefundLookupArgs,
  toNode: toRefundType,
  service: 'refunds',
});

@Resolver()
export class RefundResolver extends RefundReads {
  @Authorized('MERCHANT')
  @Mutation(() => RefundPayload, { description: 'Refunds all or part of a SUCCEEDED payment; the rules are checked before AMS is called.' })
  async refund(@Ctx() context: GraphQLContext, @Arg('input', () => RefundInput) input: RefundInput): Promise<RefundPayload> {
    return toRefundPayload(await context.services.refunds.refund(requireScope(context), input));
  }

  @Authorized()
  @Query(() => RefundPayload, { description: 'Live inquiryRefund at AMS; the answer is applied to the stored refund.' })
  async inquiryRefund(@Ctx() context: GraphQLContext, @Args(() => RefundLookupArgs) ref: RefundLookupArgs): Promise<RefundPayload> {
    return toRefundPayload(await context.services.refunds.inquire(requireScope(context), ref));
  }
}
