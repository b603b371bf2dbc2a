import type { AmsApiName, AmsRequestOf, AmsResponseOf } from '../../ams/index.js';
import type { EventSource } from '../events/event.entity.js';
import { succeed, type Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { callAms, NOT_SENT_CODE, summarize, unresolvedReason, type AmsCallOutcome } from './ams-call.js';
import { answerWithoutCall, type CreateResult } from './create-once.js';
import type { OperationDeps } from './operation-deps.js';
import type { OperationResult } from './operation-result.js';
import { recordTransition, type TransitionPlan, type TransitionTarget } from './record-transition.js';
import type { StatefulAggregate } from './transition.js';

type Failable = { failureCode: string | null; failureMessage: string | null };

/** An F answer, or a request AMS provably never saw (NOT_SENT): the operation failed for good, with that code. */
export function failurePlan<E extends Failable & { statusReason: string | null }, S extends string>(
  outcome: { kind: 'F' | 'NOT_SENT'; code: string; message: string },
  to: S,
): TransitionPlan<E, S> {
  const code = outcome.kind === 'F' ? outcome.code : NOT_SENT_CODE;
  const set = { failureCode: code, failureMessage: outcome.message, ...(outcome.kind === 'F' ? { statusReason: null } : {}) };
  return { to, set: set as Partial<E>, payload: { code } };
}

/**
 * The answer to an operation's call as a transition: `succeeded` for S; F and NOT_SENT fail it (failurePlan);
 * U and UNKNOWN leave it in `unresolved` with the reason, for an inquiry or a notification to settle (never guessed).
 */
export function planFromAnswer<E extends StatefulAggregate<S> & Failable, S extends string, B>(
  outcome: AmsCallOutcome<B>,
  plans: {
    succeeded: (body: B) => TransitionPlan<E, S>;
    failed: S;
    unresolved: S;
    /** The unresolved status's event carries the reason too. */
    reasonInEvent?: boolean;
  },
): TransitionPlan<E, S> {
  switch (outcome.kind) {
    case 'S':
      return plans.succeeded(outcome.body);
    case 'F':
    case 'NOT_SENT':
      return failurePlan<E, S>(outcome, plans.failed);
    case 'U':
    case 'UNKNOWN':
      return {
        to: plans.unresolved,
        set: { statusReason: unresolvedReason(outcome) } as Partial<E>,
        ...(plans.reasonInEvent ? { payload: { reason: unresolvedReason(outcome) } } : {}),
      };
  }
}

export interface AmsOperation<E, S extends string, K extends AmsApiName> {
  target: Omit<TransitionTarget<E, S>, 'id' | 'source'>;
  api: K;
  /** The request for the committed record (built from what was stored, so a resend is identical). */
  request: (record: E) => AmsRequestOf<K> | Promise<AmsRequestOf<K>>;
  /** What AMS's answer does to the record as stored now (null: nothing). */
  plan: (outcome: AmsCallOutcome<AmsResponseOf<K>>, current: E) => TransitionPlan<E, S> | null;
}

/**
 * The steps of every create-then-call operation after createOnce: a replay, a mismatch or a refusal is answered
 * without calling AMS; otherwise the request goes out with the merchant's client and the answer is recorded through
 * the aggregate's machine (recordTransition). Returns the record as stored with the call's summary.
 */
export async function callAndRecord<E extends StatefulAggregate<S>, S extends string, C extends string, K extends AmsApiName>(
  deps: OperationDeps,
  scope: RequestScope,
  created: CreateResult<E, C>,
  mismatchCode: C,
  operation: AmsOperation<E, S, K>,
): Promise<Outcome<OperationResult<E>, C>> {
  if (created.kind !== 'created') return answerWithoutCall(created, mismatchCode);
  return succeed(answered(await sendAndRecord(deps, scope, created.record, operation, 'RESPONSE')));
}

/** What a caller is answered after its call for a record: the record as AMS's answer left it, with the call's summary. */
export function answered<E>(sent: { stored: E; outcome: AmsCallOutcome<unknown> }): OperationResult<E> {
  return { record: sent.stored, ams: summarize(sent.outcome), replayed: false };
}

/**
 * Sends the operation's request for a stored record with the merchant's client and records AMS's answer through the
 * aggregate's machine: the first send (`RESPONSE`) and a sync job's identical resend (`JOB`) alike.
 */
export async function sendAndRecord<E extends StatefulAggregate<S>, S extends string, K extends AmsApiName>(
  deps: OperationDeps,
  scope: RequestScope,
  record: E,
  operation: AmsOperation<E, S, K>,
  source: EventSource,
): Promise<{ stored: E; outcome: AmsCallOutcome<AmsResponseOf<K>> }> {
  const client = await deps.amsClients.clientFor(scope, record.merchantId);
  const outcome = await callAms(client, operation.api, await operation.request(record));
  const stored = await recordTransition(deps, scope, { ...operation.target, id: record.id, source }, (current) => operation.plan(outcome, current));
  return { stored, outcome };
}

/** A live inquiry about one stored record: the API, its request, and what an S answer does to the record as stored now. */
export interface AmsInquiry<E, S extends string, K extends AmsApiName> {
  target: Omit<TransitionTarget<E, S>, 'id' | 'source'>;
  api: K;
  request: AmsRequestOf<K>;
  plan: (body: AmsResponseOf<K>, current: E) => TransitionPlan<E, S> | null;
}

/**
 * Asks AMS about a stored record and applies an S answer through the aggregate's machine (source INQUIRY). The
 * inquiry's own F / U / timeout changes nothing: the record is answered as it is, with the call's summary.
 */
export async function inquireAndRecord<E extends StatefulAggregate<S>, S extends string, K extends AmsApiName>(
  deps: OperationDeps,
  scope: RequestScope,
  record: E,
  inquiry: AmsInquiry<E, S, K>,
): Promise<OperationResult<E>> {
  const client = await deps.amsClients.clientFor(scope, record.merchantId);
  const outcome = await callAms(client, inquiry.api, inquiry.request);
  if (outcome.kind !== 'S') return { record, ams: summarize(outcome), replayed: false };
  const stored = await recordTransition(deps, scope, { ...inquiry.target, id: record.id, source: 'INQUIRY' }, (current) => inquiry.plan(outcome.body, current));
  return { record: stored, ams: summarize(outcome), replayed: false };
}
