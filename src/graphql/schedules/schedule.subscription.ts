import { Resolver } from 'type-graphql';
import { aggregateSubscriptionOf } from '../subscriptions/aggregate-subscription.js';
import { ScheduleUpdate } from './schedule.types.js';

@Resolver()
export class ScheduleSubscription extends aggregateSubscriptionOf({
  name: 'scheduleUpdated',
  description:
    'Every step of schedules (all, or one): status changes, cycles due / skipped, charges attempted and failed, retries scheduled, cycles paid, failed or cancelled.',
  update: ScheduleUpdate,
  aggregateType: 'SCHEDULE',
  idArg: 'scheduleId',
}) {}
