import type { Response } from 'express';

/**
 * Why a notification was not acknowledged. Each maps to an HTTP status and a non-success AMS-shaped body, so AMS
 * (which only accepts the exact success body) keeps the notification pending and retries on its schedule.
 */
export const REFUSALS = {
  UNKNOWN_KIND: 404,
  UNKNOWN_MERCHANT: 404,
  MERCHANT_DISABLED: 403,
  MISSING_CLIENT_ID: 401,
  CLIENT_ID_MISMATCH: 401,
  MISSING_REQUEST_TIME: 401,
  STALE_REQUEST_TIME: 401,
  MISSING_SIGNATURE: 401,
  MALFORMED_SIGNATURE: 401,
  UNSUPPORTED_ALGORITHM: 401,
  SIGNATURE_MISMATCH: 401,
  METHOD_NOT_POST: 405,
  MALFORMED_BODY: 400,
  UNEXPECTED_BODY: 400,
  BODY_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  PROCESS_FAIL: 500,
} as const;
export type RefusalReason = keyof typeof REFUSALS;

export function refuse(res: Response, reason: RefusalReason): void {
  const status = REFUSALS[reason];
  const resultStatus = status >= 500 ? 'U' : 'F';
  res
    .status(status)
    .type('application/json; charset=UTF-8')
    .send(JSON.stringify({ result: { resultCode: reason, resultStatus, resultMessage: 'notification not accepted' } }));
}
