import { describe, expect, it } from 'vitest';
import { cancelDeadline } from '../../../src/modules/payments/cancel-window.js';

describe('cancelDeadline: 00:15 UTC+8 on the day after the payment was created (in UTC+8)', () => {
  it.each([
    ['2026-03-10T02:00:00Z', '2026-03-10T16:15:00Z'], // 10:00 +08 on the 10th → 00:15 +08 on the 11th
    ['2026-03-10T15:59:59Z', '2026-03-10T16:15:00Z'], // 23:59:59 +08 on the 10th
    ['2026-03-10T16:00:00Z', '2026-03-11T16:15:00Z'], // 00:00 +08 on the 11th: a new transaction day
    ['2026-12-31T20:00:00Z', '2027-01-01T16:15:00Z'], // year boundary in UTC+8
    ['2028-02-28T17:00:00Z', '2028-02-29T16:15:00Z'], // leap day
  ])('created %s → %s', (created, deadline) => {
    expect(cancelDeadline(new Date(created)).toISOString()).toBe(new Date(deadline).toISOString());
  });
});
