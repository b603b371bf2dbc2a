import type { IncomingHttpHeaders } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { verifySignatureHeader } from '../signing/index.js';
import { RESULT_STATUSES, type AmsResponseBody, type ResultStatus } from '../wire/common.js';
import { AmsResponseError, AmsSignatureError } from './errors.js';
import type { HttpReply } from './transport.js';

export type ResponseSignatureState =
  | { state: 'VERIFIED'; keyVersion: string | undefined }
  | { state: 'MISSING' }
  | { state: 'INVALID'; detail: string };

export interface SentRequestFacts {
  /** The path actually requested (sandbox prefix included), which the response signature also covers. */
  path: string;
  clientId: string;
}

function singleHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}

/** Checks `signature` over `POST <path>\n<client-id>.<response-time>.<raw body>` (ams-spec §2.4). */
export function checkResponseSignature(
  reply: HttpReply,
  sent: SentRequestFacts,
  alipayPublicKey: KeyObject,
): ResponseSignatureState {
  const header = singleHeader(reply.headers, 'signature');
  if (header === undefined || header.trim() === '') {
    return reply.headers['signature'] === undefined ? { state: 'MISSING' } : { state: 'INVALID', detail: 'signature header is empty or repeated' };
  }
  const responseTime = singleHeader(reply.headers, 'response-time');
  if (!responseTime) return { state: 'INVALID', detail: 'signed response has no single response-time header' };
  const responseClientId = singleHeader(reply.headers, 'client-id');
  if (responseClientId !== undefined && responseClientId !== sent.clientId) {
    return { state: 'INVALID', detail: 'response client-id differs from the request client-id' };
  }
  const check = verifySignatureHeader(
    { method: 'POST', path: sent.path, clientId: sent.clientId, time: responseTime, body: reply.body },
    header,
    alipayPublicKey,
  );
  return check.ok ? { state: 'VERIFIED', keyVersion: check.keyVersion } : { state: 'INVALID', detail: `${check.reason}: ${check.detail}` };
}

export interface SignaturePolicy {
  /** Accept an unsigned S. Off by default: an unsigned success could be forged. */
  allowUnsignedSuccess: boolean;
  /** Accept an unsigned F/U, flagged `signatureVerified: false` (gateway errors may be unsigned, Java PR #222). */
  allowUnsignedFailure: boolean;
}

export interface InterpretedResponse<Body extends AmsResponseBody> {
  status: ResultStatus;
  code: string;
  message: string;
  body: Body;
  signatureVerified: boolean;
}

function isResultStatus(value: unknown): value is ResultStatus {
  return typeof value === 'string' && (RESULT_STATUSES as readonly string[]).includes(value);
}

/**
 * Turns an HTTP reply into a trusted result or throws. Order matters: status, then the signature on the raw bytes
 * (a wrong signature is never accepted, whatever the body says), then the body, then the unsigned-answer policy.
 */
export function interpretResponse<Body extends AmsResponseBody>(
  reply: HttpReply,
  sent: SentRequestFacts,
  alipayPublicKey: KeyObject,
  policy: SignaturePolicy,
): InterpretedResponse<Body> {
  if (reply.status !== 200) {
    throw new AmsResponseError('HTTP_STATUS', `AMS answered HTTP ${reply.status}`, { httpStatus: reply.status });
  }
  const signature = checkResponseSignature(reply, sent, alipayPublicKey);
  if (signature.state === 'INVALID') {
    throw new AmsSignatureError('SIGNATURE_INVALID', `response signature rejected (${signature.detail})`, { httpStatus: 200 });
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.body.toString('utf8'));
  } catch {
    throw new AmsResponseError('MALFORMED_RESPONSE', `response body is not JSON (${reply.body.length} bytes)`, { httpStatus: 200 });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AmsResponseError('MALFORMED_RESPONSE', 'response body is not a JSON object', { httpStatus: 200 });
  }
  const result = (parsed as { result?: unknown }).result;
  if (result === null || typeof result !== 'object') {
    throw new AmsResponseError('MISSING_RESULT', 'response body has no result object', { httpStatus: 200 });
  }
  const { resultStatus, resultCode, resultMessage } = result as Record<string, unknown>;
  if (!isResultStatus(resultStatus) || typeof resultCode !== 'string' || resultCode === '') {
    throw new AmsResponseError('MISSING_RESULT', 'response result lacks a valid resultStatus/resultCode', { httpStatus: 200 });
  }

  const verified = signature.state === 'VERIFIED';
  if (!verified) {
    const allowed = resultStatus === 'S' ? policy.allowUnsignedSuccess : policy.allowUnsignedFailure;
    if (!allowed) {
      throw new AmsSignatureError('SIGNATURE_MISSING', `unsigned ${resultStatus} response rejected`, { httpStatus: 200 });
    }
  }
  return {
    status: resultStatus,
    code: resultCode,
    message: typeof resultMessage === 'string' ? resultMessage : '',
    body: parsed as Body,
    signatureVerified: verified,
  };
}
