import { isDeepStrictEqual } from 'node:util';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBatch } from '../events/event-log.js';
import type { AggregateType, EventSource, EventType } from '../events/event.entity.js';
import { decideTransition, type StatusMachine } from './status-machine.js';

/** The columns every operation aggregate shares. */
export interface StatefulAggregate<S extends string> {
  id: string;
  merchantId: string;
  status: S;
  statusReason: string | null;
  updatedAt: Date;
}

export interface TransitionRequest<E extends StatefulAggregate<S>, S extends string> {
  entityName: EntityName<E>;
  aggregateType: AggregateType;
  machine: StatusMachine<S>;
  /** A managed entity of `em` (loaded inside the same transaction). */
  entity: E;
  /**
   * The entity was loaded FOR UPDATE in this transaction: nobody else can change the row before we commit, so after
   * an applied update the entity is brought up to date in memory instead of being read again (one round trip less).
   */
  locked?: boolean;
  to: S;
  /** Other columns written together with the status (ids from AMS, failure code, times). */
  set?: Partial<E>;
  source: EventSource;
  /** Event type for an applied transition; STATUS_CHANGED by default. */
  eventType?: EventType;
  /** Facts for the event payload: ids, codes, amounts. Never secrets. */
  payload?: Record<string, unknown>;
  now: Date;
}

export type TransitionResult<S extends string> =
  | { kind: 'applied'; from: S; to: S }
  | { kind: 'noop'; status: S }
  | { kind: 'rejected'; from: S; to: S; reason: string };

const MAX_RACE_RETRIES = 3;

/** The entries of `set` that differ from the entity's current values (JSON compared by value, not by key order). */
function changedColumns<E>(entity: E, set: Partial<E> | undefined): Partial<E> {
  const current = entity as Record<string, unknown>;
  return Object.fromEntries(Object.entries(set ?? {}).filter(([key, value]) => !isDeepStrictEqual(current[key], value))) as Partial<E>;
}

/**
 * `em.refresh` does not reload lazy columns (the encrypted tokens), so the managed entity kept their stale values
 * and the commit's flush wrote those back over what nativeUpdate had just stored (an ACTIVE authorization lost its
 * access token). Putting the written values on the entity makes the flush agree with the database. Only values that
 * differ are put: a JSON column re-read with its keys in Postgres' order would otherwise look changed and be written
 * again by the flush.
 */
function keepWritten<E>(entity: E, set: Partial<E> | undefined): void {
  Object.assign(entity as object, changedColumns(entity, set));
}

/**
 * The one way a status changes (design.md: monotonic status machines). Decides with the aggregate's machine, then
 * writes with `UPDATE … WHERE id = ? AND status = <from>`, so two appliers racing from the same status cannot both
 * win: the loser re-reads and decides again against what the winner wrote. An applied change appends an event; a
 * refused one (e.g. FAILED after SUCCEEDED) changes nothing and appends an ANOMALY event; a repeat is a no-op that
 * may still record extra columns (e.g. a newer `statusReason` while PROCESSING).
 */
export async function applyTransition<E extends StatefulAggregate<S>, S extends string>(
  em: EntityManager,
  events: EventBatch,
  request: TransitionRequest<E, S>,
): Promise<TransitionResult<S>> {
  const { entity, to, machine } = request;
  for (let attempt = 0; attempt < MAX_RACE_RETRIES; attempt++) {
    const decision = decideTransition(machine, entity.status, to);
    if (decision.kind === 'noop') {
      // A repeat (e.g. the notification of a payment the pay answer already settled) writes only what it adds.
      const changes = changedColumns(entity, request.set);
      if (Object.keys(changes).length > 0) {
        // Conditional too: details meant for this status must not land on a status another applier just wrote.
        const affected = await em.nativeUpdate(
          request.entityName,
          { id: entity.id, status: decision.status } as never,
          { ...changes, updatedAt: request.now } as never,
        );
        await em.refresh(entity);
        if (affected === 0) continue;
        keepWritten(entity, changes);
      }
      return { kind: 'noop', status: decision.status };
    }
    if (decision.kind === 'reject') {
      await events.append({
        merchantId: entity.merchantId,
        aggregateType: request.aggregateType,
        aggregateId: entity.id,
        type: 'ANOMALY',
        fromStatus: decision.from,
        toStatus: decision.to,
        payload: { ...request.payload, reason: decision.reason },
        source: request.source,
      });
      return { kind: 'rejected', from: decision.from, to: decision.to, reason: decision.reason };
    }
    const affected = await em.nativeUpdate(
      request.entityName,
      { id: entity.id, status: decision.from } as never,
      { ...request.set, status: decision.to, updatedAt: request.now } as never,
    );
    if (affected === 1 && request.locked) {
      // Row locked since it was read: the database holds exactly the loaded row plus what we just wrote.
      keepWritten(entity, { ...request.set, status: decision.to, updatedAt: request.now } as Partial<E>);
      em.getUnitOfWork().merge(entity); // what we wrote is now the entity's clean state (the commit writes nothing more)
    } else {
      // Re-read: on success to sync the managed entity with what we wrote, on a lost race to decide again.
      await em.refresh(entity);
    }
    if (affected === 1) {
      keepWritten(entity, request.set);
      events.xidAssignedByWrite(); // the update changed a row, so this transaction has its xid
      await events.append({
        merchantId: entity.merchantId,
        aggregateType: request.aggregateType,
        aggregateId: entity.id,
        type: request.eventType ?? 'STATUS_CHANGED',
        fromStatus: decision.from,
        toStatus: decision.to,
        payload: request.payload ?? {},
        source: request.source,
      });
      return { kind: 'applied', from: decision.from, to: decision.to };
    }
  }
  throw new Error(`${request.aggregateType} ${entity.id}: status kept changing under us; gave up after ${MAX_RACE_RETRIES} tries`);
}
