import type { EntityName } from '@mikro-orm/core';
import type { AggregateType } from '../events/event.entity.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import { InputChecker } from './input-checks.js';
import type { OperationDeps } from './operation-deps.js';
import type { OperationResult } from './operation-result.js';
import { recordTransition } from './record-transition.js';
import { decideTransition, type StatusMachine } from './status-machine.js';
import type { StatefulAggregate } from './transition.js';

type Codes = 'REQUIRED' | 'TOO_LONG' | 'INVALID' | 'NOT_FOUND' | 'INVALID_STATE';

export interface ManualTarget<E extends StatefulAggregate<S>, S extends string> {
  entityName: EntityName<E>;
  aggregateType: AggregateType;
  machine: StatusMachine<S>;
  /** Statuses an operator may set: the outcomes, never an in-between state. */
  allowed: readonly S[];
}

/**
 * The operator's override for a record AMS cannot settle (e.g. a sync job gave up): platform admin only, a reason
 * required, applied through the same status machine as every other source (a final status still never moves), and
 * recorded as an ADMIN event carrying the reason and the admin's key id. Never silent, never a bypass.
 */
export async function resolveManually<E extends StatefulAggregate<S>, S extends string, C extends string>(
  deps: OperationDeps,
  scope: RequestScope,
  target: ManualTarget<E, S>,
  input: { id: string; status: S; reason: string },
): Promise<Outcome<OperationResult<E>, C | Codes>> {
  requirePlatformAdmin(scope);
  const check = new InputChecker<Codes>();
  const id = check.required('id', input.id, 64);
  const reason = check.required('reason', input.reason?.trim(), 500);
  if (!check.ok || !id || !reason) return fail(...check.problems);
  if (!target.allowed.includes(input.status)) {
    return fail(problem('INVALID', 'status', `status must be one of ${target.allowed.join(', ')}`));
  }
  const current = await scope.em.fork().findOne(target.entityName, { id } as never);
  if (!current) return fail(problem('NOT_FOUND', 'id', `no ${target.aggregateType.toLowerCase()} ${id}`));
  const decision = decideTransition(target.machine, current.status, input.status);
  if (decision.kind === 'reject') return fail(problem('INVALID_STATE', 'status', decision.reason));
  if (decision.kind === 'noop') return fail(problem('INVALID_STATE', 'status', `already ${current.status}; nothing to resolve`));

  const facts = { reason, adminKeyId: scope.actor.keyId, manual: true };
  const stored = await recordTransition(
    deps,
    scope,
    { entityName: target.entityName, aggregateType: target.aggregateType, machine: target.machine, id, source: 'ADMIN' },
    (latest) => {
      // Re-decided inside the transaction: a notification may have settled it since the check above.
      const again = decideTransition(target.machine, latest.status, input.status);
      if (again.kind === 'reject') return null;
      return { to: input.status, set: { statusReason: `manual: ${reason}` } as Partial<E>, payload: facts };
    },
  );
  if (stored.status !== input.status) {
    return fail(problem('INVALID_STATE', 'status', `${target.aggregateType.toLowerCase()} ${id} became ${stored.status} meanwhile`));
  }
  return succeed({ record: stored, ams: null, replayed: false });
}

/** One aggregate's manual resolution: `resolveManually` for that target, with the module's error codes. */
export function manualResolution<E extends StatefulAggregate<S>, S extends string, C extends string>(target: ManualTarget<E, S>) {
  return (deps: OperationDeps, scope: RequestScope, input: { id: string; status: S; reason: string }): Promise<Outcome<OperationResult<E>, C | Codes>> =>
    resolveManually<E, S, C>(deps, scope, target, input);
}
