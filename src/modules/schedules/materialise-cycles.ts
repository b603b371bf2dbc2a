import type { EntityManager } from '@mikro-orm/postgresql';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { newId } from '../../shared/ids.js';
import type { EventBatch } from '../events/event-log.js';
import type { EventSource } from '../events/event.entity.js';
import { ScheduleCycle } from './cycle.entity.js';
import { appendScheduleEvent, cyclePayload } from './schedule-events.js';
import { CHARGING_SCHEDULE_STATUSES } from './schedule-status.js';
import { completeIfDone } from './schedule-transitions.js';
import type { Schedule } from './schedule.entity.js';
import { positionAfter, seriesOf, storedPosition, storePosition, type SeriesPosition } from './series-position.js';

/** Occurrences turned into cycles per schedule per transaction (a long outage is caught up over several). */
export const MAX_OCCURRENCES_PER_STEP = 200;

/** The occurrences of a locked schedule due at `now` (up to the cap), and the position after them. */
function passedOccurrences(schedule: Schedule, now: Date): { passed: SeriesPosition[]; next: SeriesPosition | null } {
  const series = seriesOf(schedule);
  const passed: SeriesPosition[] = [];
  let position = storedPosition(schedule);
  while (position && position.at.getTime() <= now.getTime() && passed.length < MAX_OCCURRENCES_PER_STEP) {
    passed.push(position);
    position = positionAfter(schedule, position, series);
  }
  return { passed, next: position };
}

async function insertCycle(
  em: EntityManager,
  events: EventBatch,
  schedule: Schedule,
  position: SeriesPosition,
  status: 'DUE' | 'SKIPPED',
  reason: string | null,
  source: EventSource,
  now: Date,
): Promise<ScheduleCycle> {
  const cycle = Object.assign(new ScheduleCycle(), {
    id: newId(ID_PREFIXES.scheduleCycle),
    merchantId: schedule.merchantId,
    scheduleId: schedule.id,
    cycleNumber: position.cycleNumber,
    dueAt: position.at,
    status,
    amountValue: schedule.amountValue,
    currency: schedule.currency,
    nextAttemptAt: status === 'DUE' ? position.at : null,
    createdAt: now,
    updatedAt: now,
  });
  em.persist(cycle);
  await appendScheduleEvent(events, schedule, status === 'DUE' ? 'CYCLE_DUE' : 'CYCLE_SKIPPED', source, {
    to: status,
    payload: cyclePayload(cycle, reason ? { reason } : {}),
  });
  return cycle;
}

/**
 * Turns the due occurrences of a locked, charging schedule into cycles and moves its position past them. Missed
 * occurrences (more than one due at once: downtime, a clock jump) follow the schedule's policy: EACH makes every one
 * DUE; LATEST_ONLY makes only the latest DUE and records the others SKIPPED. Returns the DUE cycles to charge.
 * The (schedule, cycle number) unique key and the row lock make an occurrence a cycle exactly once.
 */
export async function materialiseDueCycles(em: EntityManager, events: EventBatch, schedule: Schedule, now: Date): Promise<ScheduleCycle[]> {
  if (!CHARGING_SCHEDULE_STATUSES.includes(schedule.status)) return [];
  const { passed, next } = passedOccurrences(schedule, now);
  if (passed.length === 0) return [];
  const moreDue = next !== null && next.at.getTime() <= now.getTime();
  const due: ScheduleCycle[] = [];
  for (const [i, position] of passed.entries()) {
    const latest = i === passed.length - 1 && !moreDue;
    if (schedule.missedCyclePolicy === 'EACH' || latest) due.push(await insertCycle(em, events, schedule, position, 'DUE', null, 'JOB', now));
    else await insertCycle(em, events, schedule, position, 'SKIPPED', 'missed: only the latest missed cycle is charged (LATEST_ONLY)', 'JOB', now);
  }
  storePosition(schedule, next);
  schedule.updatedAt = now;
  await em.flush();
  if (!next) await completeIfDone(em, events, schedule, 'JOB', now);
  return due;
}

/** On resume: occurrences that fell in the pause are recorded SKIPPED, and the series continues after them. */
export async function skipOccurrencesInPause(em: EntityManager, events: EventBatch, schedule: Schedule, now: Date): Promise<void> {
  for (;;) {
    const { passed, next } = passedOccurrences(schedule, now);
    for (const position of passed) await insertCycle(em, events, schedule, position, 'SKIPPED', 'the schedule was paused', 'API', now);
    storePosition(schedule, next);
    if (passed.length < MAX_OCCURRENCES_PER_STEP || !next || next.at.getTime() > now.getTime()) break;
  }
  await em.flush();
}
