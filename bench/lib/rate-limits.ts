/**
 * Benchmarks keep the rate limiters on (their Postgres counters are part of each request's cost) but far above any
 * rate a bench reaches, so no request is refused and the figures stay comparable.
 */
export const BENCH_RATE_LIMITS = {
  RATE_LIMIT_KEY_PER_SECOND: '1000000',
  RATE_LIMIT_MERCHANT_PER_SECOND: '1000000',
  RATE_LIMIT_NOTIFY_PER_SECOND: '1000000',
} as const;
