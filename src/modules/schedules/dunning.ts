import type { ExhaustedPolicy } from './schedule.entity.js';

/**
 * What a failed charge attempt means for its cycle (ams-addendum B.1/B.2 "merchant action" column):
 * TECHNICAL — nothing was debited and the user declined nothing: the request never reached AMS, AMS has no such
 * payment (a crash before the request left), the payment was cancelled after its outcome stayed unknown, or AMS shed
 * traffic. Retried soon (minutes, with backoff) without spending a dunning retry; when those run out, RETRYABLE.
 * RETRYABLE — the user can fix it or it passes with time (balance, limits, a closed or cancelled order): try again
 * later with a new paymentRequestId, on the schedule's retry offsets.
 * REAUTHORIZE — the agreement is dead (token invalid, user gone, authorization no longer ACTIVE): stop the schedule.
 * FINAL — a decline not to be retried automatically (risk, KYC, contract, generic failures): the cycle fails now.
 */
export type FailureClass = 'TECHNICAL' | 'RETRYABLE' | 'REAUTHORIZE' | 'FINAL';

const RETRYABLE_CODES = new Set([
  'USER_BALANCE_NOT_ENOUGH',
  'USER_AMOUNT_EXCEED_LIMIT',
  'PAYMENT_COUNT_EXCEED_LIMIT',
  'SUSPECTED_RISK',
  'ORDER_IS_CLOSED',
  'ORDER_IS_CANCELED',
]);

/** Ours: NOT_SENT (AMS provably never saw the request), a payment CANCELLED after its outcome stayed unknown. */
const TECHNICAL_CODES = new Set(['ORDER_NOT_EXIST', 'REQUEST_TRAFFIC_EXCEED_LIMIT', 'NOT_SENT', 'CANCELLED']);

/** Codes that end the agreement; pay's own refusals (authorization not ACTIVE, token expired and not refreshable) too. */
const REAUTHORIZE_CODES = new Set(['INVALID_ACCESS_TOKEN', 'USER_NOT_EXIST', 'AUTHORIZATION_NOT_ACTIVE', 'TOKEN_EXPIRED']);

/** What the authorization looks like after the failed attempt. */
export interface AgreementState {
  active: boolean;
  /** A new access token was issued after the attempt was made (pay refreshes once after INVALID_ACCESS_TOKEN). */
  tokenRenewedSinceAttempt: boolean;
}

/**
 * After an INVALID_ACCESS_TOKEN pay refreshes the token once: when that worked (a token issued since the attempt)
 * the agreement is alive and the cycle is retried; when it failed the agreement is dead and the schedule stops.
 */
export function classifyFailure(code: string, agreement: AgreementState): FailureClass {
  if (!agreement.active) return 'REAUTHORIZE';
  if (code === 'INVALID_ACCESS_TOKEN') return agreement.tokenRenewedSinceAttempt ? 'RETRYABLE' : 'REAUTHORIZE';
  if (REAUTHORIZE_CODES.has(code)) return 'REAUTHORIZE';
  if (TECHNICAL_CODES.has(code)) return 'TECHNICAL';
  return RETRYABLE_CODES.has(code) ? 'RETRYABLE' : 'FINAL';
}

export interface DunningPolicy {
  /** Seconds after the cycle's first failure at which retry 1, 2, … runs. */
  retryOffsetsSeconds: readonly number[];
  onRetriesExhausted: ExhaustedPolicy;
}

/** When the retry after `failedAttempts` failures runs, or null when the policy has no retry left. */
export function nextRetryAt(policy: DunningPolicy, firstFailedAt: Date, failedAttempts: number): Date | null {
  const offset = policy.retryOffsetsSeconds[failedAttempts - 1];
  return offset === undefined ? null : new Date(firstFailedAt.getTime() + offset * 1000);
}

export const DEFAULT_RETRY_OFFSETS_SECONDS = [86_400, 3 * 86_400, 5 * 86_400] as const;

export interface TechnicalRetryPolicy {
  /** Delay before the first technical retry; each next one doubles it. */
  delaySeconds: number;
  /** Technical retries per cycle before a technical failure counts as a dunning failure. */
  maxRetries: number;
}

/** When technical retry number `technicalFailures` runs (counted from now), or null when they are spent. */
export function nextTechnicalRetryAt(policy: TechnicalRetryPolicy, now: Date, technicalFailures: number): Date | null {
  if (technicalFailures > policy.maxRetries) return null;
  return new Date(now.getTime() + policy.delaySeconds * 1000 * 2 ** (technicalFailures - 1));
}

export const DEFAULT_TECHNICAL_RETRY: TechnicalRetryPolicy = { delaySeconds: 60, maxRetries: 5 };
