import { newId } from '../../shared/ids.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { Authorization } from '../authorizations/authorization.entity.js';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { createOnce, insertCreated } from '../shared/create-once.js';
import { inputHash } from '../shared/idempotency.js';
import { mismatchMessage } from '../shared/idempotent-create.js';
import { InputChecker } from '../shared/input-checks.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { ScheduleErrorCode } from './schedule-errors.js';
import { checkCreateSchedule, type CreateScheduleInput, type NormalisedDunning } from './schedule-inputs.js';
import { firstPosition, storePosition } from './series-position.js';
import { Schedule } from './schedule.entity.js';

export interface ScheduleResult {
  schedule: Schedule;
  replayed: boolean;
}

/**
 * Creates an ACTIVE schedule on an ACTIVE authorization of the caller's. Nothing is charged here: the schedule tick
 * turns due occurrences into cycles. An idempotencyKey replays the stored schedule (IDEMPOTENCY_MISMATCH when the
 * input differs).
 */
export async function createSchedule(
  deps: OperationDeps,
  scope: RequestScope,
  input: CreateScheduleInput,
  defaultDunning: NormalisedDunning,
): Promise<Outcome<ScheduleResult, ScheduleErrorCode>> {
  const merchantId = merchantIdOf(scope);
  const now = deps.clock.now();
  const check = new InputChecker<ScheduleErrorCode>();
  const normalised = checkCreateSchedule(input, check, now, defaultDunning);
  if (!normalised) return fail(...check.problems);
  const first = firstPosition({ rule: normalised.recurrence.rule, timeZone: normalised.timeZone, startAt: normalised.startAt, endAt: normalised.endAt, maxCycles: normalised.maxCycles });
  if (!first) return fail(problem('INVALID', 'recurrence', 'the recurrence has no occurrence between startAt and endAt'));
  const hash = inputHash('createSchedule', { ...normalised, startAt: normalised.startAt.toISOString(), endAt: normalised.endAt?.toISOString(), idempotencyKey: undefined });

  const created = await createOnce<Schedule, ScheduleErrorCode>(
    deps,
    scope,
    Schedule,
    { merchantId, inputHash: hash, idempotencyKey: normalised.idempotencyKey, requestIdField: 'id', requestId: null },
    async (em, events, fresh) => {
      const authorization = await em.findOne(Authorization, { id: normalised.authorizationId }, { refresh: true });
      if (!authorization) return { ok: false, problems: [problem('NOT_FOUND', 'authorizationId', `no authorization ${normalised.authorizationId}`)] };
      if (authorization.status !== 'ACTIVE') {
        return {
          ok: false,
          problems: [problem('AUTHORIZATION_NOT_ACTIVE', 'authorizationId', `authorization ${authorization.id} is ${authorization.status}; a schedule needs an ACTIVE one`)],
        };
      }
      const { recurrence, dunning } = normalised;
      const schedule = Object.assign(new Schedule(), {
        ...fresh,
        id: newId(ID_PREFIXES.schedule),
        authorizationId: authorization.id,
        status: 'ACTIVE' as const,
        amountValue: normalised.amount.value,
        currency: normalised.amount.currency,
        frequency: recurrence.frequency,
        interval: recurrence.interval,
        anchorDay: recurrence.anchorDay,
        anchorMonth: recurrence.anchorMonth,
        rrule: recurrence.rrule,
        rule: recurrence.rule,
        timeZone: normalised.timeZone,
        startAt: normalised.startAt,
        endAt: normalised.endAt,
        maxCycles: normalised.maxCycles,
        referenceOrderIdTemplate: normalised.referenceOrderIdTemplate,
        description: normalised.description,
        metadata: normalised.metadata,
        missedCyclePolicy: normalised.missedCyclePolicy,
        retryOffsetsSeconds: dunning.retryOffsetsSeconds,
        onRetriesExhausted: dunning.onRetriesExhausted,
      });
      storePosition(schedule, first);
      return insertCreated(em, events, schedule, {
        aggregateType: 'SCHEDULE',
        toStatus: 'ACTIVE',
        payload: {
          authorizationId: schedule.authorizationId,
          amount: { value: schedule.amountValue, currency: schedule.currency },
          rule: schedule.rule,
          timeZone: schedule.timeZone,
          firstDueAt: first.at.toISOString(),
        },
      });
    },
  );
  switch (created.kind) {
    case 'created':
      return succeed({ schedule: created.record, replayed: false });
    case 'replay':
      return succeed({ schedule: created.record, replayed: true });
    case 'mismatch':
      return fail(problem('IDEMPOTENCY_MISMATCH', created.field, mismatchMessage(created.field)));
    case 'refused':
      return fail(...created.problems);
  }
}
