import { GraphQLJSONObject } from 'graphql-scalars';
import { ID, ObjectType } from 'type-graphql';
import { field, nullable, objectFields } from '../core/fields.js';
import { AGGREGATE_TYPES, EVENT_SOURCES, EVENT_TYPES } from '../../modules/events/event.entity.js';
import { registerListEnum } from '../core/enums.js';
import { PageInfo } from '../core/page-info.js';

export const AggregateTypeEnum = registerListEnum(AGGREGATE_TYPES, 'AggregateType', 'What an event is about.');
export const EventTypeEnum = registerListEnum(EVENT_TYPES, 'EventType', 'ANOMALY: a transition the status machine refused (e.g. FAILED after SUCCEEDED); nothing changed.');
export const EventSourceEnum = registerListEnum(EVENT_SOURCES, 'EventSource', 'Where the fact came from.');

@ObjectType('Event', { description: 'One entry of the append-only event log, written in the same transaction as the change.' })
export class EventRecordType extends objectFields(
  {
    id: field(ID, 'Monotonic; use `cursor` to resume.'),
    cursor: field(String, 'Pass as `after` to get the events after this one.'),
    merchantId: field(ID),
    aggregateType: field(AggregateTypeEnum),
    aggregateId: field(ID),
    type: field(EventTypeEnum),
    fromStatus: nullable(String),
    toStatus: nullable(String),
    payload: field(GraphQLJSONObject, 'Facts (ids, amounts, codes); never tokens or keys.'),
    source: field(EventSourceEnum),
    createdAt: field(Date),
  },
  // Plain properties, no middleware per field: an event is resolved once per subscriber.
  { simpleResolvers: true },
) {}

@ObjectType()
export class EventConnection extends objectFields({
  nodes: field([EventRecordType]),
  pageInfo: field(PageInfo, 'endCursor stays at `after` when there is nothing new, so polling never skips.'),
}) {}
