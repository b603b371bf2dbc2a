/**
 * The wait before attempt `attemptNumber` (1-based) of a notification, in milliseconds after the previous attempt, or
 * undefined when the schedule has no such attempt. Gaps are Antom's (ams-spec §6.2) times the compression factor.
 */
export function gapBeforeAttemptMs(attemptNumber: number, gapsSeconds: readonly number[], timeScale: number): number | undefined {
  const gap = gapsSeconds[attemptNumber - 1];
  if (gap === undefined) return undefined;
  return gap * 1000 * timeScale;
}

/** Offsets of every attempt from the first trigger, for docs and tests (cumulative gaps). */
export function attemptOffsetsMs(gapsSeconds: readonly number[], timeScale: number): number[] {
  let total = 0;
  return gapsSeconds.map((gap) => (total += gap * 1000 * timeScale));
}
