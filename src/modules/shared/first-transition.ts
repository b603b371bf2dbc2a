import type { Sql } from '../../persistence/sql-pool.js';
import type { EventLog } from '../events/event-log.js';
import type { AggregateType, EventSource, EventType, GatewayEvent } from '../events/event.entity.js';
import { decideTransition, type StatusMachine } from './status-machine.js';
import type { StatefulAggregate } from './transition.js';

/**
 * The event insert every fast statement ends with. It reads the row the statement's first CTE wrote, so the event's
 * id (nextval) is drawn only after that write gave the transaction its xid — the order the event sequencer's
 * gap-free guarantee needs (event-channel.ts), with no extra round trip.
 */
export const EVENT_INSERT_COLUMNS = 'id, merchant_id, aggregate_type, aggregate_id, type, from_status, to_status, payload, source, created_at';

/** The event as announced after the commit (the shape the ORM path's EventBatch produces; a plain object, see pay-intent.ts). */
export function committedEvent(fields: Omit<GatewayEvent, 'id'>, id: string): GatewayEvent {
  return { ...fields, id };
}

/** Property → column for the columns a transition may set (snake_case, as the ORM's default naming strategy). */
function columnOf(property: string): string {
  if (!/^[a-zA-Z]+$/.test(property)) throw new Error(`not a column property: ${property}`);
  return property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * `col = $n, …` for the properties in `set`, in a fixed (sorted) order so one set of columns is always one statement
 * text; their values are appended to `values`.
 */
export function setClause(set: Record<string, unknown>, values: unknown[]): string {
  return Object.keys(set)
    .sort()
    .map((key) => {
      values.push(set[key]);
      return `${columnOf(key)} = $${values.length}`;
    })
    .join(', ');
}

export interface FirstTransition<E extends StatefulAggregate<S>, S extends string> {
  table: string;
  aggregateType: AggregateType;
  machine: StatusMachine<S>;
  /** The record as inserted and committed, still in its first status as far as this request knows. */
  record: E;
  to: S;
  set?: Partial<E>;
  eventType?: EventType;
  payload?: Record<string, unknown>;
  source: EventSource;
  now: Date;
}

/**
 * The answer to the call a record was created for, recorded in ONE statement (conditional update + event, one
 * round trip, one commit) when the record is still in the status it was inserted with — the common case. Returns
 * null when that does not hold (a notification or job moved it meanwhile, or the target is not a plain transition
 * from the first status); the caller then takes the general path (recordTransition: lock, decide, apply), which
 * handles races, no-ops and anomalies. Same rule as applyTransition: decided by the machine, written only
 * `WHERE status = <from>`, so a final status can never move back.
 */
export async function recordFirstTransition<E extends StatefulAggregate<S>, S extends string>(
  sql: Sql,
  events: EventLog,
  request: FirstTransition<E, S>,
): Promise<E | null> {
  const { record } = request;
  const decision = decideTransition(request.machine, record.status, request.to);
  if (decision.kind !== 'apply') return null;
  const set = { ...request.set, status: decision.to, updatedAt: request.now } as Record<string, unknown>;
  const values: unknown[] = [record.id, record.merchantId, decision.from];
  const assignments = setClause(set, values);
  const eventType = request.eventType ?? 'STATUS_CHANGED';
  const payload = request.payload ?? {};
  values.push(request.aggregateType, eventType, decision.from, decision.to, JSON.stringify(payload), request.source, request.now);
  const n = values.length;
  const text =
      `with u as (update ${request.table} set ${assignments} where id = $1 and merchant_id = $2 and status = $3 returning id, merchant_id), ` +
      `e as (insert into events (${EVENT_INSERT_COLUMNS}) select nextval('events_id_seq'), u.merchant_id, $${n - 6}, u.id, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}::jsonb, $${n - 1}, $${n} from u returning id::text as event_id) ` +
      `select event_id from e`;
  const rows = await sql.query<{ event_id: string }>({ text, values });
  const eventId = rows[0]?.event_id;
  if (eventId === undefined) return null;
  Object.assign(record as object, set);
  events.announceCommitted([
    committedEvent(
      {
        merchantId: record.merchantId,
        aggregateType: request.aggregateType,
        aggregateId: record.id,
        type: eventType,
        fromStatus: decision.from,
        toStatus: decision.to,
        payload,
        source: request.source,
        createdAt: request.now,
      },
      eventId,
    ),
  ]);
  return record;
}
