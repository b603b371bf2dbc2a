import type { Sql } from '../../persistence/sql-pool.js';
import { EVENT_COLUMNS, toSequencedEvent, type SequencedEvent } from '../events/event-sequencer.js';
import { dateOrNull } from './webhook-endpoint.js';
import type { MessageStatus, WebhookAttempt, WebhookMessage } from './webhook-message.js';

/** A message ready for an attempt, with the event it carries (null for a ping). */
export interface DueMessage {
  id: string;
  webhookId: string;
  attemptCount: number;
  /** Failed attempts since it was queued or replayed: the index into the retry schedule. */
  retryStep: number;
  createdAt: Date;
  event: SequencedEvent | null;
}

/** The outcome of one attempt, as recorded. `nextAttemptAt` null and not ok: the schedule ran out (FAILED). */
export interface AttemptRecord {
  messageId: string;
  attemptedAt: Date;
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  responseBody: string | null;
  error: string | null;
  nextAttemptAt: Date | null;
}

/** Endpoint event-type filter: null = all; else `AGGREGATE.TYPE` or `AGGREGATE.*`. One definition for fan-out and replay. */
const TYPE_FILTER = `(w.event_types is null or (e.aggregate_type || '.' || e.type) = any(w.event_types) or (e.aggregate_type || '.*') = any(w.event_types))`;
/** The message columns an event gives, for fan-out and replay alike. */
const MESSAGE_FROM_EVENT = `'msg_' || e.id, w.id, e.merchant_id, 'EVENT', e.id, e.aggregate_type || '.' || e.type, e.aggregate_type || ':' || e.aggregate_id, e.id`;
/** The event's columns, read through the alias `e`. */
const EVENT_COLUMNS_OF_E = EVENT_COLUMNS.split(', ').map((column) => `e.${column}`).join(', ');
const MESSAGE_INSERT_COLUMNS = `(webhook_id, endpoint_id, merchant_id, kind, event_id, event_type, aggregate_id, sort_key, status, next_attempt_at, created_at)`;

/**
 * One statement: moves the fan-out cursor over (cursor, min($1, cursor + $2)] and queues a message for every enabled
 * endpoint of the event's merchant that wants it. The cursor row is locked, so instances take turns; the unique
 * (endpoint, event) makes a repeat a no-op. $1 must be a safe horizon (safe-horizon.ts): nothing at or below it can
 * still appear.
 */
export const FAN_OUT_SQL = `
with cursor_row as (select last_event_id from webhook_cursor where id = 1 for update),
bounds as (select last_event_id as after, greatest(last_event_id, least($1::bigint, last_event_id + $2::bigint)) as upto from cursor_row),
queued as (
  insert into webhook_messages ${MESSAGE_INSERT_COLUMNS}
  select ${MESSAGE_FROM_EVENT}, 'PENDING', $3::timestamptz, $3::timestamptz
  from bounds b
  join events e on e.id > b.after and e.id <= b.upto
  join webhook_endpoints w on w.merchant_id = e.merchant_id and w.status = 'ENABLED' and e.id > w.starts_after_event_id and ${TYPE_FILTER}
  order by e.id
  on conflict (endpoint_id, event_id) where event_id is not null do nothing
  returning endpoint_id
),
moved as (update webhook_cursor c set last_event_id = b.upto from bounds b where c.id = 1 and b.upto > c.last_event_id returning c.id)
select (select upto::text from bounds) as upto,
       coalesce((select array_agg(distinct endpoint_id) from queued), '{}') as endpoint_ids,
       exists (select 1 from webhook_endpoints where status = 'ENABLED') as any_endpoint,
       (select count(*) from moved)::int as moved`;

interface MessageRow {
  id: string;
  webhook_id: string;
  endpoint_id: string;
  merchant_id: string;
  kind: 'EVENT' | 'PING';
  event_id: string | null;
  event_type: string;
  status: MessageStatus;
  attempt_count: number;
  next_attempt_at: Date | string | null;
  last_attempt_at: Date | string | null;
  delivered_at: Date | string | null;
  created_at: Date | string;
}

const MESSAGE_COLUMNS =
  'm.id::text as id, m.webhook_id, m.endpoint_id, m.merchant_id, m.kind, m.event_id::text as event_id, m.event_type, m.status, m.attempt_count, m.next_attempt_at, m.last_attempt_at, m.delivered_at, m.created_at';

function toMessage(row: MessageRow): WebhookMessage {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    endpointId: row.endpoint_id,
    merchantId: row.merchant_id,
    kind: row.kind,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attemptCount: row.attempt_count,
    nextAttemptAt: dateOrNull(row.next_attempt_at),
    lastAttemptAt: dateOrNull(row.last_attempt_at),
    deliveredAt: dateOrNull(row.delivered_at),
    createdAt: dateOrNull(row.created_at)!,
  };
}

/** The SQL of webhook messages and attempts, in one place. */
export class MessageStore {
  constructor(private readonly sql: Sql) {}

  /**
   * The next messages of an endpoint to attempt now, oldest first: due, and with no earlier PENDING message of the
   * same aggregate (due or not) — so one aggregate's events reach an endpoint in order, and a batch holds at most one
   * message per aggregate (its messages can be sent side by side). `excluding`: messages already being attempted.
   */
  async due(endpointId: string, now: Date, limit: number, excluding: readonly string[] = []): Promise<DueMessage[]> {
    const rows = await this.sql.query<{ m_id: string; webhook_id: string; attempt_count: number; retry_step: number; m_created_at: Date | string } & Partial<Parameters<typeof toSequencedEvent>[0]>>({
      text: `select m.id::text as m_id, m.webhook_id, m.attempt_count, m.created_at as m_created_at, m.retry_step, ${EVENT_COLUMNS_OF_E}
             from webhook_messages m
             left join events e on e.id = m.event_id
             where m.endpoint_id = $1 and m.status = 'PENDING' and m.next_attempt_at <= $2 and m.id <> all($4::bigint[])
               and not exists (select 1 from webhook_messages p where p.endpoint_id = m.endpoint_id and p.status = 'PENDING'
                                 and p.aggregate_id = m.aggregate_id and p.sort_key < m.sort_key)
             order by m.sort_key, m.id
             limit $3`,
      values: [endpointId, now, limit, excluding],
    });
    return rows.map((row) => ({
      id: row.m_id,
      webhookId: row.webhook_id,
      attemptCount: row.attempt_count,
      retryStep: row.retry_step,
      createdAt: dateOrNull(row.m_created_at)!,
      event: row.id ? toSequencedEvent(row as Parameters<typeof toSequencedEvent>[0]) : null,
    }));
  }

  /** Records a batch of attempts and moves each message on (DELIVERED, next attempt, or FAILED) in one statement. */
  async record(endpointId: string, merchantId: string, attempts: AttemptRecord[]): Promise<void> {
    if (attempts.length === 0) return;
    await this.sql.query({
      text: `with r as (
               select * from jsonb_to_recordset($3::jsonb) as r(message_id bigint, attempted_at timestamptz, ok boolean, status_code int, latency_ms int, response_body text, error text, next_attempt_at timestamptz)
             ),
             logged as (
               insert into webhook_attempts (message_id, endpoint_id, merchant_id, attempted_at, status_code, latency_ms, response_body, error, succeeded)
               select message_id, $1, $2, attempted_at, status_code, latency_ms, response_body, error, ok from r
             )
             update webhook_messages m set
               status = case when r.ok then 'DELIVERED' when r.next_attempt_at is null then 'FAILED' else 'PENDING' end,
               attempt_count = m.attempt_count + 1,
               retry_step = case when r.ok then m.retry_step else m.retry_step + 1 end,
               next_attempt_at = case when r.ok then null else r.next_attempt_at end,
               last_attempt_at = r.attempted_at,
               delivered_at = case when r.ok then r.attempted_at else m.delivered_at end
             from r where m.id = r.message_id`,
      values: [
        endpointId,
        merchantId,
        JSON.stringify(
          attempts.map((a) => ({
            message_id: a.messageId,
            attempted_at: a.attemptedAt.toISOString(),
            ok: a.ok,
            status_code: a.statusCode,
            latency_ms: a.latencyMs,
            response_body: a.responseBody,
            error: a.error,
            next_attempt_at: a.nextAttemptAt?.toISOString() ?? null,
          })),
        ),
      ],
    });
  }

  async hasDue(endpointId: string, now: Date): Promise<boolean> {
    const rows = await this.sql.query({
      text: `select 1 from webhook_messages where endpoint_id = $1 and status = 'PENDING' and next_attempt_at <= $2 limit 1`,
      values: [endpointId, now],
    });
    return rows.length > 0;
  }

  /** Enabled endpoints with a message due now (the sweep: retries, and anything a crash left behind). */
  async endpointsWithDue(now: Date, limit: number): Promise<string[]> {
    const rows = await this.sql.query<{ endpoint_id: string }>({
      text: `select distinct m.endpoint_id from webhook_messages m join webhook_endpoints w on w.id = m.endpoint_id and w.status = 'ENABLED'
             where m.status = 'PENDING' and m.next_attempt_at <= $1 limit $2`,
      values: [now, limit],
    });
    return rows.map((r) => r.endpoint_id);
  }

  async fanOut(horizon: bigint, batch: number, now: Date): Promise<{ upto: bigint; endpointIds: string[]; anyEndpoint: boolean }> {
    const [row] = await this.sql.query<{ upto: string | null; endpoint_ids: string[]; any_endpoint: boolean }>({
      text: FAN_OUT_SQL,
      values: [horizon.toString(), batch, now],
    });
    return { upto: BigInt(row?.upto ?? '0'), endpointIds: row?.endpoint_ids ?? [], anyEndpoint: row?.any_endpoint ?? false };
  }

  async insertPing(endpointId: string, merchantId: string, webhookId: string, now: Date): Promise<WebhookMessage> {
    const [row] = await this.sql.query<MessageRow>({
      text: `insert into webhook_messages as m ${MESSAGE_INSERT_COLUMNS}
             values ($2, $1, $3, 'PING', null, 'WEBHOOK.PING', 'ping:' || $2, 0, 'PENDING', $4, $4)
             returning ${MESSAGE_COLUMNS}`,
      values: [endpointId, webhookId, merchantId, now],
    });
    return toMessage(row!);
  }

  /** Queues one message again from the start of the schedule (same webhook-id). */
  async replayOne(messageId: string, merchant: string | null, now: Date): Promise<WebhookMessage | null> {
    const [row] = await this.sql.query<MessageRow>({
      text: `update webhook_messages m set status = 'PENDING', retry_step = 0, next_attempt_at = $3
             where m.id = $1::bigint and ($2::text is null or m.merchant_id = $2) returning ${MESSAGE_COLUMNS}`,
      values: [messageId, merchant, now],
    });
    return row ? toMessage(row) : null;
  }

  /**
   * Queues again every event since `since` that the endpoint wants — already sent or never queued (created before
   * the endpoint, or while it was disabled) — up to the fan-out cursor (later ones are queued by the fan-out itself).
   */
  async replaySince(endpointId: string, since: Date, now: Date): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>({
      text: `with replayed as (
               insert into webhook_messages ${MESSAGE_INSERT_COLUMNS}
               select ${MESSAGE_FROM_EVENT}, 'PENDING', $3::timestamptz, $3::timestamptz
               from webhook_endpoints w
               join events e on e.merchant_id = w.merchant_id and e.created_at >= $2 and e.id <= (select last_event_id from webhook_cursor where id = 1)
               where w.id = $1 and ${TYPE_FILTER}
               order by e.id
               on conflict (endpoint_id, event_id) where event_id is not null
               do update set status = 'PENDING', retry_step = 0, next_attempt_at = excluded.next_attempt_at
               returning 1
             ) select count(*)::int as n from replayed`,
      values: [endpointId, since, now],
    });
    return row?.n ?? 0;
  }

  async get(messageId: string, merchant: string | null): Promise<WebhookMessage | null> {
    if (!/^\d+$/.test(messageId)) return null;
    const [row] = await this.sql.query<MessageRow>({
      text: `select ${MESSAGE_COLUMNS} from webhook_messages m where m.id = $1::bigint and ($2::text is null or m.merchant_id = $2)`,
      values: [messageId, merchant],
    });
    return row ? toMessage(row) : null;
  }

  /** Newest first, after the message id `before` (keyset), optionally of one status; `limit + 1` rows to see a next page. */
  async list(endpointId: string, before: string | null, limit: number, status: MessageStatus | null): Promise<WebhookMessage[]> {
    const rows = await this.sql.query<MessageRow>({
      text: `select ${MESSAGE_COLUMNS} from webhook_messages m
             where m.endpoint_id = $1 and ($2::bigint is null or m.id < $2::bigint) and ($3::text is null or m.status = $3)
             order by m.id desc limit $4`,
      values: [endpointId, before, status, limit],
    });
    return rows.map(toMessage);
  }

  /** Attempts of these messages, oldest first, grouped by message. */
  async attemptsOf(messageIds: string[]): Promise<Map<string, WebhookAttempt[]>> {
    const grouped = new Map<string, WebhookAttempt[]>(messageIds.map((id) => [id, []]));
    if (messageIds.length === 0) return grouped;
    // Qualified: a bare `id` in ORDER BY names the output column, the id as text ('10' before '9').
    const rows = await this.sql.query<{ id: string; message_id: string; attempted_at: Date | string; status_code: number | null; latency_ms: number; response_body: string | null; error: string | null; succeeded: boolean }>({
      text: `select id::text as id, message_id::text as message_id, attempted_at, status_code, latency_ms, response_body, error, succeeded
             from webhook_attempts where message_id = any($1::bigint[])
             order by webhook_attempts.message_id, webhook_attempts.id`,
      values: [messageIds],
    });
    for (const row of rows) {
      grouped.get(row.message_id)?.push({
        id: row.id,
        messageId: row.message_id,
        attemptedAt: dateOrNull(row.attempted_at)!,
        statusCode: row.status_code,
        latencyMs: row.latency_ms,
        responseBody: row.response_body,
        error: row.error,
        succeeded: row.succeeded,
      });
    }
    return grouped;
  }
}
