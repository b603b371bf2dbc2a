/**
 * Wall-clock time in an IANA time zone, with Intl only. A "wall time" is a Date whose UTC fields are the local
 * fields (a floating time): recurrence rules are evaluated on wall times, so "09:00 on the 31st" stays 09:00 local
 * across DST changes, and only the final step turns a wall time into an instant.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone (IANA names such as Europe/Berlin, or UTC). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time at `instant` in `timeZone` (milliseconds dropped: schedules run on whole seconds). */
export function wallTimeAt(instant: Date, timeZone: string): Date {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return new Date(Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!));
}

/**
 * The instant at which `timeZone` shows `wall`. Ambiguous (clocks set back): the earlier instant. Non-existent (clocks
 * set forward): shifted forward by the gap, as the wall clock reads after the jump (02:30 → 03:30).
 */
export function instantOfWallTime(wall: Date, timeZone: string): Date {
  const guess = wall.getTime();
  const offsetAround = (ms: number) => wallTimeAt(new Date(ms), timeZone).getTime() - ms;
  // The offsets in force a day either side cover every real transition (none is closer than a day to another).
  const offsets = [...new Set([offsetAround(guess - 86_400_000), offsetAround(guess + 86_400_000)])];
  const matching = offsets.map((offset) => guess - offset).filter((candidate) => wallTimeAt(new Date(candidate), timeZone).getTime() === guess);
  if (matching.length > 0) return new Date(Math.min(...matching));
  return new Date(guess - offsetAround(guess - 86_400_000));
}

/** `yyyy-MM-ddTHH:mm:ss` of a wall time: how it is stored and shown. */
export function formatWallTime(wall: Date): string {
  return wall.toISOString().slice(0, 19);
}

export function parseWallTime(text: string): Date {
  return new Date(`${text}Z`);
}
