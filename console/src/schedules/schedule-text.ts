import type { ConsoleScheduleFragment } from '../generated/graphql.js';

const UNIT: Record<string, [string, string]> = { DAILY: ['day', 'days'], WEEKLY: ['week', 'weeks'], MONTHLY: ['month', 'months'], YEARLY: ['year', 'years'] };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Every 2 months on day 31", "Every week on Monday", or the merchant's own RRULE. */
export function describeRecurrence(r: ConsoleScheduleFragment['recurrence']): string {
  if (r.rrule || !r.frequency) return `RRULE ${r.rrule ?? r.rule}`;
  const [one, many] = UNIT[r.frequency] ?? [r.frequency.toLowerCase(), r.frequency.toLowerCase()];
  const every = r.interval > 1 ? `Every ${r.interval} ${many}` : `Every ${one}`;
  if (r.frequency === 'WEEKLY' && r.anchorDay) return `${every} on ${WEEKDAYS[r.anchorDay - 1] ?? `weekday ${r.anchorDay}`}`;
  if (r.frequency === 'MONTHLY' && r.anchorDay) return `${every} on day ${r.anchorDay}`;
  if (r.frequency === 'YEARLY' && r.anchorDay && r.anchorMonth) return `${every} on ${r.anchorDay}/${r.anchorMonth} (day/month)`;
  return every;
}

/** Schedule statuses from which pause, resume and cancel are offered (the gateway's state machine decides). */
export const PAUSABLE = ['ACTIVE', 'PAST_DUE'];
export const FINAL = ['NEEDS_REAUTHORIZATION', 'CANCELLED', 'COMPLETED'];
