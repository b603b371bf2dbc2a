/**
 * Business-time arithmetic in UTC+8, where Antom's windows are defined (ams-spec §7.2, §7.3). Pure functions of
 * instants, so the unit tests pin them and time travel simply moves `now`.
 */
const UTC8_MS = 8 * 3_600_000;

/** Payments are cancellable from placement until 00:15 (UTC+8) on T+1, T = the placement day in UTC+8. */
export function cancelDeadline(placedAt: Date): Date {
  const local = new Date(placedAt.getTime() + UTC8_MS);
  const nextDayAt0015Local = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1, 0, 15, 0, 0);
  return new Date(nextDayAt0015Local - UTC8_MS);
}

export function withinCancelWindow(placedAt: Date, now: Date): boolean {
  return now.getTime() <= cancelDeadline(placedAt).getTime();
}

/**
 * Refunds are accepted until `months` calendar months after the successful payment (usually 12), counted on the UTC+8
 * calendar; a day that does not exist in the target month clamps to its last day (29 Feb → 28 Feb).
 */
export function refundDeadline(paidAt: Date, months = 12): Date {
  const local = new Date(paidAt.getTime() + UTC8_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(local.getUTCDate(), lastDayOfTarget);
  const targetLocal = Date.UTC(
    year,
    month,
    day,
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
  return new Date(targetLocal - UTC8_MS);
}

export function withinRefundWindow(paidAt: Date, now: Date, months = 12): boolean {
  return now.getTime() <= refundDeadline(paidAt, months).getTime();
}
