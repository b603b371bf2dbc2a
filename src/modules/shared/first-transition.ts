import type { EntityName } from '@mikro-orm/core';
import { committedEvent, eventInsertSql } from '../events/event-insert.js';
import type { AggregateType, EventSource, EventType } from '../events/event.entity.js';
import type { StatementDeps } from './operation-deps.js';
import { decideTransition, type StatusMachine } from './status-machine.js';
import type { StatefulAggregate } from './transition.js';

export interface FirstTransition<E extends StatefulAggregate<S>, S extends string> {
  entityName: EntityName<E>;
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
 * The conditional update + event for one set of columns (sorted: one set is always one text), built from the
 * entities' mappings. Parameters: id, merchant id, from status, the event's columns, then the set values.
 */
function firstTransitionSql<E>(deps: StatementDeps, entityName: EntityName<E>, keys: readonly string[]): string {
  const table = deps.tables.of(entityName);
  return deps.tables.statement(`first-transition:${table.table}:${keys.join(',')}`, (tables) => {
    const assignments = table.assignments(Object.fromEntries(keys.map((key, i) => [key, `$${10 + i}::${table.sqlType(key)}`])));
    const event = eventInsertSql(
      tables,
      {
        merchantId: 'u.merchant_id',
        aggregateType: '$4',
        aggregateId: 'u.id',
        type: '$5',
        fromStatus: '$3',
        toStatus: '$6',
        payload: '$7::jsonb',
        source: '$8',
        createdAt: '$9::timestamptz',
      },
      'u',
    );
    const [id, merchantId, status] = ['id', 'merchantId', 'status'].map((property) => table.column(property));
    return (
      `with u as (update ${table.table} set ${assignments} where ${id} = $1 and ${merchantId} = $2 and ${status} = $3 ` +
      `returning ${id} as id, ${merchantId} as merchant_id), e as (${event}) select event_id from e`
    );
  });
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
  deps: StatementDeps,
  request: FirstTransition<E, S>,
): Promise<E | null> {
  const { record } = request;
  const decision = decideTransition(request.machine, record.status, request.to);
  if (decision.kind !== 'apply') return null;
  const set = { ...request.set, status: decision.to, updatedAt: request.now } as Record<string, unknown>;
  const keys = Object.keys(set).sort();
  const table = deps.tables.of(request.entityName);
  const eventType = request.eventType ?? 'STATUS_CHANGED';
  const payload = request.payload ?? {};
  const values: unknown[] = [
    record.id,
    record.merchantId,
    decision.from,
    request.aggregateType,
    eventType,
    decision.to,
    JSON.stringify(payload),
    request.source,
    request.now,
    ...keys.map((key) => table.parameter(key, set[key])),
  ];
  const rows = await deps.sql.query<{ event_id: string }>({ text: firstTransitionSql(deps, request.entityName, keys), values });
  const eventId = rows[0]?.event_id;
  if (eventId === undefined) return null;
  Object.assign(record as object, set);
  deps.events.announceCommitted([
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
