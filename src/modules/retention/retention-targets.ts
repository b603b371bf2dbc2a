import { UNRESOLVED_AGGREGATES, UNRESOLVED_CYCLE, UNRESOLVED_SCHEDULE, type UnresolvedRule } from '../shared/unresolved-records.js';

export const RETENTION_TARGETS = ['webhook_attempts', 'webhook_messages', 'events', 'notification_inbox'] as const;
export type RetentionTargetName = (typeof RETENTION_TARGETS)[number];

/**
 * One table retention prunes. Rows are scanned in id order (ids grow with `createdColumn`), so the first row created
 * after the cutoff ends the scan; a row goes when its last activity is before the cutoff and nothing keeps it.
 */
export interface RetentionTarget {
  table: RetentionTargetName;
  idType: 'bigint' | 'text';
  /** Set once at insert, growing with the id. */
  createdColumn: string;
  /** When the row was last active (alias `t`). */
  lastActive: string;
  /** Rows that must stay whatever their age (alias `t`). */
  kept: string;
  /** Records the largest removed id per merchant (events: subscribers resuming from an older cursor are told). */
  marksPruned: boolean;
}

const stillNeeded = (rule: UnresolvedRule, idExpression: string) =>
  `exists (select 1 from ${rule.table} r where r.id = ${idExpression} and ${rule.where('r')})`;

const unresolvedAggregate = Object.entries(UNRESOLVED_AGGREGATES)
  .map(([type, rule]) => `(t.aggregate_type = '${type}' and ${stillNeeded(rule, 't.aggregate_id')})`)
  .join('\n    or ');

/**
 * An event stays while: its aggregate is unresolved (a payment not settled, an authorization not final, a schedule's
 * own events while the schedule runs, a cycle's events while the cycle is open); an OPEN reconciliation
 * discrepancy names its aggregate; a stored webhook delivery refers to it (a replay re-sends it); or the webhook
 * fan-out has not passed it yet.
 */
const EVENT_KEPT = `${unresolvedAggregate}
    or (t.aggregate_type = 'SCHEDULE' and (
          (t.payload->>'cycleId' is null and ${stillNeeded(UNRESOLVED_SCHEDULE, 't.aggregate_id')})
          or ${stillNeeded(UNRESOLVED_CYCLE, "t.payload->>'cycleId'")}))
    or exists (select 1 from reconciliation_discrepancies d where d.aggregate_id = t.aggregate_id and d.status = 'OPEN')
    or exists (select 1 from webhook_messages m where m.event_id = t.id)
    or t.id > coalesce((select c.last_event_id from webhook_cursor c where c.id = 1), 0)`;

/** Inbox kind → the aggregate its notification applies to. */
const INBOX_AGGREGATE = { payment: 'PAYMENT', refund: 'REFUND', authorization: 'AUTHORIZATION', registration: 'REGISTRATION' } as const;

/**
 * An inbox row stays while it was not applied (UNMATCHED: names nothing we know; ANOMALY: refused by the status
 * machine — both wait for an operator) or its record is unresolved.
 */
const INBOX_KEPT = `t.outcome in ('UNMATCHED', 'ANOMALY')
    or ${Object.entries(INBOX_AGGREGATE)
      .map(([kind, type]) => `(t.kind = '${kind}' and ${stillNeeded(UNRESOLVED_AGGREGATES[type]!, 't.aggregate_id')})`)
      .join('\n    or ')}`;

/** In the order they run: attempts before their messages, messages before the events they keep. */
export const RETENTION_TARGET_SPECS: readonly RetentionTarget[] = [
  {
    table: 'webhook_attempts',
    idType: 'bigint',
    createdColumn: 'attempted_at',
    lastActive: 't.attempted_at',
    // A delivery still being attempted keeps its whole log.
    kept: `exists (select 1 from webhook_messages m where m.id = t.message_id and m.status = 'PENDING')`,
    marksPruned: false,
  },
  {
    table: 'webhook_messages',
    idType: 'bigint',
    createdColumn: 'created_at',
    lastActive: 'coalesce(t.delivered_at, t.last_attempt_at, t.created_at)',
    kept: `t.status = 'PENDING'`,
    marksPruned: false,
  },
  { table: 'events', idType: 'bigint', createdColumn: 'created_at', lastActive: 't.created_at', kept: EVENT_KEPT, marksPruned: true },
  { table: 'notification_inbox', idType: 'text', createdColumn: 'received_at', lastActive: 't.last_received_at', kept: INBOX_KEPT, marksPruned: false },
];
