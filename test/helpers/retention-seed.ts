import pg from 'pg';
import type { TestGateway } from './gateway.js';

/**
 * Rows for the retention tests, written with plain SQL on the test's own database: records in a chosen status, then
 * made old by moving their timestamps back (retention judges age by those columns).
 */
export class RetentionSeed {
  private constructor(private readonly client: pg.Client) {}

  static async open(gw: TestGateway): Promise<RetentionSeed> {
    const client = new pg.Client({ connectionString: gw.database.url });
    await client.connect();
    return new RetentionSeed(client);
  }

  close(): Promise<void> {
    return this.client.end();
  }

  async query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(text, values)).rows;
  }

  async authorization(merchantId: string, id: string, status: string): Promise<void> {
    await this.query(
      `insert into authorizations (id, merchant_id, status, input_hash, created_at, updated_at, customer_belongs_to, auth_state, auth_redirect_url, scopes)
       values ($1, $2, $3, 'h', now(), now(), 'ALIPAY_CN', 's', 'https://merchant.example/return', '["AGREEMENT_PAY"]')`,
      [id, merchantId, status],
    );
  }

  async payment(merchantId: string, authorizationId: string, id: string, status: string): Promise<void> {
    await this.query(
      `insert into payments (id, merchant_id, status, input_hash, created_at, updated_at, authorization_id, payment_request_id, amount_value, currency,
                             payment_method_type, reference_order_id, order_description)
       values ($1, $2, $3, 'h', now(), now(), $4, $1, 100, 'USD', 'ALIPAY_CN', 'order', 'goods')`,
      [id, merchantId, status, authorizationId],
    );
  }

  async schedule(merchantId: string, authorizationId: string, id: string, status: string): Promise<void> {
    await this.query(
      `insert into schedules (id, merchant_id, authorization_id, status, amount_value, currency, interval, rule, time_zone, start_at, reference_order_id_template,
                              description, metadata, missed_cycle_policy, retry_offsets_seconds, on_retries_exhausted, next_cycle_number, input_hash, created_at, updated_at)
       values ($1, $2, $3, $4, 100, 'USD', 1, 'FREQ=DAILY', 'UTC', now(), '{schedule}-{cycle}', 'plan', '{}', 'ALL', '[]', 'PAST_DUE', 1, 'h', now(), now())`,
      [id, merchantId, authorizationId, status],
    );
  }

  async cycle(merchantId: string, scheduleId: string, id: string, cycleNumber: number, status: string): Promise<void> {
    await this.query(
      `insert into schedule_cycles (id, merchant_id, schedule_id, cycle_number, due_at, status, amount_value, currency, attempt_count, created_at, updated_at)
       values ($1, $2, $3, $4, now(), $5, 100, 'USD', 0, now(), now())`,
      [id, merchantId, scheduleId, cycleNumber, status],
    );
  }

  /** A reconciliation discrepancy about `aggregateId`, OPEN or RESOLVED. */
  async discrepancy(merchantId: string, id: string, aggregateId: string, status: 'OPEN' | 'RESOLVED'): Promise<void> {
    await this.query(
      `insert into reconciliation_imports (id, merchant_id, kind, layout, period_from, period_to, period_start, period_end, row_count, matched_row_count,
                                           ignored_row_count, discrepancy_count, checksum, size_bytes, imported_by, created_at)
       values ($1 || '_imp', $2, 'SETTLEMENT', 'CSV', '20260101', '20260101', now(), now(), 1, 0, 0, 1, 'c', 1, 'test', now())`,
      [id, merchantId],
    );
    await this.query(
      `insert into reconciliation_discrepancies (id, merchant_id, import_id, kind, status, transaction_type, aggregate_type, aggregate_id, message, created_at)
       values ($1, $2, $1 || '_imp', 'AMOUNT_MISMATCH', $3, 'PAYMENT', 'PAYMENT', $4, 'differs', now())`,
      [id, merchantId, status, aggregateId],
    );
  }

  /** A disabled endpoint: the fan-out queues nothing for it and no run starts, so its rows stay as written. */
  async disabledEndpoint(merchantId: string, id: string): Promise<void> {
    await this.query(
      `insert into webhook_endpoints (id, merchant_id, url, status, disabled_reason, disabled_at, secret, starts_after_event_id, created_at, updated_at)
       values ($1, $2, 'https://hooks.example/agw', 'DISABLED', 'MANUAL', now(), 'unused', 0, now(), now())`,
      [id, merchantId],
    );
  }

  /** A delivery (message) with `attempts` attempts, `daysAgo` old in every timestamp; returns its id. */
  async delivery(endpointId: string, merchantId: string, eventId: string, status: 'PENDING' | 'DELIVERED' | 'FAILED', attempts: number, daysAgo: number): Promise<string> {
    const [row] = await this.query<{ id: string }>(
      `insert into webhook_messages (webhook_id, endpoint_id, merchant_id, kind, event_id, event_type, aggregate_id, sort_key, status, attempt_count,
                                     next_attempt_at, last_attempt_at, delivered_at, created_at)
       values ('msg_' || $3, $1, $2, 'EVENT', $3::bigint, 'PAYMENT.STATUS_CHANGED', 'agg', $3::bigint, $4, $5, null,
               now() - make_interval(days => $6), case when $4 = 'DELIVERED' then now() - make_interval(days => $6) end, now() - make_interval(days => $6))
       returning id::text as id`,
      [endpointId, merchantId, eventId, status, attempts, daysAgo],
    );
    for (let i = 0; i < attempts; i++) {
      await this.query(
        `insert into webhook_attempts (message_id, endpoint_id, merchant_id, attempted_at, status_code, latency_ms, succeeded)
         values ($1, $2, $3, now() - make_interval(days => $4), 500, 10, false)`,
        [row!.id, endpointId, merchantId, daysAgo],
      );
    }
    return row!.id;
  }

  /** An inbox row of `kind` applied to `aggregateId`, received `daysAgo` days ago. */
  async inbox(merchantId: string, id: string, kind: string, aggregateId: string | null, outcome: string, daysAgo: number): Promise<void> {
    await this.query(
      `insert into notification_inbox (id, merchant_id, kind, identity, body_sha256, aggregate_id, outcome, request_time, body, deliveries, received_at, last_received_at)
       values ($1, $2, $3, $1, 'sha', $4, $5, '2026-01-01T00:00:00Z', '{}', 1, now() - make_interval(days => $6), now() - make_interval(days => $6))`,
      [id, merchantId, kind, aggregateId, outcome, daysAgo],
    );
  }

  async ageEvents(ids: readonly string[], days: number): Promise<void> {
    await this.query(`update events set created_at = now() - make_interval(days => $2) where id = any($1::bigint[])`, [ids, days]);
  }

  async existing(table: string, ids: readonly string[]): Promise<string[]> {
    const rows = await this.query<{ id: string }>(`select id::text as id from ${table} where id::text = any($1::text[]) order by id`, [ids]);
    return rows.map((r) => r.id);
  }
}
