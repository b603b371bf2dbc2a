import { createHash } from 'node:crypto';

/** Canonical JSON: object keys sorted, undefined dropped, so equal inputs hash equally whatever the key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * The hash stored with an idempotency key: a replay with the same key must carry the same normalised input, or
 * it is refused as IDEMPOTENCY_MISMATCH rather than silently returning a different operation's result.
 */
export function inputHash(operation: string, normalisedInput: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(JSON.stringify(canonical(normalisedInput))).digest('hex');
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 128;
