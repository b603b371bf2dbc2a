import type { NotifyPaymentBody } from '../../ams/index.js';
import type { EntityTables } from '../../persistence/entity-tables.js';
import { committedEvent, eventInsertSql } from '../events/event-insert.js';
import type { GatewayEvent } from '../events/event.entity.js';
import { paymentMachine, PAYMENT_STATUSES } from '../payments/payment-status.js';
import { Payment } from '../payments/payment.entity.js';
import type { StatementDeps } from '../shared/operation-deps.js';
import { decideTransition } from '../shared/status-machine.js';
import { paymentPlanFromNotification } from './apply-payment.js';
import { appliedDetail, noopDetail } from './apply-result.js';
import { InboxEntry as InboxRow, type InboxOutcome } from './inbox.entity.js';
import { inboxInsertSql, storedRequestTime } from './inbox-insert.js';

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

/** One notification ready for the batch statement: nothing about it is decided yet. */
export interface FastPaymentNotification {
  entry: InboxEntry;
  paymentRequestId: string;
  /**
   * The inbox detail per status the statement may decide from: each status that may move to `to`, and `to` itself (a
   * repeat). A status not named here is left to the general path (a regression: an ANOMALY).
   */
  details: Record<string, string>;
  to: string;
  /** Columns to set (sorted keys = the statement's shape), status and updatedAt included. */
  set: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** What the batch statement did with one notification: moved its payment on, or recorded a repeat. */
export interface FastPaymentResult {
  paymentId: string;
  outcome: Extract<InboxOutcome, 'APPLIED' | 'NOOP'>;
}

/** The notification as the batch statement takes it, or null when only the general path can decide it. */
export function fastPaymentNotification(body: NotifyPaymentBody, entry: InboxEntry): FastPaymentNotification | null {
  if (!body.paymentRequestId) return null;
  const plan = paymentPlanFromNotification(body);
  if (!('to' in plan)) return null;
  const to = plan.to;
  const from = PAYMENT_STATUSES.filter((status) => decideTransition(paymentMachine, status, to).kind === 'apply');
  const details = { ...Object.fromEntries(from.map((status) => [status, appliedDetail(status, to)])), [to]: noopDetail(to) };
  const set = { ...plan.set, status: to, updatedAt: entry.now } as Record<string, unknown>;
  return { entry, paymentRequestId: body.paymentRequestId, details, to, set, payload: plan.payload ?? {} };
}

/** Statements sharing a text (one per set of columns) can go in one batch. */
export function shapeOf(item: FastPaymentNotification): string {
  return Object.keys(item.set).sort().join(',');
}

interface DecidedRow {
  ord: string;
  payment_id: string;
  from_status: string;
  /** Null for a repeat (it writes no event). */
  event_id: string | null;
}

/**
 * Payment notifications recorded in ONE statement (one round trip, one commit) however many there are, each as the
 * general path (applyTransition) would record it when its payment is found by our paymentRequestId and no delivery
 * with the same identity is in the inbox yet:
 * - the payment sits in a status the machine allows to move to the notified one: the inbox row (APPLIED), the status
 *   update and its event;
 * - the payment already has the notified status (a repeat, e.g. the notification of a payment the pay answer
 *   settled): the inbox row (NOOP) and, only when the notification adds or changes a column, that update, with no
 *   event.
 * The others change nothing and come back as null, for the caller to record on the general path
 * (NotificationService.receive), which decides alone.
 *
 * All items must have one shape (`shapeOf`) and distinct payments (one row can move once per statement). Two
 * identical deliveries in concurrent statements cannot both apply: the second waits on the payment's row lock and
 * then finds the status moved (its detail is no longer named for the new status), so it changes nothing and falls back.
 *
 * The rows come in as one array per column through `unnest`, whose row count Postgres knows when it plans the call
 * (a JSON record set would be guessed at 100 rows and joined by scanning payments).
 */
export async function applyPaymentNotificationsFast(
  deps: StatementDeps,
  items: readonly FastPaymentNotification[],
): Promise<Array<FastPaymentResult | null>> {
  if (items.length === 0) return [];
  const payments = deps.tables.of(Payment);
  const keys = Object.keys(items[0]!.set).sort();
  const values: unknown[] = [
    items.map((item) => item.entry.merchantId),
    items.map((item) => item.paymentRequestId),
    items.map((item) => JSON.stringify(item.details)),
    items.map((item) => item.entry.now),
    items.map((item) => item.entry.identity),
    items.map((item) => item.entry.inboxId),
    items.map((item) => item.entry.bodySha256),
    items.map((item) => storedRequestTime(item.entry.requestTime)),
    items.map((item) => item.entry.bodyJson),
    items.map((item) => JSON.stringify(item.payload)),
    ...keys.map((key) => items.map((item) => payments.parameter(key, item.set[key]))),
  ];
  const text = deps.tables.statement(`notify-payment:${keys.join(',')}`, (tables) => batchSql(tables, keys));
  const rows = await deps.sql.query<DecidedRow>({ text, values });
  const results: Array<FastPaymentResult | null> = items.map(() => null);
  const committed: GatewayEvent[] = [];
  for (const row of rows) {
    const item = items[Number(row.ord) - 1]!;
    results[Number(row.ord) - 1] = { paymentId: row.payment_id, outcome: row.event_id === null ? 'NOOP' : 'APPLIED' };
    if (row.event_id === null) continue;
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
  if (committed.length > 0) deps.events.announceCommitted(committed);
  return results;
}

/** One notification on its own (a batch of one). */
export async function applyPaymentNotificationFast(
  deps: StatementDeps,
  body: NotifyPaymentBody,
  entry: InboxEntry,
): Promise<FastPaymentResult | null> {
  const item = fastPaymentNotification(body, entry);
  if (!item) return null;
  const [result] = await applyPaymentNotificationsFast(deps, [item]);
  return result ?? null;
}

/**
 * The batch statement for one set of columns. Order matters: `o` locks each payment, in id order (its status cannot
 * change before `u`/`r`, and statements that lock the same payments take them in the same order), `i` records a
 * delivery only if the statement may decide from that status (its detail is named) and the identity is new (ON
 * CONFLICT: the unique index decides, never a planner's choice), `u` moves on only the payments whose delivery `i`
 * inserted, and `r` writes a repeat's columns only where one differs (as applyTransition's changedColumns). So each
 * item's writes happen together or not at all. Tables, columns and types come from the entities (entity-tables.ts).
 */
function batchSql(tables: EntityTables, keys: readonly string[]): string {
  const payments = tables.of(Payment);
  const column = (property: string) => payments.column(property);
  const arrays = [
    '$1::text[]', '$2::text[]', '$3::jsonb[]', '$4::timestamptz[]', '$5::text[]', '$6::text[]', '$7::text[]', '$8::text[]', '$9::jsonb[]', '$10::jsonb[]',
    ...keys.map((key, i) => `$${11 + i}::${payments.sqlType(key)}[]`),
  ];
  const names = ['merchant_id', 'payment_request_id', 'details', 'now', 'identity', 'inbox_id', 'sha', 'request_time', 'body', 'payload', ...keys.map((key) => `set_${column(key)}`), 'ord'];
  const found = `join ${payments.table} p on p.${column('merchantId')} = x.merchant_id and p.${column('paymentRequestId')} = x.payment_request_id`;
  const inbox = inboxInsertSql(
    tables,
    {
      id: 'x.inbox_id',
      merchantId: 'o.merchant_id',
      kind: "'payment'",
      identity: 'x.identity',
      bodySha256: 'x.sha',
      aggregateId: 'o.id',
      outcome: `case when o.status = x.set_${column('status')} then 'NOOP' else 'APPLIED' end`,
      detail: 'x.details ->> o.status',
      requestTime: 'x.request_time',
      body: 'x.body',
      receivedAt: 'x.now',
      lastReceivedAt: 'x.now',
    },
    'o join x on x.ord = o.ord where (x.details ->> o.status) is not null',
  );
  const assignments = payments.assignments(Object.fromEntries(keys.map((key) => [key, `x.set_${column(key)}`])));
  const event = eventInsertSql(
    tables,
    {
      merchantId: 'u.merchant_id',
      aggregateType: "'PAYMENT'",
      aggregateId: 'u.id',
      type: "'STATUS_CHANGED'",
      fromStatus: 'u.from_status',
      toStatus: 'u.to_status',
      payload: 'u.payload',
      source: "'NOTIFICATION'",
      createdAt: 'u.now',
    },
    'u',
  );
  // A repeat writes the notification's columns (not the status) only where one differs, and then updatedAt.
  const added = keys.filter((key) => key !== 'status' && key !== 'updatedAt');
  const repeat =
    added.length === 0
      ? null
      : `update ${payments.table} p set ${payments.assignments({ ...Object.fromEntries(added.map((key) => [key, `x.set_${column(key)}`])), updatedAt: 'x.now' })} ` +
        `from o join x on x.ord = o.ord join i on i.aggregate_id = o.id where p.${column('id')} = o.id and o.status = x.set_${column('status')} ` +
        `and (${added.map((key) => `p.${column(key)} is distinct from x.set_${column(key)}`).join(' or ')})`;
  return (
    `with x as (select * from unnest(${arrays.join(', ')}) with ordinality as x(${names.join(', ')})), ` +
    `o as (select p.${column('id')} as id, p.${column('merchantId')} as merchant_id, p.${column('status')} as status, x.ord from x ${found} order by p.${column('id')} for update of p), ` +
    `i as (${inbox} returning ${tables.of(InboxRow).column('aggregateId')} as aggregate_id), ` +
    `u as (update ${payments.table} p set ${assignments} ` +
    `from o join x on x.ord = o.ord join i on i.aggregate_id = o.id where p.${column('id')} = o.id and o.status <> x.set_${column('status')} ` +
    `returning p.${column('id')} as id, p.${column('merchantId')} as merchant_id, o.status as from_status, x.set_${column('status')} as to_status, x.payload, x.now, x.ord), ` +
    `e as (${event})${repeat ? `, r as (${repeat})` : ''} ` +
    `select x.ord::text as ord, o.id as payment_id, o.status as from_status, e.event_id from i join o on o.id = i.aggregate_id join x on x.ord = o.ord ` +
    `left join e on e.aggregate_id = o.id order by e.event_id::bigint nulls last`
  );
}
