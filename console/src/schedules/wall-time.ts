// The gateway's own wall-time rule (Intl only, no Node API): a start typed as wall time in the schedule's zone
// becomes exactly the instant whose wall time the gateway's recurrence then reads back.
import { formatWallTime, instantOfWallTime, isKnownTimeZone, parseWallTime } from '../../../src/modules/schedules/zoned-time.js';

/** The browser's zone, a sensible default for a schedule typed in this browser. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone this browser knows, for the time zone field's suggestions. */
export function knownTimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/**
 * A datetime-local value ("2027-01-31T09:00", optional seconds) read as wall time in `timeZone` → ISO instant.
 * Undefined when empty or malformed; an unknown zone is read as UTC (the gateway names the zone's problem).
 */
export function wallTimeToIso(value: string, timeZone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const text = value.length === 16 ? `${value}:00` : value;
  const wall = parseWallTime(text);
  // 30 February and the like: Date would roll them over into March.
  if (Number.isNaN(wall.getTime()) || formatWallTime(wall) !== text) return undefined;
  return instantOfWallTime(wall, isKnownTimeZone(timeZone) ? timeZone : 'UTC').toISOString();
}
