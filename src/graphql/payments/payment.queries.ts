import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { recordQueriesOf } from '../operations/record-queries.js';
import { toPaymentPayload, toPaymentType } from './payment.mapping.js';
import { PaymentConnection, PaymentFilter, PaymentLookupArgs, PaymentPayload, PaymentType } from './payment.types.js';

const PaymentReads = recordQueriesOf('payment', {
  oneDescription: 'By id, paymentRequestId or amsPaymentId (local state).',
  node: PaymentType,
  connection: PaymentConnection,
  filter: PaymentFilter,
  lookup: PaymentLookupArgs,
  toNode: toPaymentType,
  service: 'payments',
});

@Resolver()
export class PaymentQueries extends PaymentReads {
  /**
   * Live: asks AMS now and applies what it learns. Open to read-only keys too: from the caller's side it is a read,
   * and the only local change it can make is to record the truth AMS reports.
   */
  @Authorized()
  @Query(() => PaymentPayload, { description: 'Live inquiryPayment at AMS; the answer is applied to the stored payment.' })
  async inquiryPayment(@Ctx() context: GraphQLContext, @Args(() => PaymentLookupArgs) ref: PaymentLookupArgs): Promise<PaymentPayload> {
    return toPaymentPayload(await context.services.payments.inquire(requireScope(context), ref));
  }
}
