import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { AggregateType } from '../../modules/events/event.entity.js';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import { Refund } from '../../modules/refunds/refund.entity.js';
import type { GraphQLContext } from '../core/context.js';
import { AggregateTypeEnum, EventRecordType } from '../events/event.types.js';
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

type Data = SubscribeResolverData<unknown, Record<string, string | null | undefined>, GraphQLContext>;

const AFTER = { nullable: true, description: 'Resume: the cursor of the last event you processed; missed events come first.' };
const MERCHANT = { nullable: true, description: 'Admins: watch one merchant (default: all). Merchant keys: own merchant only.' };

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
    subscribe: ({ args, context }: Data) =>
      openEventStream(context, args, { aggregateType: (args.aggregateType ?? null) as AggregateType | null, aggregateId: args.aggregateId ?? null }),
  })
  events(
    @Root() event: SequencedEvent,
    @Arg('after', () => String, AFTER) _after: string | null,
    @Arg('aggregateType', () => AggregateTypeEnum, { nullable: true }) _aggregateType: AggregateType | null,
    @Arg('aggregateId', () => ID, { nullable: true }) _aggregateId: string | null,
    @Arg('merchantId', () => ID, MERCHANT) _merchantId: string | null,
  ): EventRecordType {
    return toEventNode(event);
  }

  @Authorized()
  @Subscription(() => PaymentUpdate, {
    description: 'Payment status changes (all payments, or one).',
    subscribe: ({ args, context }: Data) => openEventStream(context, args, { aggregateType: 'PAYMENT', aggregateId: args.paymentId ?? null }),
  })
  paymentUpdated(
    @Root() event: SequencedEvent,
    @Arg('paymentId', () => ID, { nullable: true }) _paymentId: string | null,
    @Arg('after', () => String, AFTER) _after: string | null,
    @Arg('merchantId', () => ID, MERCHANT) _merchantId: string | null,
  ): PaymentUpdate {
    return toUpdate(PaymentUpdate, event);
  }

  @Authorized()
  @Subscription(() => RefundUpdate, {
    description: 'Refund status changes (all refunds, one refund, or the refunds of one payment).',
    subscribe: async ({ args, context }: Data) =>
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
    @Arg('after', () => String, AFTER) _after: string | null,
    @Arg('merchantId', () => ID, MERCHANT) _merchantId: string | null,
  ): RefundUpdate {
    return toUpdate(RefundUpdate, event);
  }

  @Authorized()
  @Subscription(() => AuthorizationUpdate, {
    description: 'Authorization changes: authCode received, tokens issued, refreshed, revoked (also from the wallet).',
    subscribe: ({ args, context }: Data) => openEventStream(context, args, { aggregateType: 'AUTHORIZATION', aggregateId: args.authorizationId ?? null }),
  })
  authorizationUpdated(
    @Root() event: SequencedEvent,
    @Arg('authorizationId', () => ID, { nullable: true }) _authorizationId: string | null,
    @Arg('after', () => String, AFTER) _after: string | null,
    @Arg('merchantId', () => ID, MERCHANT) _merchantId: string | null,
  ): AuthorizationUpdate {
    return toUpdate(AuthorizationUpdate, event);
  }

  @Authorized()
  @Subscription(() => DeclarationUpdate, {
    description: 'Customs declaration changes.',
    subscribe: ({ args, context }: Data) => openEventStream(context, args, { aggregateType: 'DECLARATION', aggregateId: args.declarationId ?? null }),
  })
  declarationUpdated(
    @Root() event: SequencedEvent,
    @Arg('declarationId', () => ID, { nullable: true }) _declarationId: string | null,
    @Arg('after', () => String, AFTER) _after: string | null,
    @Arg('merchantId', () => ID, MERCHANT) _merchantId: string | null,
  ): DeclarationUpdate {
    return toUpdate(DeclarationUpdate, event);
  }

  @Authorized()
  @Subscription(() => RegistrationUpdate, {
    description: 'Secondary-merchant registration changes.',
    subscribe: ({ args, context }: Data) => openEventStream(context, args, { aggregateType: 'REGISTRATION', aggregateId: args.registrationId ?? null }),
  })
  registrationUpdated(
    @Root() event: SequencedEvent,
    @Arg('registrationId', () => ID, { nullable: true }) _registrationId: string | null,
    @Arg('after', () => String, AFTER) _after: string | null,
    @Arg('merchantId', () => ID, MERCHANT) _merchantId: string | null,
  ): RegistrationUpdate {
    return toUpdate(RegistrationUpdate, event);
  }
}
