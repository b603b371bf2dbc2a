import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import { TenantRecord } from '../shared/aggregate-columns.js';

/** The four AMS notification kinds, one receiver path segment each (see notifications/README.md). */
export const NOTIFICATION_KINDS = ['payment', 'refund', 'authorization', 'registration'] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

/**
 * APPLIED: a status changed. NOOP: already in that status (a late echo of an inquiry, say). ANOMALY: the status
 * machine refused it (e.g. FAILED after SUCCEEDED) — nothing changed, an ANOMALY event was appended.
 * UNMATCHED: verified, but names nothing we know (acknowledged, kept for operators). IGNORED: a kind of notice we do
 * not act on (e.g. PAYMENT_PENDING with an unknown shape).
 */
export const INBOX_OUTCOMES = ['APPLIED', 'NOOP', 'ANOMALY', 'UNMATCHED', 'IGNORED'] as const;
export type InboxOutcome = (typeof INBOX_OUTCOMES)[number];

/**
 * One verified AMS notification, recorded once. `identity` is what makes two deliveries "the same notification"
 * (see notification-identity.ts); the unique (merchant, kind, identity) key turns retries into no-ops. The stored
 * body is redacted: AUTHCODE_CREATED and TOKEN_CANCELED carry an authCode / access token, which never rest here.
 */
export class InboxEntry extends TenantRecord {
  kind!: NotificationKindName;
  identity!: string;
  /** SHA-256 of the raw body of the first delivery. */
  bodySha256!: string;
  /** Our aggregate it was applied to, when matched. */
  aggregateId: string | null = null;
  outcome!: InboxOutcome;
  detail: string | null = null;
  requestTime!: string;
  body: Record<string, unknown> = {};
  deliveries: number = 1;
  receivedAt!: Date;
  lastReceivedAt!: Date;
}

export const InboxEntrySchema = new EntitySchema<InboxEntry>({
  class: InboxEntry,
  tableName: 'notification_inbox',
  uniques: [{ name: 'notification_inbox_identity_unique', properties: ['merchantId', 'kind', 'identity'] }],
  indexes: [{ name: 'notification_inbox_merchant_id_id_index', properties: ['merchantId', 'id'] }],
  properties: {
    id: column.id,
    merchantId: column.text,
    kind: column.text,
    identity: column.text,
    bodySha256: column.text,
    aggregateId: column.optionalText,
    outcome: column.text,
    detail: column.optionalText,
    requestTime: column.text,
    body: column.json,
    deliveries: { ...column.int, default: 1 },
    receivedAt: column.timestamp,
    lastReceivedAt: column.timestamp,
  },
});
