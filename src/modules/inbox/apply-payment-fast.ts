import type { NotifyPaymentBody } from '../../ams/index.js';
import type { RawSql } from '../../persistence/raw-sql.js';
import type { EventLog } from '../events/event-log.js';
import { paymentMachine, PAYMENT_STATUSES } from '../payments/payment-status.js';
import { committedEvent, EVENT_INSERT_COLUMNS, setClause } from '../shared/first-transition.js';
import { decideTransition } from '../shared/status-machine.js';
import { paymentPlanFromNotification } from './apply-payment.js';

export interface InboxEntry {
  inboxId: string;
  merchantId: string;
  identity: string;
  bodySha256: string;
  requestTime: string;
  /** The body as stored (secrets redacted), JSON. */
  bodyJson: string;
  now: Date;
}

interface AppliedRow {
  payment_id: string;
  from_status: string;
  event_id: string;
}

/**
 * A payment notification that moves its payment on, recorded in ONE statement (one round trip, one commit): the
 * inbox row (outcome APPLIED), the status update and its event. It applies only when the payment is found by our
 * paymentRequestId, sits in a status the machine allows to move to the notified one, and no delivery with the same
 * identity is in the inbox yet. Anything else — a duplicate, a no-op, an anomaly, an unmatched or
 * ignored notification, a lookup by AMS paymentId — returns null, having changed nothing, and the caller records
 * it on the general path (NotificationService.receive), which decides exactly as before.
 *
 * Two identical deliveries at once cannot both apply: the second waits on the payment's row lock and then finds
 * the status moved (the `status = any(...)` re-check), so it changes nothing and falls back to the general path,
 * which records it as a duplicate.
 */
export async function applyPaymentNotificationFast(
  sql: RawSql,
  events: EventLog,
  body: NotifyPaymentBody,
  entry: InboxEntry,
): Promise<{ paymentId: string } | null> {
  if (!body.paymentRequestId) return null;
  const plan = paymentPlanFromNotification(body);
  if (!('to' in plan)) return null;
  const to = plan.to;
  const from = PAYMENT_STATUSES.filter((status) => decideTransition(paymentMachine, status, to).kind === 'apply');
  if (from.length === 0) return null;

  const set = { ...plan.set, status: to, updatedAt: entry.now } as Record<string, unknown>;
  const values: unknown[] = [entry.merchantId, body.paymentRequestId, from, entry.now, to];
  const assignments = setClause(set, values);
  const payload = plan.payload ?? {};
  values.push(entry.identity, entry.inboxId, entry.bodySha256, entry.requestTime.slice(0, 64), entry.bodyJson, JSON.stringify(payload));
  const n = values.length;
  const [identity, inboxId, sha, requestTime, bodyJson, payloadJson] = [n - 5, n - 4, n - 3, n - 2, n - 1, n].map((i) => `$${i}`);
  // Order matters: `o` locks the payment (so its status cannot change before `u`), `i` records the delivery only if
  // that status may move on and the identity is new (ON CONFLICT: the unique index decides, never a planner's
  // choice), and `u` updates only if `i` inserted. So the three writes happen together or not at all.
  const text =
    `with o as (select id, merchant_id, status from payments where merchant_id = $1 and payment_request_id = $2 for update), ` +
    `i as (insert into notification_inbox (id, merchant_id, kind, identity, body_sha256, aggregate_id, outcome, detail, request_time, body, deliveries, received_at, last_received_at) ` +
    `select ${inboxId}, o.merchant_id, 'payment', ${identity}, ${sha}, o.id, 'APPLIED', o.status || ' → ' || $5::text, ${requestTime}, ${bodyJson}::jsonb, 1, $4, $4 from o where o.status = any($3::text[]) ` +
    `on conflict (merchant_id, kind, identity) do nothing returning aggregate_id), ` +
    `u as (update payments p set ${assignments} from o, i where p.id = o.id and i.aggregate_id = o.id returning p.id, p.merchant_id, o.status as from_status), ` +
    `e as (insert into events (${EVENT_INSERT_COLUMNS}) select nextval('events_id_seq'), u.merchant_id, 'PAYMENT', u.id, 'STATUS_CHANGED', u.from_status, $5, ${payloadJson}::jsonb, 'NOTIFICATION', $4 from u returning id::text as event_id) ` +
    `select u.id as payment_id, u.from_status, (select event_id from e) as event_id from u`;
  const rows = await sql.query<AppliedRow>({ text, values });
  const row = rows[0];
  if (!row) return null;
  events.announceCommitted([
    committedEvent(
      {
        merchantId: entry.merchantId,
        aggregateType: 'PAYMENT',
        aggregateId: row.payment_id,
        type: 'STATUS_CHANGED',
        fromStatus: row.from_status,
        toStatus: to,
        payload,
        source: 'NOTIFICATION',
        createdAt: entry.now,
      },
      row.event_id,
    ),
  ]);
  return { paymentId: row.payment_id };
}
