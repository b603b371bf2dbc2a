/**
 * Copies of request/response data that are safe to hand to hooks and logs. Keys are matched case-insensitively at
 * any depth. `paymentMethodId` is on the list because in Auto Debit it carries the access token.
 */
export const REDACTED = '[redacted]';

const SECRET_KEYS = new Set(
  [
    'accessToken',
    'refreshToken',
    'authCode',
    'paymentMethodId',
    'signature',
    'privateKey',
    'merchantPrivateKey',
    'agentToken',
    'agent-token',
    'authorization',
    'accountHolderCertNo',
    'certificateNo',
  ].map((key) => key.toLowerCase()),
);

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

/** A deep copy with every secret-named value replaced; non-plain values (Buffers, keys, class instances) are dropped. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return `[${value.constructor?.name ?? 'object'}]`;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = isSecretKey(key) ? REDACTED : redactSecrets(item, depth + 1);
  }
  return copy;
}

/** Header map for hooks: secret headers (signature, agent-token) replaced, multi-valued headers joined. */
export function redactHeaders(headers: Record<string, string | string[] | number | undefined>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    copy[name.toLowerCase()] = isSecretKey(name) ? REDACTED : Array.isArray(value) ? value.join(', ') : String(value);
  }
  return copy;
}

/** Parses a raw body for hooks; an unparseable body is reported by size only (it may hold anything). */
export function redactRawBody(raw: Buffer): unknown {
  try {
    return redactSecrets(JSON.parse(raw.toString('utf8')));
  } catch {
    return `[unparseable body, ${raw.length} bytes]`;
  }
}
