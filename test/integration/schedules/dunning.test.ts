import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cyclesOf, startScheduleWorld, type ScheduleWorld } from './schedule-helpers.js';

let w: ScheduleWorld;

beforeAll(async () => {
  w = await startScheduleWorld(new Date('2027-01-01T00:00:00Z'));
}, 180_000);

afterAll(async () => {
  await w?.close();
});

const DAY = 86_400_000;
const SETTLED = ['PAID', 'FAILED', 'RETRY_SCHEDULED'];

describe('dunning over twelve monthly cycles', () => {
  it('retries an insufficient balance to success, fails one cycle for good (PAST_DUE), and charges each cycle once', async () => {
    const id = await w.create({
      amount: { value: '1000', currency: 'USD' },
      recurrence: { frequency: 'MONTHLY', anchorDay: 1 },
      startAt: '2027-01-01T09:00:00Z',
      maxCycles: 12,
      description: 'Monthly plan',
      referenceOrderIdTemplate: 'plan-{date}-{cycle}',
      dunning: { retryOffsetsSeconds: [86_400, 3 * 86_400, 5 * 86_400], onRetriesExhausted: 'PAST_DUE' },
    });
    const waitCycle = (n: number, done: (status: string, attempts: number) => boolean) =>
      w.waitForSchedule(id, (s) => {
        const cycle = cyclesOf(s).find((c) => c.cycleNumber === n);
        return cycle !== undefined && done(cycle.status, cycle.attemptCount);
      });

    for (let n = 1; n <= 12; n++) {
      const due = new Date(Date.UTC(2027, n - 1, 1, 9));
      // Cycle 3: the first attempt is short of balance, the retry a day later succeeds.
      if (n === 3) await w.script('01', 1);
      // Cycle 6: the first attempt and all three retries are short of balance.
      if (n === 6) await w.script('01', 4);
      w.travelTo(new Date(due.getTime() + 1000));
      let schedule = await waitCycle(n, (status) => SETTLED.includes(status));

      if (n === 3) {
        expect(cyclesOf(schedule)[2]).toMatchObject({ status: 'RETRY_SCHEDULED', attemptCount: 1, failure: { code: 'USER_BALANCE_NOT_ENOUGH' } });
        // Offsets count from the first failure (a moment after the due time, by the shared clock).
        const retryAt = Date.parse(cyclesOf(schedule)[2]!.nextAttemptAt ?? '');
        expect(retryAt - (due.getTime() + DAY)).toBeGreaterThan(0);
        expect(retryAt - (due.getTime() + DAY)).toBeLessThan(60_000);
        w.travelTo(new Date(due.getTime() + DAY + 60_000));
        schedule = await waitCycle(3, (status) => status === 'PAID');
        const cycle = cyclesOf(schedule)[2]!;
        expect(cycle.charges.map((c) => c.payment?.status)).toEqual(['FAILED', 'SUCCEEDED']);
        expect(cycle.charges.map((c) => c.paymentRequestId)).toEqual([`${id}-c3-a1`, `${id}-c3-a2`]);
      }
      if (n === 6) {
        for (const [retry, offsetDays] of [1, 3, 5].entries()) {
          expect(cyclesOf(schedule)[5]).toMatchObject({ status: 'RETRY_SCHEDULED', attemptCount: retry + 1 });
          w.travelTo(new Date(due.getTime() + offsetDays * DAY + 60_000));
          schedule = await waitCycle(6, (status, attempts) => attempts === retry + 2 && SETTLED.includes(status));
        }
        const cycle = cyclesOf(schedule)[5]!;
        expect(cycle).toMatchObject({ status: 'FAILED', attemptCount: 4, failure: { code: 'USER_BALANCE_NOT_ENOUGH' } });
        expect(cycle.charges.map((c) => c.payment?.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED']);
        expect(schedule.status).toBe('PAST_DUE');
      }
      // The schedule and its cycles are read by separate statements: wait for the schedule's own row as well.
      if (n === 7) expect((await w.waitForSchedule(id, (s) => s.status === 'ACTIVE')).status).toBe('ACTIVE');
      if (n !== 3 && n !== 6) expect(cyclesOf(schedule)[n - 1]).toMatchObject({ status: 'PAID', attemptCount: 1 });
    }

    const done = await w.waitForSchedule(id, (s) => s.status === 'COMPLETED');
    const cycles = cyclesOf(done);
    expect(cycles.map((c) => c.status)).toEqual(['PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'FAILED', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID']);
    expect(cycles[3]!.charges[0]!.referenceOrderId).toBe('plan-20270401-4');

    // Ground truth: the sandbox saw exactly the attempts above, and exactly one successful payment per paid cycle.
    const atAms = w.h.sandbox.payments(w.merchant.clientId);
    const successes = atAms.filter((p) => p.status === 'SUCCESS').map((p) => p.paymentRequestId);
    expect(successes.sort()).toEqual(cycles.filter((c) => c.status === 'PAID').map((c) => c.charges.at(-1)!.paymentRequestId).sort());
    expect(atAms).toHaveLength(11 + 1 + 4);
    expect(new Set(atAms.map((p) => p.paymentRequestId)).size).toBe(atAms.length);

    const types = await w.eventTypes(id);
    for (const type of ['CREATED', 'CYCLE_DUE', 'CHARGE_ATTEMPTED', 'CHARGE_FAILED', 'RETRY_SCHEDULED', 'CYCLE_PAID', 'CYCLE_FAILED', 'STATUS_CHANGED']) {
      expect(types).toContain(type);
    }
    expect(types.filter((t) => t === 'CYCLE_PAID')).toHaveLength(11);
    expect(types.filter((t) => t === 'CHARGE_ATTEMPTED')).toHaveLength(16);
    expect(types.at(-1)).toBe('STATUS_CHANGED');
  }, 180_000);
});
