import type { Logger } from '../../shared/logger.js';
import type { AmsApiName } from '../wire/endpoints.js';
import type { AmsErrorCode, AmsErrorOutcome } from './errors.js';

/** Everything in these events is already redacted: tokens, auth codes, signatures and keys never appear. */
export interface AmsRequestEvent {
  api: AmsApiName;
  attempt: number;
  method: 'POST';
  url: string;
  /** The idempotency key value (e.g. paymentRequestId) when the API has one. */
  requestId: string | undefined;
  headers: Record<string, string>;
  body: unknown;
}

export interface AmsResponseEvent {
  api: AmsApiName;
  attempt: number;
  requestId: string | undefined;
  durationMs: number;
  httpStatus: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface AmsErrorEvent {
  api: AmsApiName;
  attempt: number;
  requestId: string | undefined;
  durationMs: number;
  error: { name: string; code: AmsErrorCode; outcome: AmsErrorOutcome; message: string; httpStatus: number | undefined };
  willRetry: boolean;
  retryDelayMs: number | undefined;
}

export interface AmsRetryEvent {
  api: AmsApiName;
  attempt: number;
  requestId: string | undefined;
  /** Why: an error code, or `U:<resultCode>`. */
  reason: string;
  delayMs: number;
}

export interface AmsClientHooks {
  onRequest?(event: AmsRequestEvent): void;
  onResponse?(event: AmsResponseEvent): void;
  onError?(event: AmsErrorEvent): void;
  onRetry?(event: AmsRetryEvent): void;
}

/** Hooks that write to a pino logger: requests/responses at debug, errors and retries at warn. */
export function loggerHooks(logger: Logger): AmsClientHooks {
  return {
    onRequest: (event) => logger.debug({ ams: event }, 'ams request'),
    onResponse: (event) => logger.debug({ ams: event }, 'ams response'),
    onError: (event) => logger.warn({ ams: event }, 'ams call error'),
    onRetry: (event) => logger.warn({ ams: event }, 'ams retry'),
  };
}

/**
 * An event whose redacted parts are built only when a hook reads them (a property read, a spread or a JSON
 * serialisation), once: without debug logging no hook reads bodies or headers, and redacting them is then a deep
 * copy and a JSON parse per call for nothing.
 */
export function withLazyParts<Base extends object, Parts extends Record<string, unknown>>(
  base: Base,
  parts: { [K in keyof Parts]: () => Parts[K] },
): Base & Parts {
  const event = { ...base } as Base & Parts;
  for (const [name, build] of Object.entries(parts) as Array<[string, () => unknown]>) {
    let built: { value: unknown } | undefined;
    Object.defineProperty(event, name, {
      enumerable: true,
      configurable: true,
      get: () => (built ??= { value: build() }).value,
    });
  }
  return event;
}

/** Calls every hook set, isolating failures: a broken logging hook must never break a payment call. */
export function combineHooks(...sets: Array<AmsClientHooks | undefined>): Required<AmsClientHooks> {
  const present = sets.filter((set): set is AmsClientHooks => set !== undefined);
  const fanOut =
    <E>(pick: (set: AmsClientHooks) => ((event: E) => void) | undefined) =>
    (event: E) => {
      for (const set of present) {
        try {
          pick(set)?.call(set, event);
        } catch {
          // Deliberately ignored, see above.
        }
      }
    };
  return {
    onRequest: fanOut((set) => set.onRequest),
    onResponse: fanOut((set) => set.onResponse),
    onError: fanOut((set) => set.onError),
    onRetry: fanOut((set) => set.onRetry),
  };
}
