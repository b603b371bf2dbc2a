import { isRepeatSafe, type AmsApiName } from '../wire/endpoints.js';
import type { ResultStatus } from '../wire/common.js';
import type { AmsError } from './errors.js';

export interface RetryOptions {
  /** Total attempts including the first; 1 disables retries. */
  maxAttempts: number;
  /** Upper bound of the first backoff; doubles per retry. */
  baseDelayMs: number;
  /** Cap of any single backoff. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 3_000 };

/**
 * U codes that are an answer, not a glitch: the action was accepted and is processing. Resending cannot speed it up
 * (the addendum says "do not resend" for REFUND_IN_PROCESS); the caller polls the inquiry API or waits for the
 * notification instead.
 */
export const IN_PROCESS_CODES: ReadonlySet<string> = new Set(['PAYMENT_IN_PROCESS', 'REFUND_IN_PROCESS', 'AUTH_IN_PROCESS']);

/** HTTP statuses that describe a passing condition; other non-200 statuses repeat identically. */
const TRANSIENT_HTTP_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Whether to resend the identical request after this error. */
export function shouldRetryError(api: AmsApiName, error: AmsError): boolean {
  if (error.outcome === 'NOT_SENT') return true;
  if (!isRepeatSafe(api)) return false;
  switch (error.code) {
    case 'TIMEOUT':
    case 'CONNECTION_RESET':
    case 'NETWORK_ERROR':
    case 'MALFORMED_RESPONSE':
    case 'MISSING_RESULT':
      return true;
    case 'HTTP_STATUS':
      return error.httpStatus !== undefined && (TRANSIENT_HTTP_STATUSES.has(error.httpStatus) || error.httpStatus >= 500);
    // A key mismatch does not heal by resending; surface it at once.
    case 'SIGNATURE_MISSING':
    case 'SIGNATURE_INVALID':
      return false;
    default:
      return false;
  }
}

/** Whether to resend after a result: only U, only for repeat-safe APIs, never for "in process", never for F. */
export function shouldRetryResult(api: AmsApiName, status: ResultStatus, code: string): boolean {
  if (status !== 'U') return false;
  if (!isRepeatSafe(api)) return false;
  return !IN_PROCESS_CODES.has(code);
}

/**
 * "Full jitter" backoff before retry number `retry` (1 = first retry): uniform in [0, min(max, base·2^(retry−1))].
 * Jitter spreads the retries of many callers hit by the same outage.
 */
export function backoffDelayMs(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const exponent = Math.max(0, retry - 1);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(exponent, 30));
  return Math.floor(random() * ceiling);
}
