import type { KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { formatSignatureHeader, signMessageAsync } from '../../ams/signing/index.js';
import { formatAmsDateTime } from '../../shared/time.js';
import type { ResponseBody } from '../results.js';
import { SANDBOX_VERSION } from '../version.js';

export interface SignedAnswer {
  method: string;
  /** The request's path as signed by the client (path + query). */
  path: string;
  clientId: string;
  now: Date;
  body: ResponseBody;
  /** The unsigned-gateway-error fault leaves the signature out. */
  unsigned?: boolean;
  status?: number;
  extraHeaders?: Record<string, string>;
}

/**
 * Writes an AMS answer: lower-case `client-id`, `response-time`, `signature` headers (the PHP and Python SDKs match
 * them case-sensitively) and a URL-encoded signature over the request's method and path, the response's client id and
 * time and the exact body bytes (ams-spec §1.3, §2.4). Signing runs on the libuv pool so both cores sign.
 */
export async function writeSigned(response: ServerResponse, privateKey: KeyObject, answer: SignedAnswer): Promise<void> {
  const body = JSON.stringify(answer.body);
  const responseTime = formatAmsDateTime(answer.now);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': answer.clientId,
    'response-time': responseTime,
    'x-ams-sandbox': SANDBOX_VERSION,
    ...answer.extraHeaders,
  };
  if (!answer.unsigned) {
    const signature = await signMessageAsync(
      { method: answer.method, path: answer.path, clientId: answer.clientId, time: responseTime, body },
      privateKey,
    );
    headers.signature = formatSignatureHeader(signature);
  }
  if (response.destroyed || response.headersSent) return;
  headers['content-length'] = String(Buffer.byteLength(body));
  response.writeHead(answer.status ?? 200, headers);
  response.end(body);
}

/** A plain JSON answer (control API). */
export function writeJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': String(Buffer.byteLength(body)),
    'x-ams-sandbox': SANDBOX_VERSION,
  });
  response.end(body);
}
