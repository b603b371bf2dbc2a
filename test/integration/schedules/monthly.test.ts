import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cyclesOf, startScheduleWorld, type ScheduleWorld } from './schedule-helpers.js';

let w: ScheduleWorld;

beforeAll(async () => {
  w = await startScheduleWorld(new Date('2027-01-31T08:00:00Z'));
}, 180_000);

afterAll(async () => {
  await w?.close();
});

describe('monthly schedule', () => {
  it('anchored on the 31st charges 31 Jan, 28 Feb, 31 Mar, 30 Apr as ordinary payments', async () => {
    const id = await w.create({
      amount: { value: '999', currency: 'USD' },
      recurrence: { frequency: 'MONTHLY', anchorDay: 31 },
      startAt: '2027-01-31T09:00:00Z',
      maxCycles: 4,
      description: 'Monthly plan',
    });
    const dues = ['2027-01-31T09:00:00.000Z', '2027-02-28T09:00:00.000Z', '2027-03-31T09:00:00.000Z', '2027-04-30T09:00:00.000Z'];
    for (const [i, due] of dues.entries()) {
      w.travelTo(new Date(Date.parse(due) + 1000));
      const schedule = await w.waitForSchedule(id, (s) => cyclesOf(s)[i]?.status === 'PAID');
      const cycle = cyclesOf(schedule)[i]!;
      expect(cycle.dueAt).toBe(due);
      expect(cycle.charges).toHaveLength(1);
      expect(cycle.charges[0]!.payment?.status).toBe('SUCCEEDED');
    }
    const done = await w.waitForSchedule(id, (s) => s.status === 'COMPLETED');
    expect(cyclesOf(done).map((c) => c.cycleNumber)).toEqual([1, 2, 3, 4]);
  }, 120_000);
});
