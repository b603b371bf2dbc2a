import { randomBytes } from 'node:crypto';

/**
 * A sortable, unique id: a millisecond timestamp then 80 random bits, in Crockford base32 (ULID layout).
 * Sortability keeps index inserts local and makes ids usable as rough creation-time cursors.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newId(prefix = '', now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  const random = randomBytes(16);
  let rand = '';
  for (let i = 0; i < 16; i++) rand += ALPHABET[random[i]! % 32];
  return prefix + time + rand;
}
