import { describe, expect, it } from 'vitest';
import { describeRecurrence } from '../../../console/src/schedules/schedule-text.js';
import { wallTimeToIso } from '../../../console/src/schedules/wall-time.js';
import { describeEventTypes, eventTypesInput, eventTypesValue } from '../../../console/src/webhooks/event-type-list.js';

/** The console's own conversions between what a person types and what the API takes. */
describe('console form conversions', () => {
  it('reads a start typed as wall time in the schedule’s zone, across DST changes, as the gateway does', () => {
    expect(wallTimeToIso('2027-01-31T09:00', 'Europe/Berlin')).toBe('2027-01-31T08:00:00.000Z');
    expect(wallTimeToIso('2027-07-31T09:00:30', 'Europe/Berlin')).toBe('2027-07-31T07:00:30.000Z');
    expect(wallTimeToIso('2027-03-01T00:00', 'Asia/Manila')).toBe('2027-02-28T16:00:00.000Z');
    // 02:30 does not exist on 28 March 2027 in Berlin: it moves forward by the gap (03:30 CEST).
    expect(wallTimeToIso('2027-03-28T02:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
    // 02:30 happens twice on 31 October 2027: the earlier one (CEST).
    expect(wallTimeToIso('2027-10-31T02:30', 'Europe/Berlin')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('leaves an empty or malformed time out, and reads an unknown zone as UTC (the gateway names the zone)', () => {
    expect(wallTimeToIso('', 'UTC')).toBeUndefined();
    expect(wallTimeToIso('31/01/2027 09:00', 'UTC')).toBeUndefined();
    expect(wallTimeToIso('2027-02-30T09:00', 'UTC')).toBeUndefined();
    expect(wallTimeToIso('2027-01-31T09:00', 'Mars/Olympus')).toBe('2027-01-31T09:00:00.000Z');
  });

  it('turns the event filter as typed into the API’s list, or null for every event, and back', () => {
    expect(eventTypesInput({ all: true, text: 'PAYMENT.*' })).toBeNull();
    expect(eventTypesInput({ all: false, text: ' PAYMENT.STATUS_CHANGED,REFUND.*  SCHEDULE.CYCLE_PAID ' })).toEqual(['PAYMENT.STATUS_CHANGED', 'REFUND.*', 'SCHEDULE.CYCLE_PAID']);
    // An empty list is sent as such: the gateway says it must name at least one type.
    expect(eventTypesInput({ all: false, text: ' , ' })).toEqual([]);
    expect(eventTypesValue(['PAYMENT.*', 'REFUND.*'])).toEqual({ all: false, text: 'PAYMENT.*, REFUND.*' });
    expect(eventTypesValue(null)).toEqual({ all: true, text: '' });
    expect(describeEventTypes(null)).toBe('Every event');
  });

  it('describes a recurrence in words, or shows the merchant’s RRULE', () => {
    const base = { frequency: null, interval: 1, anchorDay: null, anchorMonth: null, rrule: null, rule: '' } as const;
    expect(describeRecurrence({ ...base, frequency: 'DAILY' })).toBe('Every day');
    expect(describeRecurrence({ ...base, frequency: 'MONTHLY', interval: 2, anchorDay: 31 })).toBe('Every 2 months on day 31');
    expect(describeRecurrence({ ...base, frequency: 'WEEKLY', anchorDay: 1 })).toBe('Every week on Monday');
    expect(describeRecurrence({ ...base, frequency: 'YEARLY', anchorDay: 29, anchorMonth: 2 })).toBe('Every year on 29/2 (day/month)');
    expect(describeRecurrence({ ...base, rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1', rule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1' })).toBe('RRULE FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1');
  });
});
