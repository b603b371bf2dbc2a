import { parseAmsDateTime } from '../shared/time.js';

/** AMS sends request-time as ISO-8601 with an offset, the SDKs sometimes as epoch milliseconds: accept both. */
export function parseRequestTime(value: string): Date | null {
  if (/^\d{10,16}$/.test(value)) return new Date(Number(value));
  return parseAmsDateTime(value);
}

/** True when the request-time is within `maxSkewSeconds` of now, either side; 0 disables the check. */
export function withinSkew(value: string, now: Date, maxSkewSeconds: number): boolean {
  if (maxSkewSeconds === 0) return true;
  const time = parseRequestTime(value);
  if (!time) return false;
  return Math.abs(now.getTime() - time.getTime()) <= maxSkewSeconds * 1000;
}
