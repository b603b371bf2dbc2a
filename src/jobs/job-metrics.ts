import type PgBoss from 'pg-boss';
import type { GatewayMetrics } from '../observability/metrics.js';

const STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;

/**
 * Jobs per queue and state (the dead-letter queue is one of the queues), from pg-boss's own state monitor
 * (`monitor-states`, every max(JOBS_MAINTENANCE_SECONDS, 10) s): the public way to read them, and one grouped
 * query per interval however often Prometheus scrapes.
 */
export function observeJobQueues(latestStates: () => PgBoss.MonitorStates | undefined, metrics: GatewayMetrics): void {
  metrics.gauge('agw_jobs', 'Jobs per queue and state, as of pg-boss\'s last state check', ['queue', 'state'], (gauge) => {
    for (const [queue, counts] of Object.entries(latestStates()?.queues ?? {})) {
      for (const state of STATES) gauge.set({ queue, state }, counts[state] ?? 0);
    }
  });
}
