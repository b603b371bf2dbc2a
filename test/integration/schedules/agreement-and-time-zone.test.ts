import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cyclesOf, startScheduleWorld, type ScheduleWorld } from './schedule-helpers.js';

let w: ScheduleWorld;
const DAY = 86_400_000;

beforeAll(async () => {
  // Notifications on: the wallet's TOKEN_CANCELED reaches the gateway.
  w = await startScheduleWorld(new Date('2027-03-20T00:00:00Z'), {}, true);
}, 180_000);

afterAll(async () => {
  await w?.close();
});

async function tick() {
  const jobs = w.h.gateway.jobs?.schedules;
  if (!jobs) throw new Error('schedule jobs are not running');
  return jobs.tick();
}

describe('time zones and dead agreements', () => {
  it('keeps 09:00 Europe/Berlin across the change to summer time (08:00Z, then 07:00Z)', async () => {
    const id = await w.create({
      amount: { value: '1200', currency: 'EUR' },
      recurrence: { frequency: 'WEEKLY', anchorDay: 1 },
      timeZone: 'Europe/Berlin',
      startAt: '2027-03-22T08:00:00Z',
      maxCycles: 3,
      description: 'Weekly box',
      referenceOrderIdTemplate: 'box-{date}-{cycle}',
    });
    const dues = ['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z', '2027-04-05T07:00:00.000Z'];
    for (const [i, due] of dues.entries()) {
      w.travelTo(new Date(Date.parse(due) + 1000));
      await w.waitForSchedule(id, (s) => cyclesOf(s)[i]?.status === 'PAID');
    }
    const done = await w.waitForSchedule(id, (s) => s.status === 'COMPLETED');
    expect(cyclesOf(done).map((c) => c.dueAt)).toEqual(dues);
    expect(cyclesOf(done).map((c) => c.charges[0]?.referenceOrderId)).toEqual(['box-20270322-1', 'box-20270329-2', 'box-20270405-3']);
  }, 120_000);

  it('stops at once in NEEDS_REAUTHORIZATION when the user cancels the agreement in the wallet', async () => {
    const startAt = new Date(Math.floor(w.clock.now().getTime() / 1000) * 1000 + 60_000);
    const id = await w.create({ amount: { value: '500', currency: 'USD' }, recurrence: { frequency: 'DAILY' }, startAt: startAt.toISOString(), description: 'Daily' });
    w.travelTo(new Date(startAt.getTime() + 1000));
    await w.waitForSchedule(id, (s) => cyclesOf(s)[0]?.status === 'PAID');

    await w.unbindInWallet();
    // TOKEN_CANCELED revokes the authorization; the next tick stops the schedule before its next cycle is due.
    const stopped = await w.waitForSchedule(id, (s) => s.status === 'NEEDS_REAUTHORIZATION');
    expect(stopped.statusReason).toContain('authorize again');
    w.travelTo(new Date(startAt.getTime() + 2 * DAY + 1000));
    await tick();
    expect(cyclesOf(await w.read(id))).toHaveLength(1);
    expect(w.h.sandbox.payments(w.merchant.clientId).filter((p) => p.paymentRequestId.startsWith(id))).toHaveLength(1);
    expect(await w.eventTypes(id)).toEqual(['CREATED', 'CYCLE_DUE', 'CHARGE_ATTEMPTED', 'CYCLE_PAID', 'STATUS_CHANGED']);
  }, 120_000);

  it('stops on the charge when the wallet cancelled the token and the notification never arrived (INVALID_ACCESS_TOKEN, refresh fails)', async () => {
    const authorizationId = await w.authorizeAnother();
    const startAt = new Date(Math.floor(w.clock.now().getTime() / 1000) * 1000 + 60_000);
    const id = await w.create({ authorizationId, amount: { value: '700', currency: 'USD' }, recurrence: { frequency: 'DAILY' }, startAt: startAt.toISOString(), description: 'Daily' });
    // The gateway refuses the TOKEN_CANCELED notification (bad signature), so the authorization still looks ACTIVE.
    w.h.sandbox.addFault({ kind: 'badNotificationSignature', api: 'notifyAuthorization', clientId: w.merchant.clientId });
    await w.unbindInWallet(authorizationId);
    w.travelTo(new Date(startAt.getTime() + 1000));
    const stopped = await w.waitForSchedule(id, (s) => s.status === 'NEEDS_REAUTHORIZATION');
    w.h.sandbox.clearFaults();
    expect(cyclesOf(stopped)[0]).toMatchObject({ status: 'FAILED', attemptCount: 1, failure: { code: 'INVALID_ACCESS_TOKEN' } });
    expect(stopped.statusReason).toContain('INVALID_ACCESS_TOKEN');
    expect(w.h.sandbox.payments(w.merchant.clientId).filter((p) => p.paymentRequestId.startsWith(id)).map((p) => p.status)).toEqual(['FAIL']);
  }, 120_000);
});
