import { LockMode, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBatch } from '../events/event-log.js';
import type { AggregateType, EventSource, EventType } from '../events/event.entity.js';
import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from './operation-deps.js';
import type { StatusMachine } from './status-machine.js';
import { applyTransition, type StatefulAggregate, type TransitionResult } from './transition.js';

/** What a caller wants to happen to one record; null = nothing to record. */
export interface TransitionPlan<E, S extends string> {
  to: S;
  set?: Partial<E>;
  eventType?: EventType;
  payload?: Record<string, unknown>;
  /** Runs in the same transaction after the transition was applied (e.g. an event on a related aggregate). */
  after?: (em: EntityManager, events: EventBatch, result: TransitionResult<S>) => Promise<void>;
}

export interface TransitionTarget<E, S extends string> {
  entityName: EntityName<E>;
  aggregateType: AggregateType;
  machine: StatusMachine<S>;
  id: string;
  source: EventSource;
}

/**
 * Loads the record afresh and locked (FOR UPDATE) inside a new transaction, lets `plan` decide from its current state,
 * applies the transition (conditional update + event) and commits. Returns the record as stored after the commit.
 * The lock costs no round trip and spares the applier a re-read after its update (see `locked` in transition.ts);
 * it is held only for this short transaction, which never calls AMS.
 */
export async function recordTransition<E extends StatefulAggregate<S>, S extends string>(
  deps: OperationDeps,
  scope: RequestScope,
  target: TransitionTarget<E, S>,
  plan: (record: E) => TransitionPlan<E, S> | null,
): Promise<E> {
  return deps.events.transaction(scope.em, async (em, events) => {
    const record = await em.findOneOrFail(target.entityName, { id: target.id } as never, {
      refresh: true,
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    const wanted = plan(record);
    if (wanted) await applyPlan(em, events, target, record, wanted, deps.clock.now(), true);
    return record;
  });
}

/**
 * A plan applied to a record loaded in this transaction (`locked`: FOR UPDATE, see transition.ts): the one
 * transition function, then the plan's own follow-up in the same transaction. Notifications apply their plans here
 * as inquiries and answers do through recordTransition.
 */
export async function applyPlan<E extends StatefulAggregate<S>, S extends string>(
  em: EntityManager,
  events: EventBatch,
  target: Omit<TransitionTarget<E, S>, 'id'>,
  record: E,
  plan: TransitionPlan<E, S>,
  now: Date,
  locked = false,
): Promise<TransitionResult<S>> {
  const result = await applyTransition(em, events, {
    entityName: target.entityName,
    aggregateType: target.aggregateType,
    machine: target.machine,
    entity: record,
    locked,
    to: plan.to,
    ...(plan.set ? { set: plan.set } : {}),
    source: target.source,
    ...(plan.eventType ? { eventType: plan.eventType } : {}),
    ...(plan.payload ? { payload: plan.payload } : {}),
    now,
  });
  if (plan.after) await plan.after(em, events, result);
  return result;
}
