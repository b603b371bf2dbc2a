import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { Money, toMoney } from '../operations/operation-types.js';
import { PaymentType } from '../payments/payment.types.js';

/** Refund totals on Payment, resolved by the refunds module (which owns the refund rules). */
@Resolver(() => PaymentType)
export class PaymentRefundFields {
  @FieldResolver(() => Money, { description: 'Sum of SUCCEEDED refunds.' })
  async refundedAmount(@Ctx() context: GraphQLContext, @Root() payment: PaymentType): Promise<Money> {
    const found = await context.services.payments.find(requireScope(context), { id: payment.id });
    if (!found) return toMoney('0', payment.amount.currency);
    return toMoney((await context.services.refunds.totalsFor(requireScope(context), found)).refunded, payment.amount.currency);
  }

  @FieldResolver(() => Money, { description: 'What a refund may ask for now: paid minus non-failed refunds; 0 when the payment is not refundable.' })
  async refundableAmount(@Ctx() context: GraphQLContext, @Root() payment: PaymentType): Promise<Money> {
    const found = await context.services.payments.find(requireScope(context), { id: payment.id });
    if (!found) return toMoney('0', payment.amount.currency);
    return toMoney((await context.services.refunds.totalsFor(requireScope(context), found)).refundable, payment.amount.currency);
  }
}
