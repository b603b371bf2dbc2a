import type { NotifyPaymentBody } from '../../ams/index.js';
import type { Sql } from '../../persistence/sql-pool.js';
import type { GatewayEvent } from '../events/event.entity.js';
import type { EventLog } from '../events/event-log.js';
import { paymentMachine, PAYMENT_STATUSES } from '../payments/payment-status.js';
import { committedEvent, EVENT_INSERT_COLUMNS } from '../shared/first-transition.js';
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

/** The payments columns a notification may set, with their SQL types (anything else takes the general path). */
const SETTABLE: Record<string, string> = {
  amsPaymentId: 'text',
  failureCode: 'text',
  failureMessage: 'text',
  paymentTime: 'timestamptz',
  status: 'text',
  statusReason: 'text',
  updatedAt: 'timestamptz',
  pspCustomerInfo: 'jsonb',
  customsDeclarationAmount: 'jsonb',
};

/** A set value as the array element the statement unnests (jsonb elements travel as JSON text). */
function element(key: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return SETTABLE[key] === 'jsonb' ? JSON.stringify(value) : value;
}

/** One notification ready for the batch statement: nothing about it is decided yet. */
export interface FastPaymentNotification {
  entry: InboxEntry;
  paymentRequestId: string;
  /** Statuses the payment may move on from. */
  from: readonly string[];
  to: string;
  /** Columns to set (sorted keys = the statement's shape), status and updatedAt included. */
  set: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** The notification as the batch statement takes it, or null when only the general path can decide it. */
export function fastPaymentNotification(body: NotifyPaymentBody, entry: InboxEntry): FastPaymentNotification | null {
  if (!body.paymentRequestId) return null;
  const plan = paymentPlanFromNotification(body);
  if (!('to' in plan)) return null;
  const to = plan.to;
  const from = PAYMENT_STATUSES.filter((status) => decideTransition(paymentMachine, status, to).kind === 'apply');
  if (from.length === 0) return null;
  const set = { ...plan.set, status: to, updatedAt: entry.now } as Record<string, unknown>;
  if (Object.keys(set).some((key) => !(key in SETTABLE))) return null;
  return { entry, paymentRequestId: body.paymentRequestId, from, to, set, payload: plan.payload ?? {} };
}

/** Statements sharing a text (one per set of columns) can go in one batch. */
export function shapeOf(item: FastPaymentNotification): string {
  return Object.keys(item.set).sort().join(',');
}

interface AppliedRow {
  ord: string;
  payment_id: string;
  from_status: string;
  event_id: string;
}

const column = (property: string) => property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Payment notifications that move their payments on, recorded in ONE statement (one round trip, one commit) however
 * many there are: per notification the inbox row (outcome APPLIED), the status update and its event. Each applies
 * only when its payment is found by our paymentRequestId, sits in a status the machine allows to move to the notified
 * one, and no delivery with the same identity is in the inbox yet. The others change nothing and come back as null,
 * for the caller to record on the general path (NotificationService.receive), which decides exactly as before.
 *
 * All items must have one shape (`shapeOf`) and distinct payments (one row can move once per statement). Two
 * identical deliveries in concurrent statements cannot both apply: the second waits on the payment's row lock and
 * then finds the status moved (the `status = any(...)` re-check), so it changes nothing and falls back.
 *
 * The rows come in as one array per column through `unnest`, whose row count Postgres knows when it plans the call
 * (a JSON record set would be guessed at 100 rows and joined by scanning payments).
 */
export async function applyPaymentNotificationsFast(
  sql: Sql,
  events: EventLog,
  items: readonly FastPaymentNotification[],
): Promise<Array<{ paymentId: string } | null>> {
  if (items.length === 0) return [];
  const keys = Object.keys(items[0]!.set).sort();
  const values: unknown[] = [
    items.map((item) => item.entry.merchantId),
    items.map((item) => item.paymentRequestId),
    items.map((item) => item.from.join(',')),
    items.map((item) => item.entry.now),
    items.map((item) => item.entry.identity),
    items.map((item) => item.entry.inboxId),
    items.map((item) => item.entry.bodySha256),
    items.map((item) => item.entry.requestTime.slice(0, 64)),
    items.map((item) => item.entry.bodyJson),
    items.map((item) => JSON.stringify(item.payload)),
    ...keys.map((key) => items.map((item) => element(key, item.set[key]))),
  ];
  const setColumns = keys.map((key) => `x.${column(key)}`);
  const arrays = [
    '$1::text[]', '$2::text[]', '$3::text[]', '$4::timestamptz[]', '$5::text[]', '$6::text[]', '$7::text[]', '$8::text[]', '$9::jsonb[]', '$10::jsonb[]',
    ...keys.map((key, i) => `$${11 + i}::${SETTABLE[key]}[]`),
  ];
  const names = ['merchant_id', 'payment_request_id', 'from_list', 'now', 'identity', 'inbox_id', 'sha', 'request_time', 'body', 'payload', ...keys.map(column), 'ord'];
  // Order matters: `o` locks each payment, in id order (its status cannot change before `u`, and statements that
  // lock the same payments take them in the same order), `i` records a delivery only if that status may move on and
  // the identity is new (ON CONFLICT: the unique index decides, never a planner's choice), and `u` updates only the
  // payments whose delivery `i` inserted. So each item's three writes happen together or not at all.
  const text =
    `with x as (select * from unnest(${arrays.join(', ')}) with ordinality as x(${names.join(', ')})), ` +
    `o as (select p.id, p.merchant_id, p.status, x.ord from x join payments p on p.merchant_id = x.merchant_id and p.payment_request_id = x.payment_request_id order by p.id for update of p), ` +
    `i as (insert into notification_inbox (id, merchant_id, kind, identity, body_sha256, aggregate_id, outcome, detail, request_time, body, deliveries, received_at, last_received_at) ` +
    `select x.inbox_id, o.merchant_id, 'payment', x.identity, x.sha, o.id, 'APPLIED', o.status || ' → ' || x.status, x.request_time, x.body, 1, x.now, x.now ` +
    `from o join x on x.ord = o.ord where o.status = any(string_to_array(x.from_list, ',')) ` +
    `on conflict (merchant_id, kind, identity) do nothing returning aggregate_id), ` +
    `u as (update payments p set ${keys.map((key, i) => `${column(key)} = ${setColumns[i]}`).join(', ')} ` +
    `from o join x on x.ord = o.ord join i on i.aggregate_id = o.id where p.id = o.id ` +
    `returning p.id, p.merchant_id, o.status as from_status, x.status as to_status, x.payload, x.now, x.ord), ` +
    `e as (insert into events (${EVENT_INSERT_COLUMNS}) select nextval('events_id_seq'), u.merchant_id, 'PAYMENT', u.id, 'STATUS_CHANGED', u.from_status, u.to_status, u.payload, 'NOTIFICATION', u.now from u ` +
    `returning id::text as event_id, aggregate_id) ` +
    `select u.ord::text as ord, u.id as payment_id, u.from_status, e.event_id from u join e on e.aggregate_id = u.id order by e.event_id::bigint`;
  const rows = await sql.query<AppliedRow>({ text, values });
  const results: Array<{ paymentId: string } | null> = items.map(() => null);
  const committed: GatewayEvent[] = [];
  for (const row of rows) {
    const item = items[Number(row.ord) - 1]!;
    results[Number(row.ord) - 1] = { paymentId: row.payment_id };
    committed.push(
      committedEvent(
        {
          merchantId: item.entry.merchantId,
          aggregateType: 'PAYMENT',
          aggregateId: row.payment_id,
          type: 'STATUS_CHANGED',
          fromStatus: row.from_status,
          toStatus: item.to,
          payload: item.payload,
          source: 'NOTIFICATION',
          createdAt: item.entry.now,
        },
        row.event_id,
      ),
    );
  }
  if (committed.length > 0) events.announceCommitted(committed);
  return results;
}

/** One notification on its own (a batch of one). */
export async function applyPaymentNotificationFast(
  sql: Sql,
  events: EventLog,
  body: NotifyPaymentBody,
  entry: InboxEntry,
): Promise<{ paymentId: string } | null> {
  const item = fastPaymentNotification(body, entry);
  if (!item) return null;
  const [result] = await applyPaymentNotificationsFast(sql, events, [item]);
  return result ?? null;
}
