import type { EventType } from '../modules/events/event.entity.js';
import type { EventService } from '../modules/events/event.service.js';
import type { Sql } from '../persistence/sql-pool.js';
import type { GatewayMetrics } from './metrics.js';

const CYCLE_OUTCOMES: Partial<Record<EventType, string>> = {
  CYCLE_PAID: 'paid',
  CYCLE_FAILED: 'failed',
  CYCLE_SKIPPED: 'skipped',
  CYCLE_CANCELLED: 'cancelled',
};

/**
 * Recurring debits, counted from the SCHEDULE events this instance commits (every step of a schedule is one, so the
 * counters summed over instances count each step once): cycles by outcome, charges attempted and failed, dunning
 * retries scheduled; and at scrape time schedules by status, read from the database.
 */
export function registerScheduleMetrics(metrics: GatewayMetrics, events: EventService, sql: Sql): void {
  const cycles = metrics.counter('agw_schedule_cycles_total', 'Schedule cycles settled, by merchant and outcome (paid, failed, skipped, cancelled)', ['merchant', 'outcome']);
  const charges = metrics.counter('agw_schedule_charges_total', 'Schedule charge attempts (each an ordinary payment), by merchant', ['merchant']);
  const chargeFailures = metrics.counter('agw_schedule_charge_failures_total', 'Schedule charge attempts that failed, by merchant', ['merchant']);
  const retries = metrics.counter('agw_schedule_dunning_retries_total', 'Dunning retries scheduled after a retryable charge failure, by merchant', ['merchant']);
  events.onCommitted((committed) => {
    for (const event of committed) {
      if (event.aggregateType !== 'SCHEDULE') continue;
      const merchant = event.merchantId;
      const outcome = CYCLE_OUTCOMES[event.type];
      if (outcome) cycles.inc({ merchant, outcome });
      else if (event.type === 'CHARGE_ATTEMPTED') charges.inc({ merchant });
      else if (event.type === 'CHARGE_FAILED') chargeFailures.inc({ merchant });
      else if (event.type === 'RETRY_SCHEDULED') retries.inc({ merchant });
    }
  });
  metrics.gauge('agw_schedules', 'Schedules by status', ['status'], async (gauge) => {
    const rows = await sql.query<{ status: string; n: number }>({ text: `select status, count(*)::int as n from schedules group by status`, values: [] }).catch(() => []);
    for (const row of rows) gauge.set({ status: row.status }, row.n);
  });
}
