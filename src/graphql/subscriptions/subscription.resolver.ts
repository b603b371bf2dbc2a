import { Arg, Args, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { AggregateType } from '../../modules/events/event.entity.js';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import { Refund } from '../../modules/refunds/refund.entity.js';
import type { GraphQLContext } from '../core/context.js';
import { AggregateTypeEnum, EventRecordType } from '../events/event.types.js';
import { aggregateSubscriptionOf, EventStreamArgs, type SubscriptionData } from './aggregate-subscription.js';
import { openEventStream } from './subscribe.js';
import {
  AuthorizationUpdate,
  DeclarationUpdate,
  PaymentUpdate,
  RefundUpdate,
  RegistrationUpdate,
  toEventNode,
  toUpdate,
} from './update.types.js';


/** Refunds of one payment: those in the database now, plus those whose CREATED event names the payment later. */
async function refundsOfPayment(context: GraphQLContext, paymentId: string): Promise<(event: SequencedEvent) => boolean> {
  const scope = context.scope;
  const known = new Set<string>(scope ? (await scope.em.fork().find(Refund, { paymentId }, { fields: ['id'] })).map((r) => r.id) : []);
  return (event) => {
    if (event.type === 'CREATED' && event.payload['paymentId'] === paymentId) known.add(event.aggregateId);
    return known.has(event.aggregateId);
  };
}

/**
 * Live status over graphql-ws (same /graphql path). Every subscription is merchant-scoped, resumable with `after`,
 * and delivered in event-log order with no gap and no duplicate; see README.md in this folder.
 */
@Resolver()
export class SubscriptionResolver {
  @Authorized()
  @Subscription(() => EventRecordType, {
    description: 'Every event of the log (filtered), oldest first from `after`, then live.',
    subscribe: ({ args, context }: SubscriptionData) =>
      openEventStream(context, args, { aggregateType: (args.aggregateType ?? null) as AggregateType | null, aggregateId: args.aggregateId ?? null }),
  })
  events(
    @Root() event: SequencedEvent,
    @Args(() => EventStreamArgs) _stream: EventStreamArgs,
    @Arg('aggregateType', () => AggregateTypeEnum, { nullable: true }) _aggregateType: AggregateType | null,
    @Arg('aggregateId', () => ID, { nullable: true }) _aggregateId: string | null,
  ): EventRecordType {
    return toEventNode(event);
  }
}

@Resolver()
export class PaymentSubscription extends aggregateSubscriptionOf({
  name: 'paymentUpdated',
  description: 'Payment status changes (all payments, or one).',
  update: PaymentUpdate,
  aggregateType: 'PAYMENT',
  idArg: 'paymentId',
}) {}

/** Refunds, also those of one payment (its refunds now and those created later), which the generic filter cannot say. */
@Resolver()
export class RefundSubscription {
  @Authorized()
  @Subscription(() => RefundUpdate, {
    description: 'Refund status changes (all refunds, one refund, or the refunds of one payment).',
    subscribe: async ({ args, context }: SubscriptionData) =>
      openEventStream(context, args, {
        aggregateType: 'REFUND',
        aggregateId: args.refundId ?? null,
        ...(args.paymentId && !args.refundId ? { accept: await refundsOfPayment(context, args.paymentId) } : {}),
      }),
  })
  refundUpdated(
    @Root() event: SequencedEvent,
    @Arg('refundId', () => ID, { nullable: true }) _refundId: string | null,
    @Arg('paymentId', () => ID, { nullable: true }) _paymentId: string | null,
    @Args(() => EventStreamArgs) _stream: EventStreamArgs,
  ): RefundUpdate {
    return toUpdate(RefundUpdate, event);
  }
}

@Resolver()
export class AuthorizationSubscription extends aggregateSubscriptionOf({
  name: 'authorizationUpdated',
  description: 'Authorization changes: authCode received, tokens issued, refreshed, revoked (also from the wallet).',
  update: AuthorizationUpdate,
  aggregateType: 'AUTHORIZATION',
  idArg: 'authorizationId',
}) {}

@Resolver()
export class DeclarationSubscription extends aggregateSubscriptionOf({
  name: 'declarationUpdated',
  description: 'Customs declaration changes.',
  update: DeclarationUpdate,
  aggregateType: 'DECLARATION',
  idArg: 'declarationId',
}) {}

@Resolver()
export class RegistrationSubscription extends aggregateSubscriptionOf({
  name: 'registrationUpdated',
  description: 'Secondary-merchant registration changes.',
  update: RegistrationUpdate,
  aggregateType: 'REGISTRATION',
  idArg: 'registrationId',
}) {}
