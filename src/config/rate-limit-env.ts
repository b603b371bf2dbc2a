import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const rate = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int('expected a whole number').min(0, 'expected 0 (off) or more').default(fallback));

/**
 * Rate limits (README "Hardened edges"): requests per second with a burst, per API key, per merchant and for the
 * notification receiver per merchant. 0 turns that limit off. Admins override them per merchant.
 */
export const rateLimitEnvSchema = z.object({
  RATE_LIMIT_KEY_PER_SECOND: rate(200),
  RATE_LIMIT_KEY_BURST: rate(400),
  RATE_LIMIT_MERCHANT_PER_SECOND: rate(500),
  RATE_LIMIT_MERCHANT_BURST: rate(1000),
  RATE_LIMIT_NOTIFY_PER_SECOND: rate(500),
  RATE_LIMIT_NOTIFY_BURST: rate(1000),
  /** The window the burst allowance refills over. */
  RATE_LIMIT_BURST_WINDOW_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(10)),
});

export type RateLimitEnv = z.infer<typeof rateLimitEnvSchema>;

/** A limit: `perSecond` requests in every second, plus up to `burst` more over the burst window; perSecond 0 = off. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface RateLimitConfig {
  readonly key: RateLimit;
  readonly merchant: RateLimit;
  readonly notifications: RateLimit;
  readonly burstWindowSeconds: number;
}

export function rateLimitConfigOf(e: RateLimitEnv): RateLimitConfig {
  return {
    key: { perSecond: e.RATE_LIMIT_KEY_PER_SECOND, burst: e.RATE_LIMIT_KEY_BURST },
    merchant: { perSecond: e.RATE_LIMIT_MERCHANT_PER_SECOND, burst: e.RATE_LIMIT_MERCHANT_BURST },
    notifications: { perSecond: e.RATE_LIMIT_NOTIFY_PER_SECOND, burst: e.RATE_LIMIT_NOTIFY_BURST },
    burstWindowSeconds: e.RATE_LIMIT_BURST_WINDOW_SECONDS,
  };
}
