import type { EntityManager } from '@mikro-orm/postgresql';
import { ID_PREFIXES } from '../shared/id-prefixes.js';
import { newId } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import { Authorization } from '../authorizations/authorization.entity.js';
import type { EventLog } from '../events/event-log.js';
import type { Payment } from '../payments/payment.entity.js';
import type { PaymentService } from '../payments/payment.service.js';
import type { RequestScope } from '../request-scope.js';
import type { Clock } from '../../shared/clock.js';
import { ScheduleCharge } from './charge.entity.js';
import { ScheduleCycle } from './cycle.entity.js';
import { classifyFailure, nextRetryAt, nextTechnicalRetryAt, type TechnicalRetryPolicy } from './dunning.js';
import { schedulePaymentRequestId } from './payment-request-id.js';
import { renderReferenceOrderId } from './reference-order-id.js';
import { appendScheduleEvent, cyclePayload } from './schedule-events.js';
import { CHARGING_SCHEDULE_STATUSES } from './schedule-status.js';
import { cancelWaitingCycles, completeIfDone, lockCycle, lockSchedule, moveCycle, moveSchedule } from './schedule-transitions.js';

export interface ChargeDeps {
  events: EventLog;
  clock: Clock;
  payments: PaymentService;
  logger: Logger;
  /** Retries of attempts that debited nothing and were declined by nobody (SCHEDULES_TECHNICAL_RETRY_*). */
  technicalRetry: TechnicalRetryPolicy;
}

/** What a charge step did (tests and the bench count these). */
export type ChargeStepResult = 'NOT_DUE' | 'SETTLED_BEFORE' | 'CANCELLED' | 'AWAITING_OUTCOME' | 'PAID' | 'RETRY_SCHEDULED' | 'FAILED';

type ChargeOutcome =
  | { kind: 'paid'; payment: Payment }
  | { kind: 'failed'; code: string; message: string | null; paymentId: string | null };

const PAYMENT_UNSETTLED = new Set(['PENDING', 'PROCESSING']);

/**
 * Under the schedule's and the cycle's locks: start the next attempt of a due cycle (its charge row, with the
 * derived paymentRequestId, committed before pay is called: persist first), or pick up the attempt in flight.
 */
async function startOrResumeAttempt(deps: ChargeDeps, scope: RequestScope, cycleId: string): Promise<ScheduleCharge | ChargeStepResult> {
  const now = deps.clock.now();
  const peek = await scope.em.fork().findOne(ScheduleCycle, { id: cycleId }, { fields: ['scheduleId'] });
  if (!peek) return 'SETTLED_BEFORE';
  return deps.events.transaction(scope.em, async (em, events) => {
    const schedule = await lockSchedule(em, peek.scheduleId);
    const cycle = await lockCycle(em, cycleId);
    if (!schedule || !cycle) return 'SETTLED_BEFORE';
    if (cycle.status === 'CHARGING') {
      const current = await em.findOne(ScheduleCharge, { cycleId, attempt: cycle.attemptCount }, { refresh: true });
      return current ?? 'SETTLED_BEFORE';
    }
    if (cycle.status !== 'DUE' && cycle.status !== 'RETRY_SCHEDULED') return 'SETTLED_BEFORE';
    if (!CHARGING_SCHEDULE_STATUSES.includes(schedule.status)) {
      if (schedule.status === 'PAUSED') return 'NOT_DUE';
      cycle.nextAttemptAt = null;
      await moveCycle(events, schedule, cycle, 'CANCELLED', 'CYCLE_CANCELLED', 'JOB', now, { reason: `the schedule is ${schedule.status}` });
      return 'CANCELLED';
    }
    if (cycle.nextAttemptAt && cycle.nextAttemptAt.getTime() > now.getTime()) return 'NOT_DUE';
    const attempt = cycle.attemptCount + 1;
    const charge = Object.assign(new ScheduleCharge(), {
      id: newId(ID_PREFIXES.scheduleCharge),
      merchantId: schedule.merchantId,
      scheduleId: schedule.id,
      cycleId: cycle.id,
      cycleNumber: cycle.cycleNumber,
      attempt,
      paymentRequestId: schedulePaymentRequestId(schedule.id, cycle.cycleNumber, attempt),
      authorizationId: schedule.authorizationId,
      amountValue: cycle.amountValue,
      currency: cycle.currency,
      referenceOrderId: renderReferenceOrderId(schedule.referenceOrderIdTemplate, schedule.id, cycle.cycleNumber, cycle.dueAt, schedule.timeZone),
      orderDescription: schedule.description,
      createdAt: now,
    });
    em.persist(charge);
    cycle.attemptCount = attempt;
    cycle.nextAttemptAt = null;
    await moveCycle(events, schedule, cycle, 'CHARGING', 'CHARGE_ATTEMPTED', 'JOB', now, { attempt, paymentRequestId: charge.paymentRequestId });
    return charge;
  });
}

/**
 * The attempt's payment: the stored one, or pay now. pay is idempotent on the derived paymentRequestId (its unique
 * index and replay), so a second instance, a retried job or a restart after a crash meets the same payment, never
 * a second one.
 */
async function paymentOf(deps: ChargeDeps, scope: RequestScope, charge: ScheduleCharge): Promise<Payment | ChargeOutcome> {
  const stored = await deps.payments.find(scope, { paymentRequestId: charge.paymentRequestId });
  if (stored) return stored;
  const paid = await deps.payments.pay(scope, {
    authorizationId: charge.authorizationId,
    amount: { value: charge.amountValue, currency: charge.currency },
    referenceOrderId: charge.referenceOrderId,
    orderDescription: charge.orderDescription,
    paymentRequestId: charge.paymentRequestId,
  });
  if (paid.ok) return paid.value.record;
  // Refused before anything was sent (authorization not ACTIVE, token expired and not refreshable, …).
  const first = paid.errors[0];
  return { kind: 'failed', code: first?.code ?? 'REFUSED', message: first?.message ?? null, paymentId: null };
}

async function notePayment(em: EntityManager, charge: ScheduleCharge, paymentId: string): Promise<void> {
  if (charge.paymentId === paymentId) return;
  await em.nativeUpdate(ScheduleCharge, { id: charge.id }, { paymentId });
  await em.nativeUpdate(ScheduleCycle, { id: charge.cycleId, attemptCount: charge.attempt }, { paymentId });
}

/** Records a settled attempt on its cycle (once: only while the cycle is CHARGING this very attempt). */
async function settleAttempt(deps: ChargeDeps, scope: RequestScope, charge: ScheduleCharge, outcome: ChargeOutcome): Promise<ChargeStepResult> {
  const now = deps.clock.now();
  return deps.events.transaction(scope.em, async (em, events): Promise<ChargeStepResult> => {
    const schedule = await lockSchedule(em, charge.scheduleId);
    const cycle = await lockCycle(em, charge.cycleId);
    if (!schedule || !cycle || cycle.status !== 'CHARGING' || cycle.attemptCount !== charge.attempt) return 'SETTLED_BEFORE';
    const paymentId = outcome.kind === 'paid' ? outcome.payment.id : outcome.paymentId;
    if (paymentId) {
      await notePayment(em, charge, paymentId);
      cycle.paymentId = paymentId;
    }
    const base = { attempt: charge.attempt, paymentId, paymentRequestId: charge.paymentRequestId };

    if (outcome.kind === 'paid') {
      cycle.failureCode = null;
      cycle.failureMessage = null;
      await moveCycle(events, schedule, cycle, 'PAID', 'CYCLE_PAID', 'JOB', now, base);
      if (schedule.status === 'PAST_DUE') await moveSchedule(events, schedule, 'ACTIVE', `cycle ${cycle.cycleNumber} was paid`, 'JOB', now);
      await em.flush();
      await completeIfDone(em, events, schedule, 'JOB', now);
      return 'PAID';
    }

    const authorization = await em.findOne(Authorization, { id: schedule.authorizationId }, { refresh: true, fields: ['status', 'tokenIssuedAt'] });
    const classified = classifyFailure(outcome.code, {
      active: authorization?.status === 'ACTIVE',
      tokenRenewedSinceAttempt: (authorization?.tokenIssuedAt?.getTime() ?? 0) > charge.createdAt.getTime(),
    });
    const stillCharging = !['CANCELLED', 'COMPLETED', 'NEEDS_REAUTHORIZATION'].includes(schedule.status);
    const technicalRetryAt = classified === 'TECHNICAL' ? nextTechnicalRetryAt(deps.technicalRetry, now, cycle.technicalFailureCount + 1) : null;
    // Technical retries spent: from here on the failure is an ordinary retryable one, on the dunning offsets.
    const failureClass = classified === 'TECHNICAL' && !technicalRetryAt ? 'RETRYABLE' : classified;
    cycle.failureCode = outcome.code;
    cycle.failureMessage = outcome.message;
    if (failureClass === 'TECHNICAL') cycle.technicalFailureCount += 1;
    else cycle.firstFailedAt ??= now;
    await appendScheduleEvent(events, schedule, 'CHARGE_FAILED', 'JOB', {
      payload: cyclePayload(cycle, { ...base, code: outcome.code, message: outcome.message, failureClass }),
    });

    if (failureClass === 'REAUTHORIZE') {
      await moveCycle(events, schedule, cycle, 'FAILED', 'CYCLE_FAILED', 'JOB', now, { ...base, code: outcome.code, attempts: charge.attempt });
      const reason = `charge failed with ${outcome.code}: the user must authorize again`;
      await moveSchedule(events, schedule, 'NEEDS_REAUTHORIZATION', reason, 'JOB', now);
      await cancelWaitingCycles(em, events, schedule, reason, 'JOB', now);
      return 'FAILED';
    }
    const dunningFailures = charge.attempt - cycle.technicalFailureCount;
    const retryAt = !stillCharging
      ? null
      : failureClass === 'TECHNICAL'
        ? technicalRetryAt
        : failureClass === 'RETRYABLE' && cycle.firstFailedAt
          ? nextRetryAt({ retryOffsetsSeconds: schedule.retryOffsetsSeconds, onRetriesExhausted: schedule.onRetriesExhausted }, cycle.firstFailedAt, dunningFailures)
          : null;
    if (retryAt) {
      cycle.nextAttemptAt = retryAt;
      await moveCycle(events, schedule, cycle, 'RETRY_SCHEDULED', 'RETRY_SCHEDULED', 'JOB', now, { ...base, code: outcome.code, failureClass, retryAt: retryAt.toISOString(), nextAttempt: charge.attempt + 1 });
      return 'RETRY_SCHEDULED';
    }
    await moveCycle(events, schedule, cycle, 'FAILED', 'CYCLE_FAILED', 'JOB', now, {
      ...base,
      code: outcome.code,
      attempts: charge.attempt,
      reason: failureClass === 'FINAL' ? 'a decline that is not retried' : 'retries exhausted',
    });
    const reason = `cycle ${cycle.cycleNumber} failed (${outcome.code})`;
    if (schedule.onRetriesExhausted === 'CANCEL') {
      if (await moveSchedule(events, schedule, 'CANCELLED', `${reason}; the dunning policy cancels`, 'JOB', now)) {
        await cancelWaitingCycles(em, events, schedule, `${reason}; the dunning policy cancels`, 'JOB', now);
      }
    } else if (schedule.status === 'ACTIVE') {
      await moveSchedule(events, schedule, 'PAST_DUE', reason, 'JOB', now);
    }
    await em.flush();
    await completeIfDone(em, events, schedule, 'JOB', now);
    return 'FAILED';
  });
}

/**
 * One step for one cycle: start or resume its attempt, get the attempt's payment, and record it on the cycle once it
 * is settled. An unsettled payment (PENDING / PROCESSING) is left to the payment sync jobs; the schedule tick comes
 * back to the cycle when they have settled it, so nothing is retried while an outcome is unknown.
 */
export async function chargeCycle(deps: ChargeDeps, scope: RequestScope, cycleId: string): Promise<ChargeStepResult> {
  const charge = await startOrResumeAttempt(deps, scope, cycleId);
  if (typeof charge === 'string') return charge;
  const payment = await paymentOf(deps, scope, charge);
  if ('kind' in payment) return settleAttempt(deps, scope, charge, payment);
  if (PAYMENT_UNSETTLED.has(payment.status)) {
    await notePayment(scope.em.fork(), charge, payment.id);
    return 'AWAITING_OUTCOME';
  }
  const outcome: ChargeOutcome =
    payment.status === 'SUCCEEDED'
      ? { kind: 'paid', payment }
      : { kind: 'failed', code: payment.failureCode ?? payment.status, message: payment.failureMessage, paymentId: payment.id };
  return settleAttempt(deps, scope, charge, outcome);
}
