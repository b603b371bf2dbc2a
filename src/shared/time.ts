/**
 * Formats a date as AMS writes date-times: `yyyy-MM-dd'T'HH:mm:ss+HH:MM` in the given offset (minutes east of UTC).
 * AMS examples use +08:00; the offset is a parameter so tests and regions can choose.
 */
export function formatAmsDateTime(date: Date, offsetMinutes = 480): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const offH = Math.floor(Math.abs(offsetMinutes) / 60);
  const offM = Math.abs(offsetMinutes) % 60;
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
    `${sign}${pad(offH)}:${pad(offM)}`
  );
}

/** Parses an AMS date-time (ISO-8601 with offset) or returns null when it is not one. */
export function parseAmsDateTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return null;
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? null : date;
}
