import type { AmsApiName } from '../wire/endpoints.js';

/**
 * What a failed call means for the business action:
 * - `NOT_SENT`: the request provably never reached AMS (no connection was made), so nothing happened; resending is safe
 *   for every API.
 * - `UNKNOWN`: the request may have reached AMS and had an effect. Treat exactly like a `U` result: resend the identical
 *   request (idempotent APIs) or inquire; never assume failure.
 */
export type AmsErrorOutcome = 'NOT_SENT' | 'UNKNOWN';

export type AmsNotSentCode = 'CONNECTION_REFUSED' | 'DNS_FAILURE' | 'NETWORK_UNREACHABLE' | 'CONNECT_TIMEOUT' | 'CONNECT_FAILED';
export type AmsUnknownOutcomeCode =
  | 'TIMEOUT'
  | 'CONNECTION_RESET'
  | 'NETWORK_ERROR'
  | 'HTTP_STATUS'
  | 'MALFORMED_RESPONSE'
  | 'MISSING_RESULT'
  | 'SIGNATURE_MISSING'
  | 'SIGNATURE_INVALID';
export type AmsErrorCode = AmsNotSentCode | AmsUnknownOutcomeCode;

interface AmsErrorDetails {
  api?: AmsApiName | undefined;
  httpStatus?: number | undefined;
  cause?: unknown;
}

/** Base of every error the client raises for a call. Messages never contain bodies, tokens or keys. */
export abstract class AmsError extends Error {
  abstract readonly outcome: AmsErrorOutcome;
  /** Set by the client for errors raised inside a call. */
  api: AmsApiName | undefined;
  readonly httpStatus: number | undefined;
  /** Attempts made before giving up; set by the client. */
  attempts = 1;

  constructor(
    readonly code: AmsErrorCode,
    message: string,
    details: AmsErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.api = details.api;
    this.httpStatus = details.httpStatus;
  }
}

/** The connection was never established: AMS cannot have seen the request. */
export class AmsNotSentError extends AmsError {
  override readonly name = 'AmsNotSentError';
  readonly outcome = 'NOT_SENT' as const;
  declare readonly code: AmsNotSentCode;

  constructor(code: AmsNotSentCode, message: string, details: AmsErrorDetails = {}) {
    super(code, message, details);
  }
}

/** The request was (or may have been) sent, but no trustworthy answer came back. */
export class AmsOutcomeUnknownError extends AmsError {
  override readonly name: string = 'AmsOutcomeUnknownError';
  readonly outcome = 'UNKNOWN' as const;
  declare readonly code: AmsUnknownOutcomeCode;

  constructor(code: AmsUnknownOutcomeCode, message: string, details: AmsErrorDetails = {}) {
    super(code, message, details);
  }
}

/** An answer arrived but cannot be trusted or read: non-200, malformed JSON, no `result`. */
export class AmsResponseError extends AmsOutcomeUnknownError {
  override readonly name = 'AmsResponseError';
}

/** The response signature is missing (on an S) or does not verify: fail closed, the body is not used. */
export class AmsSignatureError extends AmsOutcomeUnknownError {
  override readonly name = 'AmsSignatureError';
}

export function isAmsError(error: unknown): error is AmsError {
  return error instanceof AmsError;
}

/** True when the caller must treat the call like a `U` result. */
export function isOutcomeUnknown(error: unknown): error is AmsOutcomeUnknownError {
  return error instanceof AmsError && error.outcome === 'UNKNOWN';
}

/** True when the request provably never left: safe to send again, even for non-idempotent APIs. */
export function isNeverSent(error: unknown): error is AmsNotSentError {
  return error instanceof AmsError && error.outcome === 'NOT_SENT';
}
