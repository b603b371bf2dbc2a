import {
  isNeverSent,
  isOutcomeUnknown,
  type AmsApiName,
  type AmsClient,
  type AmsRequestOf,
  type AmsResponseOf,
} from '../../ams/index.js';
import { OutboundRejectedError } from '../ams-clients/outbound-guard.js';

/**
 * What one AMS call told us, flattened for services: S / F / U are AMS answers; UNKNOWN is a timeout or an
 * untrustworthy answer (handled exactly like U); NOT_SENT is proof that AMS never saw the request.
 */
export type AmsCallOutcome<B> =
  | { kind: 'S'; code: string; message: string; body: B }
  | { kind: 'F'; code: string; message: string; body: B }
  | { kind: 'U'; code: string; message: string; body: B }
  | { kind: 'UNKNOWN'; code: string; message: string }
  | { kind: 'NOT_SENT'; code: string; message: string };

export type AmsCallKind = AmsCallOutcome<unknown>['kind'];

/** Calls AMS and folds the client's typed transport errors into outcomes; anything else is a bug and throws. */
export async function callAms<K extends AmsApiName>(
  client: AmsClient,
  api: K,
  request: AmsRequestOf<K>,
): Promise<AmsCallOutcome<AmsResponseOf<K>>> {
  try {
    const result = await client.call(api, request);
    return { kind: result.status, code: result.code, message: result.message, body: result.body };
  } catch (error) {
    // The merchant endpoint's breaker refused before sending: as provably unsent as a refused connection.
    if (error instanceof OutboundRejectedError) return { kind: 'NOT_SENT', code: error.code, message: error.message };
    if (isNeverSent(error)) return { kind: 'NOT_SENT', code: error.code, message: error.message };
    if (isOutcomeUnknown(error)) return { kind: 'UNKNOWN', code: error.code, message: error.message };
    throw error;
  }
}

/**
 * The reason shown on a record left PROCESSING: `U PAYMENT_IN_PROCESS`, `TIMEOUT`, `UNKNOWN CONNECTION_RESET`.
 * Only for U and UNKNOWN outcomes.
 */
export function unresolvedReason(outcome: { kind: AmsCallKind; code: string }): string {
  if (outcome.kind === 'UNKNOWN') return outcome.code === 'TIMEOUT' ? 'TIMEOUT' : `UNKNOWN ${outcome.code}`;
  return `${outcome.kind} ${outcome.code}`;
}

/** What a payload shows about the AMS call it made (null when no call was made, e.g. an idempotent replay). */
export interface AmsCallSummary {
  status: AmsCallKind;
  code: string;
  message: string;
}

export function summarize(outcome: { kind: AmsCallKind; code: string; message: string }): AmsCallSummary {
  return { status: outcome.kind, code: outcome.code, message: outcome.message };
}

/** Failure code we record when a request provably never left (nothing happened at AMS; retry with a new request). */
export const NOT_SENT_CODE = 'NOT_SENT';
