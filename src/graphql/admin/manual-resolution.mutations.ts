import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { resolvePaymentManually } from '../../modules/payments/resolve-payment-manually.js';
import type { PaymentStatus } from '../../modules/payments/payment-status.js';
import { resolveRefundManually } from '../../modules/refunds/resolve-refund-manually.js';
import type { RefundStatus } from '../../modules/refunds/refund-status.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { toPaymentPayload } from '../payments/payment.mapping.js';
import { PaymentPayload, PaymentStatusEnum } from '../payments/payment.types.js';
import { toRefundPayload } from '../refunds/refund.mapping.js';
import { RefundPayload, RefundStatusEnum } from '../refunds/refund.types.js';

const REASON = { description: 'Why (required; stored in the event log with your key id).' };

@Resolver()
export class ManualResolutionMutations {
  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => PaymentPayload, {
    description: 'Admin override: settles a payment AMS cannot (SUCCEEDED, FAILED or CANCELLED), through the status machine, recorded as an ADMIN event.',
  })
  async resolvePaymentManually(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => PaymentStatusEnum) status: PaymentStatus,
    @Arg('reason', () => String, REASON) reason: string,
  ): Promise<PaymentPayload> {
    return toPaymentPayload(await resolvePaymentManually(context.services.operations, requireScope(context), { id, status, reason }));
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => RefundPayload, {
    description: 'Admin override: settles a refund AMS cannot (SUCCEEDED or FAILED), through the status machine, recorded as an ADMIN event.',
  })
  async resolveRefundManually(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => RefundStatusEnum) status: RefundStatus,
    @Arg('reason', () => String, REASON) reason: string,
  ): Promise<RefundPayload> {
    return toRefundPayload(await resolveRefundManually(context.services.operations, requireScope(context), { id, status, reason }));
  }
}
