import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancelScheduleDocument,
  CreateScheduleDocument,
  PauseScheduleDocument,
  ResumeScheduleDocument,
  ScheduleDocument,
  UpdateScheduleDocument,
  type CreateScheduleInput,
} from '../../generated/graphql.js';
import { cyclesOf, startScheduleWorld, type ScheduleWorld } from './schedule-helpers.js';

let w: ScheduleWorld;
const DAY = 86_400_000;

beforeAll(async () => {
  w = await startScheduleWorld(new Date('2027-05-03T10:00:00Z'));
}, 180_000);

afterAll(async () => {
  await w?.close();
});

/** A daily schedule whose first occurrence is a minute from now (every test continues on the shared timeline). */
function daily(extra: Partial<Omit<CreateScheduleInput, 'authorizationId'>> = {}) {
  // Whole seconds: schedules run on whole seconds.
  const startAt = new Date(Math.floor(w.clock.now().getTime() / 1000) * 1000 + 60_000);
  return { startAt, input: { amount: { value: '1000', currency: 'USD' }, recurrence: { frequency: 'DAILY' as const }, startAt: startAt.toISOString(), description: 'Daily top-up', ...extra } };
}

async function tick() {
  const jobs = w.h.gateway.jobs?.schedules;
  if (!jobs) throw new Error('schedule jobs are not running');
  return jobs.tick();
}

describe('schedule lifecycle', () => {
  it('pause stops charging; resume skips the occurrences in the pause and charges the next one', async () => {
    const { startAt, input } = daily();
    const id = await w.create(input);
    w.travelTo(new Date(startAt.getTime() + 1000));
    await w.waitForSchedule(id, (s) => cyclesOf(s)[0]?.status === 'PAID');

    const paused = await w.h.gql(PauseScheduleDocument, { id }, w.merchant.key);
    expect(paused.pauseSchedule.schedule?.status).toBe('PAUSED');
    w.travelTo(new Date(startAt.getTime() + 3 * DAY + 1000));
    await tick();
    expect(cyclesOf(await w.read(id))).toHaveLength(1);

    const resumed = await w.h.gql(ResumeScheduleDocument, { id }, w.merchant.key);
    expect(resumed.resumeSchedule.schedule).toMatchObject({ status: 'ACTIVE', nextCycleNumber: 5, nextDueAt: new Date(startAt.getTime() + 4 * DAY).toISOString() });
    const afterResume = await w.read(id);
    expect(cyclesOf(afterResume).map((c) => [c.cycleNumber, c.status])).toEqual([[1, 'PAID'], [2, 'SKIPPED'], [3, 'SKIPPED'], [4, 'SKIPPED']]);

    w.travelTo(new Date(startAt.getTime() + 4 * DAY + 1000));
    const charged = await w.waitForSchedule(id, (s) => cyclesOf(s)[4]?.status === 'PAID');
    expect(cyclesOf(charged).filter((c) => c.status === 'PAID')).toHaveLength(2);
    expect(w.h.sandbox.payments(w.merchant.clientId).filter((p) => p.paymentRequestId.startsWith(id))).toHaveLength(2);
    const again = await w.h.gql(ResumeScheduleDocument, { id }, w.merchant.key);
    expect(again.resumeSchedule.errors).toEqual([]);
    await w.h.gql(CancelScheduleDocument, { id }, w.merchant.key);
  }, 120_000);

  it('after a jump over three occurrences, LATEST_ONLY charges the latest and EACH charges all; a jump back changes nothing', async () => {
    const { startAt, input } = daily();
    const latest = await w.create({ ...input, missedCyclePolicy: 'LATEST_ONLY' });
    const each = await w.create({ ...input, missedCyclePolicy: 'EACH' });
    w.travelTo(new Date(startAt.getTime() + 2 * DAY + 1000));
    const l = await w.waitForSchedule(latest, (s) => cyclesOf(s)[2]?.status === 'PAID');
    expect(cyclesOf(l).map((c) => c.status)).toEqual(['SKIPPED', 'SKIPPED', 'PAID']);
    const e = await w.waitForSchedule(each, (s) => cyclesOf(s).length === 3 && cyclesOf(s).every((c) => c.status === 'PAID'));
    expect(cyclesOf(e).map((c) => c.dueAt)).toEqual([0, 1, 2].map((d) => new Date(startAt.getTime() + d * DAY).toISOString()));

    // The clock goes back five days and forward again: no occurrence becomes a cycle twice.
    w.clock.advance(-5 * DAY);
    await tick();
    w.clock.advance(5 * DAY);
    await tick();
    expect(cyclesOf(await w.read(latest))).toHaveLength(3);
    expect(cyclesOf(await w.read(each))).toHaveLength(3);
    const atAms = w.h.sandbox.payments(w.merchant.clientId);
    expect(atAms.filter((p) => p.paymentRequestId.startsWith(latest))).toHaveLength(1);
    expect(atAms.filter((p) => p.paymentRequestId.startsWith(each))).toHaveLength(3);
    for (const id of [latest, each]) await w.h.gql(CancelScheduleDocument, { id }, w.merchant.key);
  }, 120_000);

  it('an amount change applies from the next cycle on', async () => {
    const { startAt, input } = daily({ maxCycles: 2 });
    const id = await w.create(input);
    w.travelTo(new Date(startAt.getTime() + 1000));
    await w.waitForSchedule(id, (s) => cyclesOf(s)[0]?.status === 'PAID');
    const updated = await w.h.gql(UpdateScheduleDocument, { input: { scheduleId: id, amount: { value: '1500', currency: 'USD' }, description: 'Bigger plan' } }, w.merchant.key);
    expect(updated.updateSchedule.schedule?.amount).toEqual({ value: '1500', currency: 'USD' });
    w.travelTo(new Date(startAt.getTime() + DAY + 1000));
    const done = await w.waitForSchedule(id, (s) => s.status === 'COMPLETED');
    expect(cyclesOf(done).map((c) => c.charges[0]?.payment?.amount.value)).toEqual(['1000', '1500']);
    const refused = await w.h.gql(UpdateScheduleDocument, { input: { scheduleId: id, amount: { value: '1500', currency: 'EUR' } } }, w.merchant.key);
    expect(refused.updateSchedule.errors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(await w.eventTypes(id)).toContain('SCHEDULE_UPDATED');
  }, 120_000);

  it('a decline that is not retried fails the cycle at once, and the CANCEL policy cancels the schedule', async () => {
    const { startAt, input } = daily({ dunning: { retryOffsetsSeconds: [3600], onRetriesExhausted: 'CANCEL' } });
    const id = await w.create(input);
    await w.script('06');
    w.travelTo(new Date(startAt.getTime() + 1000));
    const cancelled = await w.waitForSchedule(id, (s) => s.status === 'CANCELLED');
    expect(cyclesOf(cancelled)[0]).toMatchObject({ status: 'FAILED', attemptCount: 1, failure: { code: 'RISK_REJECT' } });
    expect(cancelled.statusReason).toContain('RISK_REJECT');
    w.travelTo(new Date(startAt.getTime() + DAY + 1000));
    await tick();
    expect(cyclesOf(await w.read(id))).toHaveLength(1);
  }, 120_000);

  it('an unknown outcome is settled by the payment sync jobs before anything else happens to the cycle', async () => {
    const { startAt, input } = daily({ maxCycles: 1 });
    const id = await w.create(input);
    await w.script('02'); // U PAYMENT_IN_PROCESS, then SUCCESS at the wallet; the gateway learns it by inquiry
    w.travelTo(new Date(startAt.getTime() + 1000));
    const done = await w.waitForSchedule(id, (s) => s.status === 'COMPLETED');
    const cycle = cyclesOf(done)[0]!;
    expect(cycle).toMatchObject({ status: 'PAID', attemptCount: 1 });
    expect(cycle.charges).toHaveLength(1);
    const types = await w.eventTypes(id);
    expect(types).not.toContain('CHARGE_FAILED');
    expect(types.indexOf('CYCLE_PAID')).toBeGreaterThan(types.indexOf('CHARGE_ATTEMPTED'));
    const payment = w.h.sandbox.payments(w.merchant.clientId).filter((p) => p.paymentRequestId.startsWith(id));
    expect(payment.map((p) => p.status)).toEqual(['SUCCESS']);
  }, 120_000);

  it('charges an RFC 5545 RRULE in its time zone, and links each payment back to its cycle', async () => {
    const startAt = new Date(w.clock.now().getTime() + 60_000);
    const id = await w.create({
      amount: { value: '2500', currency: 'USD' },
      recurrence: { rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=8;BYMINUTE=30;BYSECOND=0' },
      timeZone: 'Asia/Manila',
      startAt: startAt.toISOString(),
      maxCycles: 2,
      description: 'Twice weekly',
      metadata: { plan: 'gold' },
    });
    const created = await w.read(id);
    expect(created.recurrence.rule).toBe('FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=8;BYMINUTE=30;BYSECOND=0');
    expect(created.metadata).toEqual({ plan: 'gold' });
    const first = new Date(created.nextDueAt ?? '');
    // 08:30 in Manila (UTC+8) is 00:30 UTC, on a Monday or a Thursday.
    expect(first.getUTCHours() * 60 + first.getUTCMinutes()).toBe(30);
    expect([1, 4]).toContain(first.getUTCDay());
    w.travelTo(new Date(first.getTime() + 1000));
    const charged = await w.waitForSchedule(id, (s) => cyclesOf(s)[0]?.status === 'PAID');
    const paymentId = cyclesOf(charged)[0]!.paymentId ?? '';
    const linked = await w.h.gql(
      (await import('../../generated/graphql.js')).PaymentScheduleChargeDocument,
      { id: paymentId },
      w.merchant.readonlyKey,
    );
    expect(linked.payment?.scheduleCharge).toMatchObject({ scheduleId: id, cycleNumber: 1, attempt: 1, paymentRequestId: `${id}-c1-a1` });
    await w.h.gql(CancelScheduleDocument, { id }, w.merchant.key);
  }, 120_000);

  it('refuses bad input with the field and the problem, replays an idempotency key, and keeps merchants apart', async () => {
    const bad = await w.h.gql(
      CreateScheduleDocument,
      {
        input: {
          authorizationId: w.authorizationId,
          amount: { value: '0', currency: 'USD' },
          recurrence: { frequency: 'MONTHLY', anchorDay: 32 },
          timeZone: 'Mars/Olympus_Mons',
          referenceOrderIdTemplate: 'order',
          description: '',
        },
      },
      w.merchant.key,
    );
    const fields = bad.createSchedule.errors.map((e) => `${e.code} ${e.field}`);
    expect(fields).toEqual(expect.arrayContaining(['INVALID amount.value', 'INVALID timeZone', 'INVALID recurrence.anchorDay', 'INVALID referenceOrderIdTemplate', 'REQUIRED description']));
    const rrule = await w.h.gql(
      CreateScheduleDocument,
      { input: { authorizationId: w.authorizationId, amount: { value: '100', currency: 'USD' }, recurrence: { rrule: 'DTSTART:20270101T000000Z\nRRULE:FREQ=DAILY' }, description: 'x' } },
      w.merchant.key,
    );
    expect(rrule.createSchedule.errors[0]).toMatchObject({ code: 'INVALID', field: 'recurrence.rrule' });
    const secondly = await w.h.gql(
      CreateScheduleDocument,
      { input: { authorizationId: w.authorizationId, amount: { value: '100', currency: 'USD' }, recurrence: { rrule: 'FREQ=SECONDLY' }, description: 'x' } },
      w.merchant.key,
    );
    expect(secondly.createSchedule.errors[0]).toMatchObject({ code: 'INVALID', field: 'recurrence.rrule' });
    const missing = await w.h.gql(
      CreateScheduleDocument,
      { input: { authorizationId: 'aut_NOPE', amount: { value: '100', currency: 'USD' }, recurrence: { frequency: 'DAILY' }, description: 'x' } },
      w.merchant.key,
    );
    expect(missing.createSchedule.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'authorizationId' });

    const { input } = daily({ idempotencyKey: 'plan-42' });
    const once = await w.h.gql(CreateScheduleDocument, { input: { authorizationId: w.authorizationId, ...input } }, w.merchant.key);
    const twice = await w.h.gql(CreateScheduleDocument, { input: { authorizationId: w.authorizationId, ...input } }, w.merchant.key);
    expect(twice.createSchedule).toMatchObject({ replayed: true, schedule: { id: once.createSchedule.schedule?.id } });
    const other = await w.h.gql(CreateScheduleDocument, { input: { authorizationId: w.authorizationId, ...input, description: 'other' } }, w.merchant.key);
    expect(other.createSchedule.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_MISMATCH', field: 'idempotencyKey' });

    const readonly = await w.h.request(CreateScheduleDocument, { input: { authorizationId: w.authorizationId, ...input } }, w.merchant.readonlyKey);
    expect(readonly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await w.h.createMerchant('Stranger');
    const id = once.createSchedule.schedule?.id ?? '';
    expect((await w.h.gql(ScheduleDocument, { id }, stranger.key)).schedule).toBeNull();
    const foreignCancel = await w.h.gql(CancelScheduleDocument, { id }, stranger.key);
    expect(foreignCancel.cancelSchedule.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    await w.h.gql(CancelScheduleDocument, { id }, w.merchant.key);
  }, 120_000);
});
