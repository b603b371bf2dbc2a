import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPaymentPayload } from './payment.mapping.js';
import { PayInput, PaymentPayload } from './payment.types.js';

@Resolver()
export class PaymentMutations {
  @Authorized('MERCHANT')
  @Mutation(() => PaymentPayload, { description: 'Debits the user with an authorization’s token (Auto Debit). F codes are data in payment.failure.' })
  async pay(@Ctx() context: GraphQLContext, @Arg('input', () => PayInput) input: PayInput): Promise<PaymentPayload> {
    return toPaymentPayload(await context.services.payments.pay(requireScope(context), input));
  }

  @Authorized('MERCHANT')
  @Mutation(() => PaymentPayload, { description: 'Cancels a payment without refunds, before its cancelDeadline.' })
  async cancelPayment(@Ctx() context: GraphQLContext, @Arg('id', () => ID) id: string): Promise<PaymentPayload> {
    return toPaymentPayload(await context.services.payments.cancel(requireScope(context), id));
  }
}
