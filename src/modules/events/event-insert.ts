import type { EntityTables } from '../../persistence/entity-tables.js';
import { GatewayEvent } from './event.entity.js';

/** An SQL expression for each column of a new event (the id is drawn by the insert). */
export type EventExpressions = Record<Exclude<keyof GatewayEvent, 'id'>, string>;

/**
 * The event insert every single statement ends with, built from the event entity's mapping (the ORM path writes the
 * same entity through EventBatch). `from` is the CTE that wrote the aggregate's row: the event's id (nextval) is
 * drawn only after that write gave the transaction its xid, the order the event sequencer's gap-free guarantee
 * needs (event-channel.ts), with no extra round trip.
 */
export function eventInsertSql(tables: EntityTables, values: EventExpressions, from: string): string {
  const events = tables.of(GatewayEvent);
  return `${events.insertSelect({ id: `nextval('${events.sequenceOf('id')}')`, ...values })} from ${from} returning id::text as event_id, aggregate_id`;
}

/** The event as announced after the commit: the shape EventBatch produces, as a plain object (see pay-intent.ts). */
export function committedEvent(fields: Omit<GatewayEvent, 'id'>, id: string): GatewayEvent {
  return { ...fields, id };
}
