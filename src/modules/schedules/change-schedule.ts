import { fail, problem, succeed, type Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { InputChecker } from '../shared/input-checks.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { EventBatch } from '../events/event-log.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { skipOccurrencesInPause } from './materialise-cycles.js';
import type { ScheduleResult } from './create-schedule.js';
import type { ScheduleErrorCode } from './schedule-errors.js';
import { checkDunning, checkMetadata, checkMissedPolicy, checkTemplate, type UpdateScheduleInput } from './schedule-inputs.js';
import { appendScheduleEvent } from './schedule-events.js';
import { scheduleMachine, type ScheduleStatus } from './schedule-status.js';
import { cancelWaitingCycles, completeIfDone, lockSchedule, moveSchedule } from './schedule-transitions.js';
import type { Schedule } from './schedule.entity.js';

type Result = Promise<Outcome<ScheduleResult, ScheduleErrorCode>>;
type Change = (em: EntityManager, events: EventBatch, schedule: Schedule, now: Date) => Promise<ScheduleErrorCode | null | { field: string; message: string; code: ScheduleErrorCode }>;

/** Runs one merchant change on the locked schedule (tenant-filtered: another merchant's id is NOT_FOUND). */
async function changeSchedule(deps: OperationDeps, scope: RequestScope, id: string, change: Change): Result {
  const now = deps.clock.now();
  const outcome = await deps.events.transaction(scope.em, async (em, events) => {
    const schedule = await lockSchedule(em, id);
    if (!schedule) return { problem: problem<ScheduleErrorCode>('NOT_FOUND', 'id', `no schedule ${id}`), schedule: null };
    const refused = await change(em, events, schedule, now);
    if (refused && typeof refused === 'object') return { problem: problem(refused.code, refused.field, refused.message), schedule };
    if (refused) return { problem: problem<ScheduleErrorCode>(refused, 'id', `schedule ${id} is ${schedule.status}; this change is not possible`), schedule };
    await em.flush();
    return { problem: null, schedule };
  });
  if (outcome.problem || !outcome.schedule) return fail(outcome.problem ?? problem<ScheduleErrorCode>('NOT_FOUND', 'id', `no schedule ${id}`));
  return succeed({ schedule: outcome.schedule, replayed: false });
}

function refusedFrom(schedule: Schedule, to: ScheduleStatus): { code: ScheduleErrorCode; field: string; message: string } | null {
  if (schedule.status === to) return null;
  if (scheduleMachine.transitions[schedule.status].includes(to)) return null;
  return { code: 'INVALID_STATE', field: 'id', message: `schedule ${schedule.id} is ${schedule.status}; it cannot become ${to}` };
}

export function pauseSchedule(deps: OperationDeps, scope: RequestScope, id: string): Result {
  return changeSchedule(deps, scope, id, async (_em, events, schedule, now) => {
    const refused = refusedFrom(schedule, 'PAUSED');
    if (refused) return refused;
    await moveSchedule(events, schedule, 'PAUSED', 'paused by the merchant', 'API', now);
    return null;
  });
}

/** Resumes a paused schedule: the occurrences that fell in the pause are skipped, the series continues after now. */
export function resumeSchedule(deps: OperationDeps, scope: RequestScope, id: string): Result {
  return changeSchedule(deps, scope, id, async (em, events, schedule, now) => {
    if (schedule.status !== 'PAUSED') {
      return schedule.status === 'ACTIVE' ? null : { code: 'INVALID_STATE', field: 'id', message: `schedule ${schedule.id} is ${schedule.status}; only a PAUSED schedule resumes` };
    }
    await moveSchedule(events, schedule, 'ACTIVE', 'resumed by the merchant', 'API', now);
    await skipOccurrencesInPause(em, events, schedule, now);
    await completeIfDone(em, events, schedule, 'API', now);
    return null;
  });
}

/** Cancels: nothing more is charged; a charge already in flight still settles (and is kept if it succeeds). */
export function cancelSchedule(deps: OperationDeps, scope: RequestScope, id: string): Result {
  return changeSchedule(deps, scope, id, async (em, events, schedule, now) => {
    const refused = refusedFrom(schedule, 'CANCELLED');
    if (refused) return refused;
    if (schedule.status === 'CANCELLED') return null;
    await moveSchedule(events, schedule, 'CANCELLED', 'cancelled by the merchant', 'API', now);
    await cancelWaitingCycles(em, events, schedule, 'the schedule was cancelled', 'API', now);
    return null;
  });
}

/** Changes what later cycles charge and how failures are handled; cycles already created keep their amount. */
export async function updateSchedule(deps: OperationDeps, scope: RequestScope, id: string, input: UpdateScheduleInput): Result {
  const check = new InputChecker<ScheduleErrorCode>();
  const amount = input.amount ? check.money('amount', input.amount) : undefined;
  const description = input.description != null ? check.required('description', input.description, 256) : undefined;
  const template = input.referenceOrderIdTemplate != null ? checkTemplate(check, input.referenceOrderIdTemplate) : undefined;
  const metadata = input.metadata != null ? checkMetadata(check, input.metadata) : undefined;
  const missed = input.missedCyclePolicy != null ? checkMissedPolicy(check, input.missedCyclePolicy) : undefined;
  if (!check.ok) return fail(...check.problems);
  return changeSchedule(deps, scope, id, async (_em, events, schedule, now) => {
    if (scheduleMachine.final.includes(schedule.status)) return 'INVALID_STATE';
    if (amount && amount.currency !== schedule.currency) {
      return { code: 'INVALID', field: 'amount.currency', message: `the schedule charges ${schedule.currency}; amount.currency cannot change (create a new schedule)` };
    }
    const dunningCheck = new InputChecker<ScheduleErrorCode>();
    const dunning = input.dunning
      ? checkDunning(dunningCheck, input.dunning, { retryOffsetsSeconds: schedule.retryOffsetsSeconds, onRetriesExhausted: schedule.onRetriesExhausted })
      : undefined;
    const dunningProblem = dunningCheck.problems[0];
    if (dunningProblem) return { code: dunningProblem.code, field: dunningProblem.field ?? 'dunning', message: dunningProblem.message };
    const changes: Record<string, unknown> = {};
    if (amount) {
      schedule.amountValue = amount.value;
      changes.amount = amount;
    }
    if (description) schedule.description = changes.description = description;
    if (template) schedule.referenceOrderIdTemplate = changes.referenceOrderIdTemplate = template;
    if (metadata) schedule.metadata = changes.metadata = metadata;
    if (missed) schedule.missedCyclePolicy = changes.missedCyclePolicy = missed;
    if (dunning) {
      schedule.retryOffsetsSeconds = dunning.retryOffsetsSeconds;
      schedule.onRetriesExhausted = dunning.onRetriesExhausted;
      changes.dunning = dunning;
    }
    schedule.updatedAt = now;
    await appendScheduleEvent(events, schedule, 'SCHEDULE_UPDATED', 'API', { payload: { changes, fromCycleNumber: schedule.nextCycleNumber } });
    return null;
  });
}
