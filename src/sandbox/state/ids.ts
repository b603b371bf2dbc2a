import { randomBytes } from 'node:crypto';
import { formatAmsDateTime } from '../../shared/time.js';

let sequence = 0;

/**
 * Antom-looking numeric ids (`20240101190741010007000000001`-like): the UTC+8 date, a two-digit kind, a process-wide
 * sequence and random digits, 29 digits in all, unique within a process and unlikely to collide across restarts.
 */
export function numericId(kind: 'payment' | 'refund' | 'declaration', now: Date): string {
  const date = formatAmsDateTime(now).slice(0, 10).replaceAll('-', '');
  const kindDigits = kind === 'payment' ? '11' : kind === 'refund' ? '12' : '13';
  sequence = (sequence + 1) % 1_000_000_000;
  const random = randomBytes(4).readUInt32BE(0) % 1_000_000_000;
  return `${date}${kindDigits}${String(random).padStart(9, '0')}${String(sequence).padStart(10, '0')}`;
}

/** Opaque upper-case hex credentials (authCode, tokens), with a recognisable prefix. */
export function opaqueToken(prefix: string, bytes = 16): string {
  return prefix + randomBytes(bytes).toString('hex').toUpperCase();
}
