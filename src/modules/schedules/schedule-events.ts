import type { EventBatch } from '../events/event-log.js';
import type { EventSource, EventType } from '../events/event.entity.js';
import type { ScheduleCycle } from './cycle.entity.js';
import type { Schedule } from './schedule.entity.js';

/**
 * Every step of a schedule is an event of aggregate SCHEDULE (aggregateId = schedule id), so one subscription to a
 * schedule sees its whole life in order; cycle events name the cycle in the payload.
 */
export function appendScheduleEvent(
  events: EventBatch,
  schedule: Pick<Schedule, 'id' | 'merchantId'>,
  type: EventType,
  source: EventSource,
  details: { from?: string | null; to?: string | null; payload?: Record<string, unknown> } = {},
): Promise<unknown> {
  return events.append({
    merchantId: schedule.merchantId,
    aggregateType: 'SCHEDULE',
    aggregateId: schedule.id,
    type,
    fromStatus: details.from ?? null,
    toStatus: details.to ?? null,
    payload: details.payload ?? {},
    source,
  });
}

export function cyclePayload(cycle: ScheduleCycle, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    cycleId: cycle.id,
    cycleNumber: cycle.cycleNumber,
    dueAt: cycle.dueAt.toISOString(),
    amount: { value: cycle.amountValue, currency: cycle.currency },
    ...extra,
  };
}
