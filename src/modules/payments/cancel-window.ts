const UTC8_MS = 8 * 3600_000;

/**
 * The last moment a payment may be cancelled (ams-spec §7.2): 00:15 UTC+8 on the day after the transaction day,
 * the transaction day being the payment's creation date in UTC+8 ("from order placement").
 */
export function cancelDeadline(createdAt: Date): Date {
  const local = new Date(createdAt.getTime() + UTC8_MS);
  const nextDayAt0015Local = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1, 0, 15);
  return new Date(nextDayAt0015Local - UTC8_MS);
}
