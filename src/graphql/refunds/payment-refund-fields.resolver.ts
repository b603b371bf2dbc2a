import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { loadersOf } from '../core/loaders.js';
import { Money, toMoney } from '../operations/operation-types.js';
import { PaymentType } from '../payments/payment.types.js';

/** Refund totals on Payment, resolved by the refunds module (which owns the refund rules), batched per page. */
@Resolver(() => PaymentType)
export class PaymentRefundFields {
  @FieldResolver(() => Money, { description: 'Sum of SUCCEEDED refunds.' })
  async refundedAmount(@Ctx() context: GraphQLContext, @Root() payment: PaymentType): Promise<Money> {
    const totals = await loadersOf(context).refundTotals.load(payment.id);
    return toMoney(totals?.refunded ?? '0', payment.amount.currency);
  }

  @FieldResolver(() => Money, { description: 'What a refund may ask for now: paid minus non-failed refunds; 0 when the payment is not refundable.' })
  async refundableAmount(@Ctx() context: GraphQLContext, @Root() payment: PaymentType): Promise<Money> {
    const totals = await loadersOf(context).refundTotals.load(payment.id);
    return toMoney(totals?.refundable ?? '0', payment.amount.currency);
  }
}
