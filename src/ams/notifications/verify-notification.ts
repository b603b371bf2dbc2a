import type { KeyObject } from 'node:crypto';
import { verifySignatureHeader } from '../signing/index.js';
import { RESULT_STATUSES } from '../wire/common.js';
import type { NotificationBodies, NotificationKind } from '../wire/notifications.js';

/** An incoming notification exactly as received, before any parsing. */
export interface RawNotification {
  method: string;
  /** The path plus query string as requested (e.g. `req.originalUrl`), without scheme and host. */
  path: string;
  clientId: string | undefined;
  requestTime: string | undefined;
  signature: string | undefined;
  /** The body bytes as received; verification is on these, never on a re-serialisation. */
  rawBody: Buffer;
}

export type NotificationRejectReason =
  | 'METHOD_NOT_POST'
  | 'MISSING_CLIENT_ID'
  | 'CLIENT_ID_MISMATCH'
  | 'MISSING_REQUEST_TIME'
  | 'MISSING_SIGNATURE'
  | 'MALFORMED_SIGNATURE'
  | 'UNSUPPORTED_ALGORITHM'
  | 'SIGNATURE_MISMATCH'
  | 'MALFORMED_BODY'
  | 'UNEXPECTED_BODY';

export type NotificationVerification<Body = Record<string, unknown>> =
  | { ok: true; clientId: string; requestTime: string; keyVersion: string | undefined; body: Body }
  | { ok: false; reason: NotificationRejectReason; detail: string };

export interface VerifyNotificationOptions {
  alipayPublicKey: KeyObject | string;
  /** The merchant's client id; a notification for another client id is rejected. */
  expectedClientId?: string;
}

type HeaderBag = Record<string, string | string[] | undefined>;

/** A single header value, or undefined when absent or repeated (a repeated security header is not trusted). */
function single(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  if (Array.isArray(value)) return value.length === 1 ? value[0] : undefined;
  return value;
}

/** Builds a `RawNotification` from Node-style lower-cased headers (express `req.headers`). */
export function rawNotificationFromHeaders(method: string, path: string, headers: HeaderBag, rawBody: Buffer): RawNotification {
  return {
    method,
    path,
    clientId: single(headers, 'client-id'),
    requestTime: single(headers, 'request-time'),
    signature: single(headers, 'signature'),
    rawBody,
  };
}

const reject = (reason: NotificationRejectReason, detail: string) => ({ ok: false as const, reason, detail });

/**
 * Verifies `POST <path>\n<client-id>.<request-time>.<raw body>` with Antom's public key (ams-spec §2.5), then parses
 * the body. Only a verified notification may change state; a rejected one must not be acknowledged.
 */
export function verifyNotification(
  raw: RawNotification,
  options: VerifyNotificationOptions,
): NotificationVerification {
  if (raw.method.toUpperCase() !== 'POST') return reject('METHOD_NOT_POST', `method ${raw.method} is not POST`);
  if (!raw.clientId) return reject('MISSING_CLIENT_ID', 'client-id header is missing');
  if (options.expectedClientId !== undefined && raw.clientId !== options.expectedClientId) {
    return reject('CLIENT_ID_MISMATCH', 'client-id header does not match this merchant');
  }
  if (!raw.requestTime) return reject('MISSING_REQUEST_TIME', 'request-time header is missing');
  const check = verifySignatureHeader(
    { method: 'POST', path: raw.path, clientId: raw.clientId, time: raw.requestTime, body: raw.rawBody },
    raw.signature,
    options.alipayPublicKey,
  );
  if (!check.ok) {
    const reason =
      check.reason === 'MISSING'
        ? 'MISSING_SIGNATURE'
        : check.reason === 'MALFORMED'
          ? 'MALFORMED_SIGNATURE'
          : check.reason === 'UNSUPPORTED_ALGORITHM'
            ? 'UNSUPPORTED_ALGORITHM'
            : 'SIGNATURE_MISMATCH';
    return reject(reason, check.detail);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.rawBody.toString('utf8'));
  } catch {
    return reject('MALFORMED_BODY', `body is not JSON (${raw.rawBody.length} bytes)`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return reject('MALFORMED_BODY', 'body is not a JSON object');
  return { ok: true, clientId: raw.clientId, requestTime: raw.requestTime, keyVersion: check.keyVersion, body: body as Record<string, unknown> };
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

function hasResult(body: Record<string, unknown>): boolean {
  const result = body['result'];
  if (result === null || typeof result !== 'object') return false;
  const { resultCode, resultStatus } = result as Record<string, unknown>;
  return isString(resultCode) && (RESULT_STATUSES as readonly unknown[]).includes(resultStatus);
}

/** The minimum each kind must carry to be acted on; returns what is missing, or undefined. */
export function missingNotificationFields(kind: NotificationKind, body: Record<string, unknown>): string | undefined {
  switch (kind) {
    case 'notifyPayment':
      if (!hasResult(body)) return 'result';
      if (!isString(body['notifyType'])) return 'notifyType';
      if (!isString(body['paymentId']) && !isString(body['paymentRequestId'])) return 'paymentId/paymentRequestId';
      return undefined;
    case 'notifyRefund':
      if (!hasResult(body)) return 'result';
      if (!isString(body['refundId']) && !isString(body['refundRequestId'])) return 'refundId/refundRequestId';
      return undefined;
    case 'notifyAuthorization':
      if (!isString(body['authorizationNotifyType'])) return 'authorizationNotifyType';
      return undefined;
    case 'notifyRegistrationStatus':
      if (!isString(body['registrationRequestId']) && !isString(body['referenceMerchantId'])) {
        return 'registrationRequestId/referenceMerchantId';
      }
      return undefined;
  }
}

/** Verifies and checks the body shape for the kind the receiving route expects. */
export function verifyNotificationAs<K extends NotificationKind>(
  kind: K,
  raw: RawNotification,
  options: VerifyNotificationOptions,
): NotificationVerification<NotificationBodies[K]> {
  const verified = verifyNotification(raw, options);
  if (!verified.ok) return verified;
  const missing = missingNotificationFields(kind, verified.body);
  if (missing !== undefined) return reject('UNEXPECTED_BODY', `${kind} body lacks ${missing}`);
  return { ...verified, body: verified.body as unknown as NotificationBodies[K] };
}

/** Guesses the kind from the body alone, for a single catch-all notification URL. */
export function classifyNotification(body: Record<string, unknown>): NotificationKind | undefined {
  if (isString(body['authorizationNotifyType'])) return 'notifyAuthorization';
  const notifyType = body['notifyType'];
  if (notifyType === 'REFUND_RESULT' || (notifyType !== undefined && isString(body['refundId']))) return 'notifyRefund';
  if (isString(notifyType) && (isString(body['paymentId']) || isString(body['paymentRequestId']))) return 'notifyPayment';
  if (body['registrationResult'] !== undefined || isString(body['registrationRequestId'])) return 'notifyRegistrationStatus';
  return undefined;
}
