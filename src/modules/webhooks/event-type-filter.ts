const PATTERN = /^[A-Z][A-Z0-9_]*\.([A-Z][A-Z0-9_]*|\*)$/;
export const MAX_EVENT_TYPES = 100;

/**
 * Checks an endpoint's event-type filter: each entry `AGGREGATE.TYPE` (e.g. `PAYMENT.STATUS_CHANGED`) or
 * `AGGREGATE.*`. Only the form is checked, not a fixed list: any event type the log carries, now or later, can be
 * named. Returns the de-duplicated list or the problem.
 */
export function checkEventTypes(types: readonly string[]): { types: string[] } | { problem: string } {
  if (types.length === 0) return { problem: 'must name at least one event type (or be null for all)' };
  if (types.length > MAX_EVENT_TYPES) return { problem: `must have at most ${MAX_EVENT_TYPES} entries` };
  const bad = types.find((t) => !PATTERN.test(t));
  if (bad !== undefined) return { problem: `"${bad.slice(0, 80)}" is not AGGREGATE.TYPE or AGGREGATE.* (e.g. PAYMENT.STATUS_CHANGED, REFUND.*)` };
  return { types: [...new Set(types)] };
}
