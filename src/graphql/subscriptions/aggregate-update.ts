import { Field, ObjectType } from 'type-graphql';
import { EventRecordType } from '../events/event.types.js';

/**
 * One change pushed to a subscriber: the event (with its resume cursor) and, in each subclass, the aggregate as it is
 * now (read only when the field is asked for, so event-only subscribers cost no extra query).
 */
@ObjectType({ simpleResolvers: true })
export abstract class AggregateUpdate {
  @Field(() => String, { description: 'Pass as `after` when subscribing again to resume right after this event.' })
  cursor!: string;

  @Field(() => EventRecordType)
  event!: EventRecordType;
}
