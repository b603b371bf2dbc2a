import { describe, expect, it } from 'vitest';
import { classifyFailure, nextRetryAt, nextTechnicalRetryAt } from '../../../src/modules/schedules/dunning.js';
import { checkRecurrence, OccurrenceSeries } from '../../../src/modules/schedules/recurrence.js';
import { renderReferenceOrderId } from '../../../src/modules/schedules/reference-order-id.js';
import { InputChecker } from '../../../src/modules/shared/input-checks.js';
import type { ScheduleErrorCode } from '../../../src/modules/schedules/schedule-errors.js';
import { instantOfWallTime, wallTimeAt } from '../../../src/modules/schedules/zoned-time.js';

function series(input: Parameters<typeof checkRecurrence>[1], startAt: string, timeZone = 'UTC', n = 5): string[] {
  const check = new InputChecker<ScheduleErrorCode>();
  const start = new Date(startAt);
  const normalised = checkRecurrence(check, input, wallTimeAt(start, timeZone));
  if (!normalised) throw new Error(JSON.stringify(check.problems));
  const s = new OccurrenceSeries(normalised.rule, timeZone, start);
  const out: string[] = [];
  let next = s.first();
  while (next && out.length < n) {
    out.push(next.at.toISOString());
    next = s.after(next.wall);
  }
  return out;
}

describe('recurrence', () => {
  it('anchors on the 31st fall back to the month’s last day, then return to the 31st', () => {
    expect(series({ frequency: 'MONTHLY', anchorDay: 31 }, '2028-01-31T09:00:00Z')).toEqual([
      '2028-01-31T09:00:00.000Z',
      '2028-02-29T09:00:00.000Z',
      '2028-03-31T09:00:00.000Z',
      '2028-04-30T09:00:00.000Z',
      '2028-05-31T09:00:00.000Z',
    ]);
    expect(series({ frequency: 'MONTHLY', anchorDay: 30 }, '2027-01-30T00:00:00Z', 'UTC', 3)).toEqual(['2027-01-30T00:00:00.000Z', '2027-02-28T00:00:00.000Z', '2027-03-30T00:00:00.000Z']);
  });

  it('a yearly anchor on 29 February falls on the 28th in common years', () => {
    expect(series({ frequency: 'YEARLY', anchorMonth: 2, anchorDay: 29 }, '2028-02-29T12:00:00Z', 'UTC', 3)).toEqual([
      '2028-02-29T12:00:00.000Z',
      '2029-02-28T12:00:00.000Z',
      '2030-02-28T12:00:00.000Z',
    ]);
  });

  it('keeps the local time of day across DST in both directions', () => {
    expect(series({ frequency: 'DAILY' }, '2027-03-27T08:00:00Z', 'Europe/Berlin', 3)).toEqual(['2027-03-27T08:00:00.000Z', '2027-03-28T07:00:00.000Z', '2027-03-29T07:00:00.000Z']);
    expect(series({ frequency: 'WEEKLY', anchorDay: 7 }, '2027-10-31T13:00:00Z', 'America/New_York', 2)).toEqual(['2027-10-31T13:00:00.000Z', '2027-11-07T14:00:00.000Z']);
  });

  it('turns wall times into instants: a skipped time moves forward, an ambiguous one takes the earlier instant', () => {
    expect(instantOfWallTime(new Date('2027-03-28T02:30:00Z'), 'Europe/Berlin').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(instantOfWallTime(new Date('2027-10-31T02:30:00Z'), 'Europe/Berlin').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(instantOfWallTime(new Date('2027-06-01T09:00:00Z'), 'Asia/Manila').toISOString()).toBe('2027-06-01T01:00:00.000Z');
  });

  it('refuses what it cannot honour, naming the field', () => {
    const check = new InputChecker<ScheduleErrorCode>();
    checkRecurrence(check, { frequency: 'YEARLY', anchorMonth: 4, anchorDay: 31 }, new Date());
    checkRecurrence(check, { frequency: 'DAILY', rrule: 'FREQ=DAILY' }, new Date());
    checkRecurrence(check, { rrule: 'FREQ=MINUTELY' }, new Date());
    checkRecurrence(check, { rrule: 'FREQ=NOPE' }, new Date());
    expect(check.problems.map((p) => p.field)).toEqual(['recurrence.anchorDay', 'recurrence', 'recurrence.rrule', 'recurrence.rrule']);
  });

  it('renders referenceOrderIds per cycle', () => {
    expect(renderReferenceOrderId('{schedule}/{date}/{cycle}', 'sch_1', 7, new Date('2027-03-31T23:30:00Z'), 'Asia/Manila')).toBe('sch_1/20270401/7');
  });
});

describe('dunning', () => {
  const alive = { active: true, tokenRenewedSinceAttempt: false };
  it('classifies failures', () => {
    expect(classifyFailure('USER_BALANCE_NOT_ENOUGH', alive)).toBe('RETRYABLE');
    expect(classifyFailure('RISK_REJECT', alive)).toBe('FINAL');
    expect(classifyFailure('INVALID_ACCESS_TOKEN', alive)).toBe('REAUTHORIZE');
    expect(classifyFailure('INVALID_ACCESS_TOKEN', { active: true, tokenRenewedSinceAttempt: true })).toBe('RETRYABLE');
    expect(classifyFailure('USER_BALANCE_NOT_ENOUGH', { active: false, tokenRenewedSinceAttempt: false })).toBe('REAUTHORIZE');
    expect(classifyFailure('AUTHORIZATION_NOT_ACTIVE', alive)).toBe('REAUTHORIZE');
    for (const code of ['NOT_SENT', 'ORDER_NOT_EXIST', 'CANCELLED', 'REQUEST_TRAFFIC_EXCEED_LIMIT']) expect(classifyFailure(code, alive)).toBe('TECHNICAL');
    expect(classifyFailure('NOT_SENT', { active: false, tokenRenewedSinceAttempt: false })).toBe('REAUTHORIZE');
  });

  it('retries technical failures with a doubling delay until they are spent', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    const policy = { delaySeconds: 60, maxRetries: 3 };
    expect([1, 2, 3].map((n) => nextTechnicalRetryAt(policy, now, n)?.toISOString())).toEqual([
      '2027-01-01T00:01:00.000Z',
      '2027-01-01T00:02:00.000Z',
      '2027-01-01T00:04:00.000Z',
    ]);
    expect(nextTechnicalRetryAt(policy, now, 4)).toBeNull();
    expect(nextTechnicalRetryAt({ delaySeconds: 60, maxRetries: 0 }, now, 1)).toBeNull();
  });

  it('counts retry offsets from the first failure and stops when they run out', () => {
    const policy = { retryOffsetsSeconds: [86_400, 259_200], onRetriesExhausted: 'PAST_DUE' as const };
    const first = new Date('2027-01-01T00:00:00Z');
    expect(nextRetryAt(policy, first, 1)?.toISOString()).toBe('2027-01-02T00:00:00.000Z');
    expect(nextRetryAt(policy, first, 2)?.toISOString()).toBe('2027-01-04T00:00:00.000Z');
    expect(nextRetryAt(policy, first, 3)).toBeNull();
  });
});
