import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, IsolatedCircuitError, type CircuitBreakerPolicy } from 'cockatiel';
import pLimit, { type LimitFunction } from 'p-limit';
import { AmsError, type AmsClient } from '../../ams/index.js';
import type { Logger } from '../../shared/logger.js';

export interface OutboundSettings {
  /** Concurrent calls per merchant toward AMS; more wait their turn in this process. */
  concurrency: number;
  /** Consecutive transport failures / 5xx that open the breaker of a merchant endpoint. */
  breakerFailures: number;
  /** Open → half-open after this long; one probe then decides. */
  breakerCooldownMs: number;
}

export const DEFAULT_OUTBOUND: OutboundSettings = { concurrency: 16, breakerFailures: 5, breakerCooldownMs: 10_000 };

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface OutboundStatus {
  merchantId: string;
  endpoint: string;
  inFlight: number;
  queued: number;
  maxInFlight: number;
  breaker: BreakerState;
  consecutiveFailures: number;
  lastFailure: string | null;
}

/**
 * Raised before anything is sent because the merchant endpoint's breaker is open: AMS provably never saw the
 * request, so callers record it exactly like the client's own NOT_SENT (callAms folds it in).
 */
export class OutboundRejectedError extends Error {
  override readonly name = 'OutboundRejectedError';
  readonly code = 'CIRCUIT_OPEN';
}

/**
 * What opens the breaker: the transport failing (no connection, reset, timeout) or the endpoint answering non-200
 * (5xx). A signed F or U is an answer from a healthy AMS and never counts; neither does a signature problem
 * (a key mismatch does not heal by waiting).
 */
function isEndpointFailure(error: Error): boolean {
  if (!(error instanceof AmsError)) return false;
  return error.code !== 'SIGNATURE_INVALID' && error.code !== 'SIGNATURE_MISSING';
}

function breakerState(state: CircuitState): BreakerState {
  switch (state) {
    case CircuitState.Closed:
      return 'CLOSED';
    case CircuitState.HalfOpen:
      return 'HALF_OPEN';
    case CircuitState.Open:
    case CircuitState.Isolated:
      return 'OPEN';
  }
}

interface Lane {
  endpoint: string;
  limit: LimitFunction;
  breaker: CircuitBreakerPolicy;
  consecutiveFailures: number;
  maxInFlight: number;
  lastFailure: string | null;
}

/**
 * Outbound protection per merchant: a concurrency limit (p-limit) so one tenant's burst cannot take every socket
 * and AMS rate limit, and a consecutive-failure circuit breaker (cockatiel) per merchant endpoint so a dead endpoint
 * fails fast instead of tying up requests for a full timeout each. State is per process (each instance protects
 * itself; the limit is therefore per instance).
 */
export class OutboundGuard {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly settings: OutboundSettings,
    private readonly logger: Logger,
  ) {}

  /** An AmsClient whose `call` goes through the merchant's limit and breaker (everything else is the client's). */
  wrap(merchantId: string, endpoint: string, client: AmsClient): AmsClient {
    const lane = this.lane(merchantId, endpoint);
    const guarded: AmsClient['call'] = (api, request, options) =>
      lane.limit(async () => {
        lane.maxInFlight = Math.max(lane.maxInFlight, lane.limit.activeCount);
        try {
          // A fresh signal per call: cockatiel's default is one shared never-aborted signal, and every concurrent
          // call hangs a listener on it (MaxListenersExceededWarning past 10 in flight).
          return await lane.breaker.execute(() => client.call(api, request, options), new AbortController().signal);
        } catch (error) {
          if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
            throw new OutboundRejectedError(`circuit open for merchant ${merchantId}'s AMS endpoint after ${lane.consecutiveFailures} consecutive failures; not sent`);
          }
          throw error;
        }
      });
    // A prototype-linked view: `instanceof AmsClient` and every other member stay the real client's.
    return Object.create(client, { call: { value: guarded } }) as AmsClient;
  }

  status(): OutboundStatus[] {
    return [...this.lanes.entries()].map(([merchantId, lane]) => ({
      merchantId,
      endpoint: lane.endpoint,
      inFlight: lane.limit.activeCount,
      queued: lane.limit.pendingCount,
      maxInFlight: lane.maxInFlight,
      breaker: breakerState(lane.breaker.state),
      consecutiveFailures: lane.consecutiveFailures,
      lastFailure: lane.lastFailure,
    }));
  }

  private lane(merchantId: string, endpoint: string): Lane {
    const existing = this.lanes.get(merchantId);
    // A new endpoint (merchant re-configured) starts with a fresh breaker: the old one judged another host.
    if (existing && existing.endpoint === endpoint) return existing;
    const breaker = circuitBreaker(handleWhen(isEndpointFailure), {
      halfOpenAfter: this.settings.breakerCooldownMs,
      breaker: new ConsecutiveBreaker(this.settings.breakerFailures),
    });
    const lane: Lane = {
      endpoint,
      limit: existing?.limit ?? pLimit(this.settings.concurrency),
      breaker,
      consecutiveFailures: 0,
      maxInFlight: existing?.maxInFlight ?? 0,
      lastFailure: null,
    };
    breaker.onFailure(({ reason }) => {
      lane.consecutiveFailures += 1;
      lane.lastFailure = 'error' in reason ? `${(reason.error as { code?: string }).code ?? reason.error.name}` : 'failure';
    });
    breaker.onSuccess(() => (lane.consecutiveFailures = 0));
    breaker.onStateChange((state) => this.logger.warn({ merchantId, breaker: breakerState(state) }, 'AMS endpoint circuit breaker changed state'));
    this.lanes.set(merchantId, lane);
    return lane;
  }
}
