import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'TOO_LARGE' | 'ABORTED' };

/**
 * Reads the raw body bytes (signatures cover them exactly, so they are never re-serialised). Past `limit` the bytes
 * are discarded but still drained, so the client can read the refusal instead of seeing a reset.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? { ok: false, reason: 'TOO_LARGE' } : { ok: true, bytes: Buffer.concat(chunks, size) }));
    request.on('error', () => resolve({ ok: false, reason: 'ABORTED' }));
    request.on('aborted', () => resolve({ ok: false, reason: 'ABORTED' }));
  });
}
