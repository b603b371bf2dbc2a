import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Recognisable by secret scanners and humans; the rest is 256 random bits. */
export const API_KEY_PREFIX = 'agw_live_';
const DISPLAY_CHARS = API_KEY_PREFIX.length + 4;

export function generateApiKeySecret(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Keys carry 256 bits of entropy, so a plain SHA-256 is enough (no slow KDF needed, unlike passwords). */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function displayPrefixOf(secret: string): string {
  return secret.slice(0, DISPLAY_CHARS);
}

export function looksLikeApiKey(value: string): boolean {
  return value.length >= 32 && value.length <= 200 && /^[A-Za-z0-9_\-.~+/=]+$/.test(value);
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
