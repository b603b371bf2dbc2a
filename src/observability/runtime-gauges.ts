import type { OutboundGuard } from '../modules/ams-clients/outbound-guard.js';
import type { GatewayMetrics } from './metrics.js';

const BREAKER_VALUE = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 } as const;

/** Connections of one pool: in use, idle, and callers waiting for one. */
export interface PoolStats {
  used: number;
  idle: number;
  waiting: number;
}

/** Gauges read at scrape time from state the gateway already keeps: outbound lanes per merchant, database pools. */
export function registerRuntimeGauges(metrics: GatewayMetrics, sources: { outbound: OutboundGuard; pools: Record<string, () => PoolStats | undefined> }): void {
  metrics.gauge('agw_outbound_breaker_state', 'Circuit breaker per merchant AMS endpoint: 0 closed, 1 half-open, 2 open', ['merchant'], (gauge) => {
    for (const lane of sources.outbound.status()) gauge.set({ merchant: lane.merchantId }, BREAKER_VALUE[lane.breaker]);
  });
  metrics.gauge('agw_outbound_in_flight', 'AMS calls in flight per merchant (OUTBOUND_CONCURRENCY caps it)', ['merchant'], (gauge) => {
    for (const lane of sources.outbound.status()) gauge.set({ merchant: lane.merchantId }, lane.inFlight);
  });
  metrics.gauge('agw_outbound_queued', 'AMS calls waiting for a slot per merchant', ['merchant'], (gauge) => {
    for (const lane of sources.outbound.status()) gauge.set({ merchant: lane.merchantId }, lane.queued);
  });
  metrics.gauge('agw_db_pool_connections', 'Database pool connections by pool and state (used, idle, waiting callers)', ['pool', 'state'], (gauge) => {
    for (const [pool, read] of Object.entries(sources.pools)) {
      const stats = read();
      if (!stats) continue;
      gauge.set({ pool, state: 'used' }, stats.used);
      gauge.set({ pool, state: 'idle' }, stats.idle);
      gauge.set({ pool, state: 'waiting' }, stats.waiting);
    }
  });
}
