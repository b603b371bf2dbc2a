import type { EventService } from '../modules/events/event.service.js';
import type { AttemptsRecorded } from '../modules/webhooks/endpoint-delivery.js';
import type { AttemptRecord } from '../modules/webhooks/message-store.js';
import type { Sql } from '../persistence/sql-pool.js';
import type { GatewayMetrics } from './metrics.js';
import { sharedPerScrape } from './scrape-cache.js';


/** delivered (2xx); retrying (failed, another attempt scheduled); failed (failed, the retry schedule ran out). */
function outcomeOf(record: AttemptRecord): 'delivered' | 'retrying' | 'failed' {
  if (record.ok) return 'delivered';
  return record.nextAttemptAt ? 'retrying' : 'failed';
}

interface BacklogRow {
  merchant_id: string;
  pending: number;
  oldest_seconds: number;
}

/**
 * Outgoing webhooks: attempts by merchant and outcome and their latency (from the delivery engine), endpoints disabled
 * by reason (from the WEBHOOK_ENDPOINT_DISABLED events this instance commits), and at scrape time the backlog per
 * merchant (PENDING deliveries and the age of the oldest) and endpoints by status, read from the database.
 */
export function registerWebhookMetrics(metrics: GatewayMetrics, events: EventService, sql: Sql): AttemptsRecorded {
  const attempts = metrics.counter(
    'agw_webhook_deliveries_total',
    'Webhook delivery attempts by merchant and outcome (delivered; retrying: failed, next attempt scheduled; failed: retry schedule exhausted)',
    ['merchant', 'outcome'],
  );
  const latency = metrics.histogram('agw_webhook_delivery_duration_seconds', 'Webhook attempt latency (request to answer, error or timeout) by result (ok, error)', ['result']);
  const disabled = metrics.counter('agw_webhook_endpoints_disabled_total', 'Webhook endpoints disabled, by reason (MANUAL, GONE: 410 answered, FAILING: failing for WEBHOOK_DISABLE_AFTER_DAYS)', ['reason']);
  events.onCommitted((committed) => {
    for (const event of committed) {
      if (event.type === 'WEBHOOK_ENDPOINT_DISABLED') disabled.inc({ reason: String(event.payload.reason ?? 'UNKNOWN') });
    }
  });

  const backlog = sharedPerScrape(() =>
    sql.query<BacklogRow>({
      text: `select merchant_id, count(*)::int as pending, extract(epoch from now() - min(created_at))::float8 as oldest_seconds
             from webhook_messages where status = 'PENDING' group by merchant_id`,
      values: [],
    }).catch(() => [] as BacklogRow[]), // a database hiccup leaves these series out of one scrape, not the whole scrape
  );
  metrics.gauge('agw_webhook_pending', 'Webhook deliveries waiting (PENDING: due, or waiting for a retry or a disabled endpoint) per merchant', ['merchant'], async (gauge) => {
    for (const row of await backlog()) gauge.set({ merchant: row.merchant_id }, row.pending);
  });
  metrics.gauge('agw_webhook_oldest_pending_seconds', 'Age of the oldest PENDING webhook delivery per merchant', ['merchant'], async (gauge) => {
    for (const row of await backlog()) gauge.set({ merchant: row.merchant_id }, row.oldest_seconds);
  });
  metrics.gauge('agw_webhook_endpoints', 'Webhook endpoints by status (ENABLED, DISABLED)', ['status'], async (gauge) => {
    const rows = await sql.query<{ status: string; n: number }>({ text: `select status, count(*)::int as n from webhook_endpoints group by status`, values: [] }).catch(() => []);
    for (const row of rows) gauge.set({ status: row.status }, row.n);
  });

  return (merchantId, records) => {
    for (const record of records) {
      attempts.inc({ merchant: merchantId, outcome: outcomeOf(record) });
      latency.observe({ result: record.ok ? 'ok' : 'error' }, record.latencyMs / 1000);
    }
  };
}
