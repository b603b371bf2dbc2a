import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AGGREGATE_TYPES, EVENT_SOURCES, EVENT_TYPES, type AggregateType, type EventSource, type EventType } from '../../modules/events/event.entity.js';
import { registerListEnum } from '../core/enums.js';
import { PageInfo } from '../core/page-info.js';

export const AggregateTypeEnum = registerListEnum(AGGREGATE_TYPES, 'AggregateType', 'What an event is about.');
export const EventTypeEnum = registerListEnum(EVENT_TYPES, 'EventType', 'ANOMALY: a transition the status machine refused (e.g. FAILED after SUCCEEDED); nothing changed.');
export const EventSourceEnum = registerListEnum(EVENT_SOURCES, 'EventSource', 'Where the fact came from.');

// simpleResolvers: plain properties, no middleware per field — an event is resolved once per subscriber.
@ObjectType('Event', { description: 'One entry of the append-only event log, written in the same transaction as the change.', simpleResolvers: true })
export class EventRecordType {
  @Field(() => ID, { description: 'Monotonic; use `cursor` to resume.' })
  id!: string;

  @Field(() => String, { description: 'Pass as `after` to get the events after this one.' })
  cursor!: string;

  @Field(() => ID)
  merchantId!: string;

  @Field(() => AggregateTypeEnum)
  aggregateType!: AggregateType;

  @Field(() => ID)
  aggregateId!: string;

  @Field(() => EventTypeEnum)
  type!: EventType;

  @Field(() => String, { nullable: true })
  fromStatus!: string | null;

  @Field(() => String, { nullable: true })
  toStatus!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Facts (ids, amounts, codes); never tokens or keys.' })
  payload!: Record<string, unknown>;

  @Field(() => EventSourceEnum)
  source!: EventSource;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class EventConnection {
  @Field(() => [EventRecordType])
  nodes!: EventRecordType[];

  @Field(() => PageInfo, { description: 'endCursor stays at `after` when there is nothing new, so polling never skips.' })
  pageInfo!: PageInfo;
}
