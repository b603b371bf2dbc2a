import { formatWallTime, wallTimeAt } from './zoned-time.js';

/** Placeholders of referenceOrderIdTemplate. */
export const TEMPLATE_PLACEHOLDERS = ['{schedule}', '{cycle}', '{date}'] as const;

/** The referenceOrderId of one cycle: `{schedule}` id, `{cycle}` number, `{date}` due date (yyyyMMdd in the zone). */
export function renderReferenceOrderId(template: string, scheduleId: string, cycleNumber: number, dueAt: Date, timeZone: string): string {
  const date = formatWallTime(wallTimeAt(dueAt, timeZone)).slice(0, 10).replaceAll('-', '');
  return template.replaceAll('{schedule}', scheduleId).replaceAll('{cycle}', String(cycleNumber)).replaceAll('{date}', date);
}
