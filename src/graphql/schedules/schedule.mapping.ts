import type { Outcome } from '../../modules/outcome.js';
import type { ScheduleCharge } from '../../modules/schedules/charge.entity.js';
import type { ScheduleResult } from '../../modules/schedules/create-schedule.js';
import type { ScheduleCycle } from '../../modules/schedules/cycle.entity.js';
import type { ScheduleErrorCode } from '../../modules/schedules/schedule-errors.js';
import type { Schedule } from '../../modules/schedules/schedule.entity.js';
import { toPayload } from '../core/payload-error.js';
import { toFailure, toMoney } from '../operations/operation-types.js';
import { DunningPolicyType, RecurrenceType, ScheduleChargeType, ScheduleCycleType, ScheduleError, SchedulePayload, ScheduleType } from './schedule.types.js';

export function toScheduleType(s: Schedule): ScheduleType {
  return Object.assign(new ScheduleType(), {
    id: s.id,
    merchantId: s.merchantId,
    authorizationId: s.authorizationId,
    status: s.status,
    statusReason: s.statusReason,
    amount: toMoney(s.amountValue, s.currency),
    recurrence: Object.assign(new RecurrenceType(), {
      frequency: s.frequency,
      interval: s.interval,
      anchorDay: s.anchorDay,
      anchorMonth: s.anchorMonth,
      rrule: s.rrule,
      rule: s.rule,
    }),
    timeZone: s.timeZone,
    startAt: s.startAt,
    endAt: s.endAt,
    maxCycles: s.maxCycles,
    referenceOrderIdTemplate: s.referenceOrderIdTemplate,
    description: s.description,
    metadata: s.metadata,
    missedCyclePolicy: s.missedCyclePolicy,
    dunning: Object.assign(new DunningPolicyType(), { retryOffsetsSeconds: s.retryOffsetsSeconds, onRetriesExhausted: s.onRetriesExhausted }),
    nextCycleNumber: s.nextCycleNumber,
    nextDueAt: s.nextDueAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  });
}

export function toScheduleCycleType(c: ScheduleCycle): ScheduleCycleType {
  return Object.assign(new ScheduleCycleType(), {
    id: c.id,
    scheduleId: c.scheduleId,
    cycleNumber: c.cycleNumber,
    dueAt: c.dueAt,
    status: c.status,
    amount: toMoney(c.amountValue, c.currency),
    attemptCount: c.attemptCount,
    technicalFailureCount: c.technicalFailureCount,
    nextAttemptAt: c.nextAttemptAt,
    failure: toFailure(c),
    paymentId: c.paymentId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  });
}

export function toScheduleChargeType(c: ScheduleCharge): ScheduleChargeType {
  return Object.assign(new ScheduleChargeType(), {
    id: c.id,
    scheduleId: c.scheduleId,
    cycleId: c.cycleId,
    cycleNumber: c.cycleNumber,
    attempt: c.attempt,
    paymentRequestId: c.paymentRequestId,
    referenceOrderId: c.referenceOrderId,
    paymentId: c.paymentId,
    createdAt: c.createdAt,
  });
}

export function toSchedulePayload(outcome: Outcome<ScheduleResult, ScheduleErrorCode>): SchedulePayload {
  const stored = ({ schedule, replayed }: ScheduleResult) => ({ schedule: toScheduleType(schedule), replayed });
  return toPayload(SchedulePayload, ScheduleError, outcome, stored, { schedule: null, replayed: false });
}
