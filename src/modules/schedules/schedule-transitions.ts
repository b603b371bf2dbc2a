import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBatch } from '../events/event-log.js';
import type { EventSource, EventType } from '../events/event.entity.js';
import { decideTransition } from '../shared/status-machine.js';
import { cycleMachine, type CycleStatus } from './cycle-status.js';
import { ScheduleCycle } from './cycle.entity.js';
import { appendScheduleEvent, cyclePayload } from './schedule-events.js';
import { scheduleMachine, type ScheduleStatus } from './schedule-status.js';
import { Schedule } from './schedule.entity.js';

/** Cycles that still have a charge ahead of them. */
export const OPEN_CYCLE_STATUSES: readonly CycleStatus[] = ['DUE', 'CHARGING', 'RETRY_SCHEDULED'];

/**
 * Every writer of a schedule or its cycles takes the schedule's row lock first (then the cycle's): one order for
 * every transaction, so the tick, charge steps and merchant mutations of any instance serialise without deadlocks.
 */
export async function lockSchedule(em: EntityManager, id: string): Promise<Schedule | null> {
  return em.findOne(Schedule, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

export async function lockCycle(em: EntityManager, id: string): Promise<ScheduleCycle | null> {
  return em.findOne(ScheduleCycle, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Moves a locked schedule through its machine with a STATUS_CHANGED event; false when the machine refuses. */
export async function moveSchedule(events: EventBatch, schedule: Schedule, to: ScheduleStatus, reason: string | null, source: EventSource, now: Date): Promise<boolean> {
  const decision = decideTransition(scheduleMachine, schedule.status, to);
  if (decision.kind !== 'apply') return false;
  const from = schedule.status;
  schedule.status = to;
  schedule.statusReason = reason;
  schedule.updatedAt = now;
  await appendScheduleEvent(events, schedule, 'STATUS_CHANGED', source, { from, to, payload: reason ? { reason } : {} });
  return true;
}

/** Moves a locked cycle through its machine with the given event; false when the machine refuses. */
export async function moveCycle(
  events: EventBatch,
  schedule: Schedule,
  cycle: ScheduleCycle,
  to: CycleStatus,
  type: EventType,
  source: EventSource,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  const decision = decideTransition(cycleMachine, cycle.status, to);
  if (decision.kind !== 'apply') return false;
  const from = cycle.status;
  cycle.status = to;
  cycle.updatedAt = now;
  await appendScheduleEvent(events, schedule, type, source, { from, to, payload: cyclePayload(cycle, extra) });
  return true;
}

/** A stopped schedule charges nothing more: its cycles not yet being charged are cancelled. */
export async function cancelWaitingCycles(em: EntityManager, events: EventBatch, schedule: Schedule, reason: string, source: EventSource, now: Date): Promise<void> {
  const waiting = await em.find(
    ScheduleCycle,
    { scheduleId: schedule.id, status: { $in: ['DUE', 'RETRY_SCHEDULED'] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { cycleNumber: 'asc' }, refresh: true },
  );
  for (const cycle of waiting) {
    cycle.nextAttemptAt = null;
    await moveCycle(events, schedule, cycle, 'CANCELLED', 'CYCLE_CANCELLED', source, now, { reason });
  }
}

/** The series has ended and no cycle is open: the schedule is COMPLETED. */
export async function completeIfDone(em: EntityManager, events: EventBatch, schedule: Schedule, source: EventSource, now: Date): Promise<void> {
  if (schedule.nextDueAt !== null || !['ACTIVE', 'PAST_DUE', 'PAUSED'].includes(schedule.status)) return;
  const open = await em.count(ScheduleCycle, { scheduleId: schedule.id, status: { $in: [...OPEN_CYCLE_STATUSES] } });
  if (open === 0) await moveSchedule(events, schedule, 'COMPLETED', 'the series ended and every cycle is settled', source, now);
}
