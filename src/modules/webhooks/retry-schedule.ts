/** Jitter only lengthens a delay (by up to this share), so the schedule's total stays a lower bound. */
const JITTER_SHARE = 0.2;

/**
 * When to try a message again after its failed attempt number `failedAttempts` (1 = the first attempt failed), or
 * null when the schedule is exhausted (the message is FAILED). Exponential-ish backoff from the configured list,
 * plus random jitter so that the retries of many messages failing together spread out.
 */
export function nextAttemptAt(now: Date, failedAttempts: number, scheduleSeconds: readonly number[], random: () => number = Math.random): Date | null {
  const base = scheduleSeconds[failedAttempts - 1];
  if (base === undefined) return null;
  const delayMs = base * 1000 * (1 + JITTER_SHARE * random());
  return new Date(now.getTime() + delayMs);
}
