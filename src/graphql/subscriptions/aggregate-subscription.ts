import { Args, ArgsType, Authorized, Field, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { AggregateType } from '../../modules/events/event.entity.js';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import type { GraphQLContext } from '../core/context.js';
import type { EventRecordType } from '../events/event.types.js';
import { openEventStream } from './subscribe.js';
import { toUpdate } from './update.types.js';

export type SubscriptionData = SubscribeResolverData<unknown, Record<string, string | null | undefined>, GraphQLContext>;

/** The arguments every subscription takes: where it resumes, and (admins) whose events it watches. */
@ArgsType()
export class EventStreamArgs {
  @Field(() => String, { nullable: true, description: 'Resume: the cursor of the last event you processed; missed events come first.' })
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'Admins: watch one merchant (default: all). Merchant keys: own merchant only.' })
  merchantId?: string | null;
}

export interface AggregateSubscriptionSpec<U> {
  /** The subscription's GraphQL name, e.g. paymentUpdated. */
  name: string;
  description: string;
  update: new () => U;
  aggregateType: AggregateType;
  /** The argument naming one aggregate to watch (all of the caller's when omitted), e.g. paymentId. */
  idArg: string;
}

/**
 * The subscription to one kind of aggregate's changes: its events (all, or of the aggregate `idArg` names), each
 * pushed as an `update`. A resolver class extends the returned class.
 */
export function aggregateSubscriptionOf<U extends { cursor: string; event: EventRecordType }>(spec: AggregateSubscriptionSpec<U>) {
  @ArgsType()
  class AggregateStreamArgs extends EventStreamArgs {}
  Field(() => ID, { nullable: true })(AggregateStreamArgs.prototype, spec.idArg);

  @Resolver()
  abstract class AggregateSubscription {
    @Authorized()
    @Subscription(() => spec.update, {
      name: spec.name,
      description: spec.description,
      subscribe: ({ args, context }: SubscriptionData) =>
        openEventStream(context, args, { aggregateType: spec.aggregateType, aggregateId: args[spec.idArg] ?? null }),
    })
    updates(@Root() event: SequencedEvent, @Args(() => AggregateStreamArgs) _args: EventStreamArgs): U {
      return toUpdate(spec.update, event);
    }
  }
  return AggregateSubscription;
}
