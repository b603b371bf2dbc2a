import { ID, Resolver } from 'type-graphql';
import { resolvePaymentManually } from '../../modules/payments/resolve-payment-manually.js';
import type { PaymentStatus } from '../../modules/payments/payment-status.js';
import { resolveRefundManually } from '../../modules/refunds/resolve-refund-manually.js';
import type { RefundStatus } from '../../modules/refunds/refund-status.js';
import type { GraphQLContext } from '../core/context.js';
import { requireScope } from '../core/context.js';
import { declareMutations, type MutationRow } from '../core/declared-mutations.js';
import { toPaymentPayload } from '../payments/payment.mapping.js';
import { PaymentPayload, PaymentStatusEnum } from '../payments/payment.types.js';
import { toRefundPayload } from '../refunds/refund.mapping.js';
import { RefundPayload, RefundStatusEnum } from '../refunds/refund.types.js';

const REASON = { description: 'Why (required; stored in the event log with your key id).' };

/** An admin override of one aggregate's outcome (modules/shared/manual-resolution.ts), as a mutation. */
const manualResolution = (
  payload: MutationRow['payload'],
  statusEnum: MutationRow['payload'],
  description: string,
  resolve: (context: GraphQLContext, input: { id: string; status: never; reason: string }) => Promise<unknown>,
): MutationRow => ({
  role: 'PLATFORM_ADMIN',
  payload,
  description,
  args: [
    ['id', () => ID],
    ['status', statusEnum],
    ['reason', () => String, REASON],
  ],
  run: (context: GraphQLContext, id: string, status: never, reason: string) => resolve(context, { id, status, reason }),
});

@Resolver()
export class ManualResolutionMutations {}

declareMutations(ManualResolutionMutations, {
  resolvePaymentManually: manualResolution(
    () => PaymentPayload,
    () => PaymentStatusEnum,
    'Admin override: settles a payment AMS cannot (SUCCEEDED, FAILED or CANCELLED), through the status machine, recorded as an ADMIN event.',
    async (context, input: { id: string; status: PaymentStatus; reason: string }) => toPaymentPayload(await resolvePaymentManually(context.services.operations, requireScope(context), input)),
  ),
  resolveRefundManually: manualResolution(
    () => RefundPayload,
    () => RefundStatusEnum,
    'Admin override: settles a refund AMS cannot (SUCCEEDED or FAILED), through the status machine, recorded as an ADMIN event.',
    async (context, input: { id: string; status: RefundStatus; reason: string }) => toRefundPayload(await resolveRefundManually(context.services.operations, requireScope(context), input)),
  ),
});
