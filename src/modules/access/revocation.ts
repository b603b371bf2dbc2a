/**
 * Access taken away from open connections: an API key revoked (or replaced), or a merchant disabled. Every instance
 * learns it through Postgres NOTIFY on this channel (its own included), drops its cached lookups and closes the
 * sockets authenticated by it.
 */
export type Revocation = { kind: 'key'; keyId: string } | { kind: 'merchant'; merchantId: string };

export const ACCESS_CHANNEL = 'agw_access';

export const NOTIFY_ACCESS_SQL = `select pg_notify('${ACCESS_CHANNEL}', ?)`;

export function encodeRevocation(revocation: Revocation): string {
  return JSON.stringify(revocation);
}

/** The revocation in a NOTIFY payload, or undefined for a payload this version does not understand. */
export function decodeRevocation(payload: string): Revocation | undefined {
  try {
    const value = JSON.parse(payload) as Partial<{ kind: string; keyId: unknown; merchantId: unknown }>;
    if (value.kind === 'key' && typeof value.keyId === 'string') return { kind: 'key', keyId: value.keyId };
    if (value.kind === 'merchant' && typeof value.merchantId === 'string') return { kind: 'merchant', merchantId: value.merchantId };
  } catch {
    // not JSON: ignored below
  }
  return undefined;
}

/** Whether a connection authenticated as `actor` loses its access by `revocation`. */
export function revokes(revocation: Revocation, actor: { keyId: string; merchantId: string | null }): boolean {
  return revocation.kind === 'key' ? actor.keyId === revocation.keyId : actor.merchantId === revocation.merchantId;
}
