import type { Sql } from '../../persistence/sql-pool.js';
import { ENDPOINT_COLUMNS, type DisabledReason, type EndpointRow } from './webhook-endpoint.js';

/** `null` merchant: a platform admin, who reaches every merchant's endpoints. */
export type MerchantScope = string | null;

const SCOPED = `($2::text is null or merchant_id = $2)`;

export interface NewEndpointRow {
  id: string;
  merchantId: string;
  url: string;
  description: string;
  eventTypes: string[] | null;
  sealedSecret: string;
  now: Date;
}

export interface EndpointChanges {
  url?: string;
  description?: string;
  /** null: every event type; undefined: unchanged. */
  eventTypes?: string[] | null;
}

/** The SQL of webhook endpoints, in one place. Every read and write of a caller is scoped to its merchant. */
export class EndpointStore {
  constructor(private readonly sql: Sql) {}

  async insert(row: NewEndpointRow): Promise<EndpointRow> {
    // Events already in the log when the endpoint is created are not sent to it (replay them on purpose if wanted).
    const [created] = await this.sql.query<EndpointRow>({
      text: `insert into webhook_endpoints (id, merchant_id, url, description, event_types, status, secret, starts_after_event_id, created_at, updated_at)
             values ($1, $2, $3, $4, $5, 'ENABLED', $6, (select coalesce(max(id), 0) from events), $7, $7)
             returning ${ENDPOINT_COLUMNS}`,
      values: [row.id, row.merchantId, row.url, row.description, row.eventTypes, row.sealedSecret, row.now],
    });
    return created!;
  }

  async countOf(merchantId: string): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>({
      text: `select count(*)::int as n from webhook_endpoints where merchant_id = $1`,
      values: [merchantId],
    });
    return row?.n ?? 0;
  }

  async get(id: string, merchant: MerchantScope): Promise<EndpointRow | null> {
    const [row] = await this.sql.query<EndpointRow>({
      text: `select ${ENDPOINT_COLUMNS} from webhook_endpoints where id = $1 and ${SCOPED}`,
      values: [id, merchant],
    });
    return row ?? null;
  }

  /** Oldest first. `merchantId` null (admins only): every merchant's. */
  async list(merchantId: string | null): Promise<EndpointRow[]> {
    return this.sql.query<EndpointRow>({
      text: `select ${ENDPOINT_COLUMNS} from webhook_endpoints where ($1::text is null or merchant_id = $1) order by created_at, id`,
      values: [merchantId],
    });
  }

  async update(id: string, merchant: MerchantScope, changes: EndpointChanges, now: Date): Promise<EndpointRow | null> {
    const [row] = await this.sql.query<EndpointRow>({
      text: `update webhook_endpoints set
               url = coalesce($3, url),
               description = coalesce($4, description),
               event_types = case when $5::boolean then $6::text[] else event_types end,
               updated_at = $7
             where id = $1 and ${SCOPED} returning ${ENDPOINT_COLUMNS}`,
      values: [id, merchant, changes.url ?? null, changes.description ?? null, changes.eventTypes !== undefined, changes.eventTypes ?? null, now],
    });
    return row ?? null;
  }

  /** Re-enabling starts from the events after now, and forgets the failure streak. */
  async enable(id: string, merchant: MerchantScope, now: Date): Promise<EndpointRow | null> {
    const [row] = await this.sql.query<EndpointRow>({
      text: `update webhook_endpoints set status = 'ENABLED', disabled_reason = null, disabled_at = null, failing_since = null,
               starts_after_event_id = case when status = 'DISABLED' then (select coalesce(max(id), 0) from events) else starts_after_event_id end,
               updated_at = $3
             where id = $1 and ${SCOPED} returning ${ENDPOINT_COLUMNS}`,
      values: [id, merchant, now],
    });
    return row ?? null;
  }

  async delete(id: string, merchant: MerchantScope): Promise<boolean> {
    const rows = await this.sql.query<{ id: string }>({
      text: `delete from webhook_endpoints where id = $1 and ${SCOPED} returning id`,
      values: [id, merchant],
    });
    return rows.length > 0;
  }

  async rotate(id: string, merchant: MerchantScope, sealed: { secret: string; previous: string | null }, previousExpiresAt: Date | null, now: Date): Promise<EndpointRow | null> {
    const [row] = await this.sql.query<EndpointRow>({
      text: `update webhook_endpoints set secret = $3, previous_secret = $4, previous_secret_expires_at = $5, secret_rotated_at = $6, updated_at = $6
             where id = $1 and ${SCOPED} returning ${ENDPOINT_COLUMNS}`,
      values: [id, merchant, sealed.secret, sealed.previous, previousExpiresAt, now],
    });
    return row ?? null;
  }

  /**
   * Takes the endpoint for one delivery run: at most one run per endpoint across every instance, so its messages go
   * out in order. A run that crashed holds it until the lease ends. Only an ENABLED endpoint is taken.
   */
  async acquireLease(id: string, owner: string, seconds: number): Promise<EndpointRow | null> {
    const [row] = await this.sql.query<EndpointRow>({
      text: `update webhook_endpoints set lease_owner = $2, lease_until = now() + make_interval(secs => $3)
             where id = $1 and status = 'ENABLED' and (lease_until is null or lease_until < now() or lease_owner = $2)
             returning ${ENDPOINT_COLUMNS}`,
      values: [id, owner, seconds],
    });
    return row ?? null;
  }

  async renewLease(id: string, owner: string, seconds: number): Promise<boolean> {
    const rows = await this.sql.query<{ id: string }>({
      text: `update webhook_endpoints set lease_until = now() + make_interval(secs => $3) where id = $1 and lease_owner = $2 returning id`,
      values: [id, owner, seconds],
    });
    return rows.length > 0;
  }

  async releaseLease(id: string, owner: string): Promise<void> {
    await this.sql.query({
      text: `update webhook_endpoints set lease_owner = null, lease_until = null where id = $1 and lease_owner = $2`,
      values: [id, owner],
    });
  }

  /** After a delivered message: the failure streak ends. */
  async markHealthy(id: string): Promise<void> {
    await this.sql.query({
      text: `update webhook_endpoints set failing_since = null where id = $1 and failing_since is not null`,
      values: [id],
    });
  }

  /** After an all-failed batch: the streak starts now if it had not; returns since when it has been failing. */
  async markFailing(id: string, now: Date): Promise<Date | null> {
    const [row] = await this.sql.query<{ failing_since: Date | string }>({
      text: `update webhook_endpoints set failing_since = coalesce(failing_since, $2) where id = $1 returning failing_since`,
      values: [id, now],
    });
    return row ? new Date(row.failing_since) : null;
  }
}

/** The UPDATE that disables an endpoint (run inside the transaction that also appends its event, or alone). */
export const DISABLE_ENDPOINT_SQL = `update webhook_endpoints set status = 'DISABLED', disabled_reason = ?, disabled_at = ?, updated_at = ?
  where id = ? and status = 'ENABLED' returning id, merchant_id, url`;
export type DisableRow = { id: string; merchant_id: string; url: string };
export type { DisabledReason };
