import type { RetentionService } from '../modules/retention/retention.service.js';
import type { GatewayMetrics } from './metrics.js';

/** Rows the retention job removed in this instance, by table, and when it last ran. */
export function registerRetentionMetrics(metrics: GatewayMetrics, retention: RetentionService): void {
  const removed = metrics.counter('agw_retention_deleted_total', 'Rows removed by the retention job, by table', ['table']);
  const lastRun = metrics.counter('agw_retention_runs_total', 'Retention job runs completed in this instance', []);
  retention.onRun((report) => {
    for (const [table, result] of Object.entries(report)) removed.inc({ table }, result.deleted);
    lastRun.inc();
  });
}
