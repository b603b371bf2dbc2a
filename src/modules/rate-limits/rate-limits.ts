import { LRUCache } from 'lru-cache';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BurstyRateLimiter, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit, RateLimitConfig } from '../../config/rate-limit-env.js';
import type { DriverQueryable } from '../../persistence/sql-pool.js';
import type { Logger } from '../../shared/logger.js';
import { MerchantRateLimit } from './merchant-rate-limit.entity.js';

/** What a limit applies to: an API key, a merchant's requests, or the notifications received for a merchant. */
export type RateLimitScope = 'key' | 'merchant' | 'notifications';

export type RateVerdict = { allowed: true } | { allowed: false; scope: RateLimitScope; retryAfterSeconds: number };

export interface EffectiveRateLimits {
  key: RateLimit;
  merchant: RateLimit;
  notifications: RateLimit;
}

/** How long an instance reuses a merchant's override; a change made on another instance applies within this. */
export const OVERRIDE_CACHE_MS = 5_000;
/** A merchant without an override, as cached (the cache holds no null). */
const NONE = Symbol('no override');
const ALLOWED: RateVerdict = { allowed: true };

interface Consumer {
  consume(key: string): Promise<unknown>;
}

/**
 * Requests per second with a burst, counted in Postgres by rate-limiter-flexible so that every instance shares the
 * counts: a fixed one-second window of `perSecond` points, and past it a second window of `burst` points over
 * RATE_LIMIT_BURST_WINDOW_SECONDS (its BurstyRateLimiter). Limiters are shared per (scope, limit); a merchant's
 * override only changes the limit its counters are compared with. When the store cannot be reached the request is let
 * through and logged: an outage of the counters must not become an outage of payments.
 */
export class RateLimits {
  private readonly limiters = new Map<string, Consumer>();
  /** Each merchant's override (or its absence, `NONE`), reused for OVERRIDE_CACHE_MS. */
  private readonly overrides = new LRUCache<string, MerchantRateLimit | typeof NONE>({ max: 10_000, ttl: OVERRIDE_CACHE_MS });

  constructor(
    /** The counters' connections: the gateway's statement pool, whose statement naming suits its pooler. */
    private readonly store: DriverQueryable,
    private readonly rootEm: EntityManager,
    private readonly config: RateLimitConfig,
    private readonly logger: Logger,
  ) {}

  /** An authenticated GraphQL request or subscribe: its key's limit, then its merchant's. */
  async forRequest(actor: { keyId: string; merchantId: string | null }): Promise<RateVerdict> {
    const limits = await this.effective(actor.merchantId);
    const byKey = await this.consume('key', actor.keyId, limits.key);
    if (!byKey.allowed || actor.merchantId === null) return byKey;
    return this.consume('merchant', actor.merchantId, limits.merchant);
  }

  /** A notification for a merchant that exists (the receiver asks after looking it up). */
  async forNotification(merchantId: string): Promise<RateVerdict> {
    return this.consume('notifications', merchantId, (await this.effective(merchantId)).notifications);
  }

  /** The limits that apply to a merchant: its override where set, else the environment's defaults. */
  async effective(merchantId: string | null): Promise<EffectiveRateLimits> {
    const override = merchantId === null ? null : await this.override(merchantId);
    const pick = (perSecond: number | null | undefined, burst: number | null | undefined, fallback: RateLimit): RateLimit => ({
      perSecond: perSecond ?? fallback.perSecond,
      burst: burst ?? fallback.burst,
    });
    return {
      key: pick(override?.keyPerSecond, override?.keyBurst, this.config.key),
      merchant: pick(override?.merchantPerSecond, override?.merchantBurst, this.config.merchant),
      notifications: pick(override?.notificationsPerSecond, override?.notificationsBurst, this.config.notifications),
    };
  }

  /** After an admin changed a merchant's override on this instance. */
  forget(merchantId: string): void {
    this.overrides.delete(merchantId);
  }

  private async override(merchantId: string): Promise<MerchantRateLimit | null> {
    const cached = this.overrides.get(merchantId);
    if (cached !== undefined) return cached === NONE ? null : cached;
    const value = await this.rootEm.fork().findOne(MerchantRateLimit, { merchantId });
    this.overrides.set(merchantId, value ?? NONE);
    return value;
  }

  private async consume(scope: RateLimitScope, id: string, limit: RateLimit): Promise<RateVerdict> {
    if (limit.perSecond <= 0) return ALLOWED;
    try {
      await this.limiter(scope, limit).consume(id);
      return ALLOWED;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, scope, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
      this.logger.warn({ err: rejection, scope }, 'rate limit store unavailable; request let through');
      return ALLOWED;
    }
  }

  private limiter(scope: RateLimitScope, limit: RateLimit): Consumer {
    const name = `${scope}:${limit.perSecond}:${limit.burst}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const store = (keyPrefix: string, points: number, duration: number) =>
        new RateLimiterPostgres({
          storeClient: this.store,
          storeType: 'pool',
          schemaName: 'rate_limit',
          tableName: 'counters',
          tableCreated: true, // by the migration
          // One limiter per instance deletes expired counters (every 5 minutes); they all share the table.
          clearExpiredByTimeout: this.limiters.size === 0 && keyPrefix === scope,
          keyPrefix,
          points,
          duration,
        });
      const perSecond = store(scope, limit.perSecond, 1);
      limiter = limit.burst > 0 ? new BurstyRateLimiter(perSecond, store(`${scope}-burst`, limit.burst, this.config.burstWindowSeconds)) : perSecond;
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}
