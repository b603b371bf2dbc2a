import { UniqueConstraintViolationException, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBatch } from '../events/event-log.js';
import type { AggregateType } from '../events/event.entity.js';
import { fail, problem, succeed, type Outcome, type Problem } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { checkReplay, mismatchMessage } from './idempotent-create.js';
import type { OperationResult } from './operation-result.js';
import type { OperationDeps } from './operation-deps.js';

export type CreateResult<E, C extends string> =
  | { kind: 'created'; record: E }
  | { kind: 'replay'; record: E }
  | { kind: 'mismatch'; field: string }
  | { kind: 'refused'; problems: Problem<C>[] };

interface Keyed {
  merchantId: string;
  idempotencyKey: string | null;
  inputHash: string;
}

/** What a new record takes from createOnce: the keys it is found by on a replay, and the transaction's time. */
export interface FreshRecordFields extends Keyed {
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Persist-first (house rule 1): in one transaction, replay an earlier record with the same key, or run the
 * business checks and insert the new PENDING record with its CREATED event. Committed before AMS is called, so a
 * crash after the call leaves a record to reconcile. Two concurrent first requests with the same key meet at the
 * unique index; the loser then sees the winner's record as a replay.
 */
export async function createOnce<E extends Keyed, C extends string>(
  deps: OperationDeps,
  scope: RequestScope,
  entityName: EntityName<E>,
  keys: { merchantId: string; inputHash: string; idempotencyKey: string | null; requestIdField: string; requestId: string | null },
  build: (em: EntityManager, events: EventBatch, fresh: FreshRecordFields) => Promise<{ ok: true; record: E } | { ok: false; problems: Problem<C>[] }>,
): Promise<CreateResult<E, C>> {
  const lookup = (em: EntityManager) => checkReplay(em, entityName, keys.merchantId, keys.inputHash, keys);
  try {
    return await deps.events.transaction(scope.em, async (em, events): Promise<CreateResult<E, C>> => {
      const earlier = await lookup(em);
      if (earlier.kind !== 'new') return earlier;
      const now = deps.clock.now();
      const fresh = { merchantId: keys.merchantId, idempotencyKey: keys.idempotencyKey, inputHash: keys.inputHash, createdAt: now, updatedAt: now };
      const built = await build(em, events, fresh);
      return built.ok ? { kind: 'created', record: built.record } : { kind: 'refused', problems: built.problems };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const earlier = await lookup(scope.em.fork());
    if (earlier.kind === 'new') throw error;
    return earlier;
  }
}

/** Inside createOnce's `build`: inserts the new record and its CREATED event, every operation's first fact. */
export async function insertCreated<E extends { id: string; merchantId: string }>(
  em: EntityManager,
  events: EventBatch,
  record: E,
  created: { aggregateType: AggregateType; toStatus: string; payload: Record<string, unknown> },
): Promise<{ ok: true; record: E }> {
  await em.persist(record).flush();
  events.xidAssignedByWrite(); // the insert gave the transaction its xid: no extra round trip before the event id
  await events.append({
    merchantId: record.merchantId,
    aggregateType: created.aggregateType,
    aggregateId: record.id,
    type: 'CREATED',
    toStatus: created.toStatus,
    payload: created.payload,
    source: 'API',
  });
  return { ok: true, record };
}

/**
 * The answer to a createOnce that ends before AMS is called: a mismatch (as `mismatchCode`, the module's
 * IDEMPOTENCY_MISMATCH), the refusal's problems, or the replayed record.
 */
export function answerWithoutCall<E, C extends string>(
  created: Exclude<CreateResult<E, C>, { kind: 'created' }>,
  mismatchCode: C,
): Outcome<OperationResult<E>, C> {
  switch (created.kind) {
    case 'mismatch':
      return fail(problem(mismatchCode, created.field, mismatchMessage(created.field)));
    case 'refused':
      return fail(...created.problems);
    case 'replay':
      return succeed({ record: created.record, ams: null, replayed: true });
  }
}
