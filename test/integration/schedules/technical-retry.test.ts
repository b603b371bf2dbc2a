import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cyclesOf, startScheduleWorld, type ScheduleWorld } from './schedule-helpers.js';

let w: ScheduleWorld;
const RETRY_SECONDS = 600;

beforeAll(async () => {
  w = await startScheduleWorld(new Date('2027-03-10T08:00:00Z'), {
    // Each fault shows (no client retry), and an attempt unknown at AMS is closed quickly by the sync jobs.
    AMS_MAX_ATTEMPTS: '1',
    JOBS_CANCEL_AFTER_SECONDS: '3',
    SCHEDULES_TECHNICAL_RETRY_SECONDS: String(RETRY_SECONDS),
  });
}, 180_000);

afterAll(async () => {
  await w?.close();
});

describe('a technical failure of a charge', () => {
  it('is retried within minutes, outside the dunning policy, and charged once', async () => {
    // AMS answers every pay with a 503 before running it: nothing is debited, the outcome is unknown at first.
    w.h.sandbox.addFault({ kind: 'http5xx', api: 'pay', clientId: w.merchant.clientId });
    const startAt = new Date(Math.floor(w.clock.now().getTime() / 1000) * 1000 + 60_000);
    const id = await w.create({
      amount: { value: '2500', currency: 'USD' },
      recurrence: { frequency: 'MONTHLY', anchorDay: 10 },
      startAt: startAt.toISOString(),
      maxCycles: 1,
      description: 'Monthly',
      dunning: { retryOffsetsSeconds: [86_400], onRetriesExhausted: 'CANCEL' },
    });
    w.travelTo(new Date(startAt.getTime() + 1000));

    // The sync jobs find no such payment at AMS; once they give up on resending it the attempt FAILED (nothing
    // debited), and the cycle is retried on the technical delay, not a day later.
    let schedule = await w.waitForSchedule(id, (s) => cyclesOf(s)[0]?.status === 'RETRY_SCHEDULED', 90_000);
    const failed = cyclesOf(schedule)[0]!;
    expect(failed).toMatchObject({ attemptCount: 1, technicalFailureCount: 1 });
    expect(['ORDER_NOT_EXIST', 'NOT_SENT', 'CANCELLED']).toContain(failed.failure?.code);
    const retryIn = Date.parse(failed.nextAttemptAt ?? '') - w.clock.now().getTime();
    expect(retryIn).toBeGreaterThan(0);
    expect(retryIn).toBeLessThanOrEqual(RETRY_SECONDS * 1000);
    expect(schedule.status).toBe('ACTIVE');

    w.h.sandbox.clearFaults();
    w.travelTo(new Date(Date.parse(failed.nextAttemptAt ?? '') + 1000));
    schedule = await w.waitForSchedule(id, (s) => s.status === 'COMPLETED');
    const paid = cyclesOf(schedule)[0]!;
    expect(paid).toMatchObject({ status: 'PAID', attemptCount: 2, technicalFailureCount: 1 });
    expect(paid.charges.map((c) => c.payment?.status)).toEqual(['FAILED', 'SUCCEEDED']);

    // The technical failure spent no dunning retry: the failure event says so.
    const failure = await w.h.gateway.orm.em
      .getConnection()
      .execute<{ payload: { failureClass: string } }[]>(`select payload from events where aggregate_id = ? and type = 'CHARGE_FAILED'`, [id]);
    expect(failure.map((f) => f.payload.failureClass)).toEqual(['TECHNICAL']);

    // Ground truth: AMS ran one payment for the cycle, the second attempt.
    const atAms = w.h.sandbox.payments(w.merchant.clientId).filter((p) => p.paymentRequestId.startsWith(id));
    expect(atAms.map((p) => [p.paymentRequestId, p.status])).toEqual([[`${id}-c1-a2`, 'SUCCESS']]);
  }, 180_000);
});
