import { randomFillSync } from 'node:crypto';

/**
 * A sortable, unique id: a millisecond timestamp then 80 random bits, in Crockford base32 (ULID layout).
 * Sortability keeps index inserts local and makes ids usable as rough creation-time cursors.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Random bytes are drawn from the CSPRNG 4 KiB at a time (as `crypto.randomUUID` does): one call per 256 ids instead
 * of one per id, which showed up on the hot paths. Each byte is used once.
 */
const POOL = Buffer.alloc(4096);
let poolOffset = POOL.length;

function random16(): Buffer {
  if (poolOffset + 16 > POOL.length) {
    randomFillSync(POOL);
    poolOffset = 0;
  }
  const bytes = POOL.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  return bytes;
}

function encodeTime(ms: number): string {
  let time = '';
  let t = Math.max(0, Math.floor(ms));
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  return time;
}

/** The smallest id with this prefix made at or after `ms`: ids made before it sort below, ids made from it on do not. */
export function idFloorAt(prefix: string, ms: number): string {
  return prefix + encodeTime(ms);
}

export function newId(prefix = '', now = Date.now()): string {
  const time = encodeTime(now);
  const random = random16();
  let rand = '';
  for (let i = 0; i < 16; i++) rand += ALPHABET[random[i]! % 32];
  return prefix + time + rand;
}
