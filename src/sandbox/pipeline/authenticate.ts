import type { IncomingHttpHeaders } from 'node:http';
import { parseSignatureHeader, SignatureHeaderError, verifyMessage, type SignatureHeader } from '../../ams/signing/index.js';
import { parseAmsDateTime } from '../../shared/time.js';
import { failed, type AmsResult } from '../results.js';
import type { Client, ClientRegistry } from '../state/clients.js';

export type Authentication = { ok: true; client: Client } | { ok: false; result: AmsResult };

/** A header's single value; a repeated header counts by its first value. */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Request-Time is epoch milliseconds (Java, Go, current docs) or ISO-8601 (Python, PHP, .NET) — ams-spec §1.2. */
export function isValidRequestTime(value: string): boolean {
  return /^\d{10,16}$/.test(value) || parseAmsDateTime(value) !== null;
}

const fail = (code: string, message: string): Authentication => ({ ok: false, result: failed(code, message) });

/**
 * Step 3 of the pipeline (ams-spec §10.1): client-id, request-time and signature, verified on the exact path and body
 * bytes with the registered client's public key.
 */
export function authenticate(
  clients: ClientRegistry,
  headers: IncomingHttpHeaders,
  method: string,
  signedPath: string,
  body: Buffer,
): Authentication {
  const clientId = headerValue(headers, 'client-id');
  if (clientId === undefined || clientId === '') return fail('PARAM_ILLEGAL', 'client-id header is missing');
  const requestTime = headerValue(headers, 'request-time');
  if (requestTime === undefined || requestTime === '') return fail('PARAM_ILLEGAL', 'request-time header is missing');
  if (!isValidRequestTime(requestTime)) {
    return fail('PARAM_ILLEGAL', 'request-time header must be epoch milliseconds or an ISO-8601 date-time');
  }
  const client = clients.get(clientId);
  if (!client) return fail('INVALID_CLIENT', `client-id ${clientId.slice(0, 64)} is not registered`);
  if (!client.publicKey) return fail('KEY_NOT_FOUND', 'no public key is registered for this client');
  let signature: SignatureHeader;
  try {
    signature = parseSignatureHeader(headerValue(headers, 'signature'));
  } catch (error) {
    if (error instanceof SignatureHeaderError) return fail('INVALID_SIGNATURE', error.message);
    throw error;
  }
  if (signature.algorithm.toUpperCase() !== 'RSA256') {
    return fail('INVALID_SIGNATURE', `algorithm ${signature.algorithm.slice(0, 16)} is not RSA256`);
  }
  if (signature.keyVersion !== undefined && signature.keyVersion !== client.keyVersion) {
    return fail('KEY_NOT_FOUND', `no public key with keyVersion ${signature.keyVersion.slice(0, 16)} for this client`);
  }
  const parts = { method, path: signedPath, clientId, time: requestTime, body };
  if (!verifyMessage(parts, signature.signature, client.publicKey)) {
    return fail('INVALID_SIGNATURE', 'signature does not match the content and the registered public key');
  }
  return { ok: true, client };
}
