import { describe, expect, it } from 'vitest';
import { cancelDeadline, refundDeadline, withinCancelWindow, withinRefundWindow } from '../../../src/sandbox/state/windows.js';

const at = (iso: string) => new Date(iso);

describe('cancel window: until 00:15 UTC+8 on T+1 (ams-spec §7.2)', () => {
  it.each([
    // placed (UTC)               deadline (UTC)           — T is the UTC+8 calendar day of placement
    ['2024-01-01T04:00:00Z', '2024-01-01T16:15:00Z'], // 12:00 UTC+8 on Jan 1 → Jan 2 00:15 UTC+8
    ['2024-01-01T15:59:59Z', '2024-01-01T16:15:00Z'], // 23:59:59 UTC+8 on Jan 1
    ['2024-01-01T16:00:00Z', '2024-01-02T16:15:00Z'], // 00:00 UTC+8 on Jan 2 → Jan 3 00:15
    ['2024-02-28T20:00:00Z', '2024-02-29T16:15:00Z'], // Feb 29 04:00 UTC+8 (leap day) → Mar 1 00:15 UTC+8
    ['2024-12-31T17:00:00Z', '2025-01-01T16:15:00Z'], // Jan 1 2025 01:00 UTC+8 → Jan 2 00:15
  ])('placed %s → deadline %s', (placed, deadline) => {
    expect(cancelDeadline(at(placed)).toISOString()).toBe(new Date(deadline).toISOString());
  });

  it('includes the deadline instant and excludes the millisecond after', () => {
    const placed = at('2024-01-01T04:00:00Z');
    expect(withinCancelWindow(placed, at('2024-01-01T16:15:00Z'))).toBe(true);
    expect(withinCancelWindow(placed, at('2024-01-01T16:15:00.001Z'))).toBe(false);
  });
});

describe('refund window: 12 calendar months in UTC+8 (ams-spec §7.3)', () => {
  it('adds calendar months on the UTC+8 calendar', () => {
    expect(refundDeadline(at('2024-03-15T02:00:00Z')).toISOString()).toBe('2025-03-15T02:00:00.000Z');
  });

  it('clamps a day missing in the target month (29 Feb → 28 Feb)', () => {
    // 2024-02-29 10:00 UTC+8
    expect(refundDeadline(at('2024-02-29T02:00:00Z')).toISOString()).toBe('2025-02-28T02:00:00.000Z');
    // 31 Jan + 1 month → 29 Feb (leap year)
    expect(refundDeadline(at('2024-01-31T02:00:00Z'), 1).toISOString()).toBe('2024-02-29T02:00:00.000Z');
  });

  it('uses the UTC+8 day, not the UTC day', () => {
    // 2024-02-29T20:00Z is 1 March 04:00 UTC+8 → 1 March 2025 04:00 UTC+8 = 2025-02-28T20:00Z
    expect(refundDeadline(at('2024-02-29T20:00:00Z')).toISOString()).toBe('2025-02-28T20:00:00.000Z');
  });

  it('is inclusive', () => {
    const paid = at('2024-03-15T02:00:00Z');
    expect(withinRefundWindow(paid, at('2025-03-15T02:00:00Z'))).toBe(true);
    expect(withinRefundWindow(paid, at('2025-03-15T02:00:00.001Z'))).toBe(false);
  });
});
