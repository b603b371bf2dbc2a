import { AmsNotSentError, AmsOutcomeUnknownError, type AmsNotSentCode } from './errors.js';

/** What one attempt knows about itself when something fails. */
export interface AttemptFacts {
  /** A byte of the request could have reached the server. */
  connected: boolean;
  /** The attempt's own deadline fired (not a failure of the network). */
  timedOut: boolean;
  timeoutMs: number;
}

const NOT_SENT_BY_ERRNO: Record<string, AmsNotSentCode> = {
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ENOTFOUND: 'DNS_FAILURE',
  EAI_AGAIN: 'DNS_FAILURE',
  EAI_FAIL: 'DNS_FAILURE',
  EHOSTUNREACH: 'NETWORK_UNREACHABLE',
  ENETUNREACH: 'NETWORK_UNREACHABLE',
  EADDRNOTAVAIL: 'NETWORK_UNREACHABLE',
};

/** The errno of a network failure, whether the HTTP library wrapped it or not. */
function errnoOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  for (const candidate of [cause, code]) if (typeof candidate === 'string' && /^E[A-Z_]+$/.test(candidate)) return candidate;
  return '';
}

/**
 * "Not sent" only when no connection was ever made; everything after it is "outcome unknown", because the request
 * bytes may have reached AMS even if no answer came back.
 */
export function classifyNetworkError(error: unknown, facts: AttemptFacts): AmsNotSentError | AmsOutcomeUnknownError {
  if (facts.timedOut) {
    return facts.connected
      ? new AmsOutcomeUnknownError('TIMEOUT', `no response within ${facts.timeoutMs} ms after sending`)
      : new AmsNotSentError('CONNECT_TIMEOUT', `could not connect within ${facts.timeoutMs} ms`);
  }
  const errno = errnoOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const detail = errno || message;
  if (!facts.connected) {
    const code = NOT_SENT_BY_ERRNO[errno] ?? 'CONNECT_FAILED';
    return new AmsNotSentError(code, `connection failed before sending (${detail})`, { cause: error });
  }
  if (errno === 'ECONNRESET' || errno === 'EPIPE' || message === 'socket hang up' || message === 'aborted' || message.startsWith('connection closed')) {
    return new AmsOutcomeUnknownError('CONNECTION_RESET', `connection reset after sending (${detail})`, { cause: error });
  }
  return new AmsOutcomeUnknownError('NETWORK_ERROR', `network error after sending (${detail})`, { cause: error });
}
