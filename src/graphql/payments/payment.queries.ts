import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { checkCreatedRange, PageArgs, pageRequest } from '../operations/list-args.js';
import { toPaymentPayload, toPaymentType } from './payment.mapping.js';
import { PaymentConnection, PaymentFilter, PaymentPayload, PaymentType } from './payment.types.js';

@Resolver()
export class PaymentQueries {
  @Authorized()
  @Query(() => PaymentType, { nullable: true, description: 'By id, paymentRequestId or amsPaymentId (local state).' })
  async payment(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('paymentRequestId', () => String, { nullable: true }) paymentRequestId: string | null,
    @Arg('amsPaymentId', () => String, { nullable: true }) amsPaymentId: string | null,
  ): Promise<PaymentType | null> {
    const found = await context.services.payments.find(requireScope(context), { id, paymentRequestId, amsPaymentId });
    return found ? toPaymentType(found) : null;
  }

  @Authorized()
  @Query(() => PaymentConnection, { description: 'Newest first.' })
  async payments(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter: PaymentFilter | null,
  ): Promise<PaymentConnection> {
    checkCreatedRange(filter);
    const result = await context.services.payments.list(requireScope(context), filter ?? {}, pageRequest(page));
    return Object.assign(new PaymentConnection(), {
      nodes: result.items.map(toPaymentType),
      pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage },
    });
  }

  /**
   * Live: asks AMS now and applies what it learns. Open to read-only keys too: from the caller's side it is a read,
   * and the only local change it can make is to record the truth AMS reports.
   */
  @Authorized()
  @Query(() => PaymentPayload, { description: 'Live inquiryPayment at AMS; the answer is applied to the stored payment.' })
  async inquiryPayment(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('paymentRequestId', () => String, { nullable: true }) paymentRequestId: string | null,
    @Arg('amsPaymentId', () => String, { nullable: true }) amsPaymentId: string | null,
  ): Promise<PaymentPayload> {
    return toPaymentPayload(await context.services.payments.inquire(requireScope(context), { id, paymentRequestId, amsPaymentId }));
  }
}
