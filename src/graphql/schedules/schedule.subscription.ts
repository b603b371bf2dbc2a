import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import type { GraphQLContext } from '../core/context.js';
import { openEventStream } from '../subscriptions/subscribe.js';
import { toUpdate } from '../subscriptions/update.types.js';
import { ScheduleUpdate } from './schedule.types.js';

type Data = SubscribeResolverData<unknown, Record<string, string | null | undefined>, GraphQLContext>;

@Resolver()
export class ScheduleSubscription {
  @Authorized()
  @Subscription(() => ScheduleUpdate, {
    description: 'Every step of schedules (all, or one): status changes, cycles due / skipped, charges attempted and failed, retries scheduled, cycles paid, failed or cancelled.',
    subscribe: ({ args, context }: Data) => openEventStream(context, args, { aggregateType: 'SCHEDULE', aggregateId: args.scheduleId ?? null }),
  })
  scheduleUpdated(
    @Root() event: SequencedEvent,
    @Arg('scheduleId', () => ID, { nullable: true }) _scheduleId: string | null,
    @Arg('after', () => String, { nullable: true, description: 'Resume: the cursor of the last event you processed; missed events come first.' }) _after: string | null,
    @Arg('merchantId', () => ID, { nullable: true, description: 'Admins: watch one merchant (default: all). Merchant keys: own merchant only.' }) _merchantId: string | null,
  ): ScheduleUpdate {
    return toUpdate(ScheduleUpdate, event);
  }
}
