export const ENDPOINT_STATUSES = ['ENABLED', 'DISABLED'] as const;
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];

/** Why an endpoint is disabled: by its merchant (or an admin), a 410 Gone answer, or failing for too long. */
export const DISABLED_REASONS = ['MANUAL', 'GONE', 'FAILING'] as const;
export type DisabledReason = (typeof DISABLED_REASONS)[number];

/** A merchant's webhook endpoint as the API shows it (never its secrets). */
export interface WebhookEndpoint {
  id: string;
  merchantId: string;
  url: string;
  description: string;
  /** null: every event type. */
  eventTypes: string[] | null;
  status: EndpointStatus;
  disabledReason: DisabledReason | null;
  disabledAt: Date | null;
  /** Every attempt since this time has failed (null after a success). */
  failingSince: Date | null;
  secretRotatedAt: Date | null;
  /** Until then the previous secret signs too. */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The row, with the sealed secrets (webhook-secret.ts) the delivery engine needs. */
export interface EndpointRow {
  id: string;
  merchant_id: string;
  url: string;
  description: string;
  event_types: string[] | null;
  status: EndpointStatus;
  disabled_reason: DisabledReason | null;
  disabled_at: Date | string | null;
  failing_since: Date | string | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | string | null;
  secret_rotated_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export const ENDPOINT_COLUMNS =
  'id, merchant_id, url, description, event_types, status, disabled_reason, disabled_at, failing_since, secret, previous_secret, previous_secret_expires_at, secret_rotated_at, created_at, updated_at';

export function dateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}

export function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    merchantId: row.merchant_id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    status: row.status,
    disabledReason: row.disabled_reason,
    disabledAt: dateOrNull(row.disabled_at),
    failingSince: dateOrNull(row.failing_since),
    secretRotatedAt: dateOrNull(row.secret_rotated_at),
    previousSecretExpiresAt: dateOrNull(row.previous_secret_expires_at),
    createdAt: dateOrNull(row.created_at)!,
    updatedAt: dateOrNull(row.updated_at)!,
  };
}
