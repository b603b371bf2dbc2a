/**
 * The single-statement hot paths (pay intent, first transition, payment notification) on the real database: what
 * they write when they apply, and that whenever they decline they have written NOTHING, so the general path that
 * takes over decides alone (replay, mismatch, refusal, duplicate, anomaly).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotifyPaymentBody } from '../../../src/ams/index.js';
import type { GatewayEvent } from '../../../src/modules/events/event.entity.js';
import {
  applyPaymentNotificationFast,
  applyPaymentNotificationsFast,
  fastPaymentNotification,
  type InboxEntry,
} from '../../../src/modules/inbox/apply-payment-fast.js';
import { PaymentNotificationBatcher } from '../../../src/modules/inbox/payment-notification-batcher.js';
import type { SqlStatement } from '../../../src/persistence/sql-pool.js';
import { insertPayIntent, type PayIntent } from '../../../src/modules/payments/pay-intent.js';
import { paymentMachine } from '../../../src/modules/payments/payment-status.js';
import { Payment } from '../../../src/modules/payments/payment.entity.js';
import { recordFirstTransition } from '../../../src/modules/shared/first-transition.js';
import { newId } from '../../../src/shared/ids.js';
import { subscribe } from '../../helpers/notify-env.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
let authorizationId: string;
const announced: GatewayEvent[] = [];

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Fast paths merchant');
  ({ authorizationId } = await authorize(h, m.key));
  h.gateway.services.events.onCommitted((events) => announced.push(...events));
});
afterAll(async () => h?.close());

const ops = () => h.gateway.services.operations;
const rows = (sql: string, params: unknown[] = []) => h.gateway.orm.em.getConnection().execute<Array<Record<string, unknown>>>(sql, params as never[], 'all');

function intent(overrides: Partial<PayIntent> = {}): PayIntent {
  const id = newId('pay_');
  return {
    id,
    merchantId: m.merchantId,
    authorizationId,
    paymentRequestId: id,
    amountValue: '1234',
    currency: 'USD',
    referenceOrderId: 'order-1',
    orderDescription: 'fast path',
    idempotencyKey: null,
    inputHash: 'h',
    now: new Date(),
    merchantRegion: null,
    userRegion: null,
    settlementCurrency: null,
    paymentExpiryTime: null,
    orderDetails: null,
    ...overrides,
  };
}

describe('pay intent in one statement', () => {
  it('inserts the PENDING payment with its CREATED event (announced after the commit) and returns the token to send', async () => {
    const wanted = intent();
    const before = announced.length;
    const made = await insertPayIntent(ops(), wanted);
    expect(made?.record).toMatchObject({ id: wanted.id, status: 'PENDING', amountValue: '1234', paymentMethodType: 'GCASH' });
    expect(made?.authorization.accessTokenEncrypted).toEqual(expect.any(String));
    const [stored] = await rows('select status, amount_value::text as amount, payment_method_type from payments where id = ?', [wanted.id]);
    expect(stored).toEqual({ status: 'PENDING', amount: '1234', payment_method_type: 'GCASH' });
    const events = await rows('select id::text as id, type, to_status, source from events where aggregate_id = ?', [wanted.id]);
    expect(events).toEqual([{ id: expect.any(String), type: 'CREATED', to_status: 'PENDING', source: 'API' }]);
    expect(announced.slice(before).map((e) => [e.id, e.type])).toEqual([[events[0]!['id'], 'CREATED']]);
  });

  it.each([
    ['an unknown authorization', () => intent({ authorizationId: 'aut_unknown' })],
    ["another merchant's authorization", () => intent({ merchantId: 'mer_other' })],
    ['an access token known to be expired', () => intent({ now: new Date(Date.now() + 10 * 365 * 86_400_000) })],
  ])('declines %s and writes nothing', async (_label, make) => {
    const paymentsBefore = await h.count('payments');
    const eventsBefore = await h.count('events');
    expect(await insertPayIntent(ops(), make())).toBeNull();
    expect(await h.count('payments')).toBe(paymentsBefore);
    expect(await h.count('events')).toBe(eventsBefore);
  });

  it('declines a reused idempotency key or paymentRequestId (the general path answers replay or mismatch)', async () => {
    const first = intent({ idempotencyKey: 'fast-key-1' });
    expect(await insertPayIntent(ops(), first)).not.toBeNull();
    const eventsBefore = await h.count('events');
    expect(await insertPayIntent(ops(), intent({ idempotencyKey: 'fast-key-1' }))).toBeNull();
    expect(await insertPayIntent(ops(), intent({ paymentRequestId: first.paymentRequestId }))).toBeNull();
    expect(await h.count('events')).toBe(eventsBefore);
  });
});

describe('first transition in one statement', () => {
  it('applies PENDING → SUCCEEDED with its event, and declines once the row has moved on', async () => {
    const made = (await insertPayIntent(ops(), intent()))!;
    const record = made.record;
    const now = new Date();
    const applied = await recordFirstTransition(ops(), {
      entityName: Payment,
      aggregateType: 'PAYMENT',
      machine: paymentMachine,
      record,
      to: 'SUCCEEDED',
      set: { amsPaymentId: 'AMS-1', statusReason: null },
      payload: { paymentId: 'AMS-1' },
      source: 'RESPONSE',
      now,
    });
    expect(applied).toMatchObject({ status: 'SUCCEEDED', amsPaymentId: 'AMS-1' });
    const [stored] = await rows('select status, ams_payment_id from payments where id = ?', [record.id]);
    expect(stored).toEqual({ status: 'SUCCEEDED', ams_payment_id: 'AMS-1' });

    // The same request against a record still believed PENDING: the row is SUCCEEDED, so nothing is written.
    const stale = Object.assign(Object.create(Object.getPrototypeOf(record) as object) as typeof record, record, { status: 'PENDING' });
    const eventsBefore = await h.count('events');
    const again = await recordFirstTransition(ops(), {
      entityName: Payment,
      aggregateType: 'PAYMENT',
      machine: paymentMachine,
      record: stale,
      to: 'FAILED',
      set: { failureCode: 'X' },
      source: 'RESPONSE',
      now,
    });
    expect(again).toBeNull();
    expect(await h.count('events')).toBe(eventsBefore);
    const [unchanged] = await rows('select status, failure_code from payments where id = ?', [record.id]);
    expect(unchanged).toEqual({ status: 'SUCCEEDED', failure_code: null });
  });
});

/** A notifyPayment for our paymentRequestId: S or F. */
const notificationBody = (paymentRequestId: string, status: 'S' | 'F'): NotifyPaymentBody =>
  ({
    notifyType: 'PAYMENT_RESULT',
    result: status === 'S' ? { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } : { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'no' },
    paymentRequestId,
    paymentId: `AMS-${paymentRequestId}`,
    paymentAmount: { currency: 'USD', value: '1234' },
    paymentTime: '2026-11-26T10:00:00+08:00',
  }) as NotifyPaymentBody;

const inboxEntry = (identity: string, bodyJson = '{}'): InboxEntry => ({
  inboxId: newId('ntf_'),
  merchantId: m.merchantId,
  identity,
  bodySha256: 'sha',
  requestTime: '2026-11-26T00:00:00Z',
  bodyJson,
  now: new Date(),
});

describe('payment notification in one statement', () => {
  it('applies a result to a PENDING payment (inbox APPLIED, event from NOTIFICATION); a duplicate or a regression is declined untouched', async () => {
    const made = (await insertPayIntent(ops(), intent()))!;
    const requestId = made.record.paymentRequestId;
    const applied = await applyPaymentNotificationFast(ops(), notificationBody(requestId, 'S'), inboxEntry(`id-${requestId}`));
    expect(applied).toEqual({ paymentId: made.record.id, outcome: 'APPLIED' });
    const [payment] = await rows('select status, ams_payment_id from payments where id = ?', [made.record.id]);
    expect(payment).toEqual({ status: 'SUCCEEDED', ams_payment_id: `AMS-${requestId}` });
    const inbox = await rows('select outcome, detail, aggregate_id from notification_inbox where identity = ?', [`id-${requestId}`]);
    expect(inbox).toEqual([{ outcome: 'APPLIED', detail: 'PENDING → SUCCEEDED', aggregate_id: made.record.id }]);
    const events = await rows('select type, from_status, to_status, source from events where aggregate_id = ? order by id', [made.record.id]);
    expect(events.at(-1)).toEqual({ type: 'STATUS_CHANGED', from_status: 'PENDING', to_status: 'SUCCEEDED', source: 'NOTIFICATION' });

    const eventsBefore = await h.count('events');
    const inboxBefore = await h.count('notification_inbox');
    // The same identity again (a duplicate delivery), and a FAIL after the success (a regression): both declined.
    expect(await applyPaymentNotificationFast(ops(), notificationBody(requestId, 'S'), inboxEntry(`id-${requestId}`))).toBeNull();
    expect(await applyPaymentNotificationFast(ops(), notificationBody(requestId, 'F'), inboxEntry(`id-${requestId}-fail`))).toBeNull();
    expect(await applyPaymentNotificationFast(ops(), notificationBody('PR-unknown', 'S'), inboxEntry('id-unknown'))).toBeNull();
    expect(await h.count('events')).toBe(eventsBefore);
    expect(await h.count('notification_inbox')).toBe(inboxBefore);
    const [still] = await rows('select status from payments where id = ?', [made.record.id]);
    expect(still).toEqual({ status: 'SUCCEEDED' });
  });

  it('of two identical deliveries at once, exactly one applies', async () => {
    const made = (await insertPayIntent(ops(), intent()))!;
    const requestId = made.record.paymentRequestId;
    const results = await Promise.all([0, 1, 2, 3].map(() => applyPaymentNotificationFast(ops(), notificationBody(requestId, 'S'), inboxEntry(`race-${requestId}`))));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const events = await rows("select count(*)::int as n from events where aggregate_id = ? and type = 'STATUS_CHANGED'", [made.record.id]);
    expect(events).toEqual([{ n: 1 }]);
  });
});

describe('payment notifications batched in one statement', () => {
  const item = (paymentRequestId: string, identity: string, status: 'S' | 'F' = 'S') =>
    // Quotes, commas and braces in the body: it travels inside a Postgres array literal.
    fastPaymentNotification(
      notificationBody(paymentRequestId, status),
      inboxEntry(identity, JSON.stringify({ note: 'a "quoted", {braced} \\ value', paymentRequestId })),
    )!;

  it('applies each item that may move on and declines the others, in one statement, each decided as if alone', async () => {
    const fresh = [(await insertPayIntent(ops(), intent()))!, (await insertPayIntent(ops(), intent()))!];
    const done = (await insertPayIntent(ops(), intent()))!;
    await applyPaymentNotificationFast(ops(), notificationBody(done.record.paymentRequestId, 'S'), item(done.record.paymentRequestId, 'x').entry);
    const seen = (await insertPayIntent(ops(), intent()))!;
    await applyPaymentNotificationFast(ops(), notificationBody(seen.record.paymentRequestId, 'S'), item(seen.record.paymentRequestId, 'seen-once').entry);
    const eventsBefore = await h.count('events');
    const inboxBefore = await h.count('notification_inbox');

    const batch = [
      item(fresh[0]!.record.paymentRequestId, `b-${fresh[0]!.record.id}`),
      item('PR-nowhere', 'b-unknown'),
      item(done.record.paymentRequestId, `b-late-fail-${done.record.id}`, 'F'), // a FAIL after SUCCEEDED: a regression
      item(seen.record.paymentRequestId, 'seen-once'), // the same identity again: a duplicate
      item(fresh[1]!.record.paymentRequestId, `b-${fresh[1]!.record.id}`),
    ];
    const statements: SqlStatement[] = [];
    const recording = { query: <T extends object>(st: SqlStatement) => (statements.push(st), ops().sql.query<T>(st)) };
    const results = await applyPaymentNotificationsFast({ ...ops(), sql: recording }, batch);
    expect(statements).toHaveLength(1);
    expect(results).toEqual([{ paymentId: fresh[0]!.record.id, outcome: 'APPLIED' }, null, null, null, { paymentId: fresh[1]!.record.id, outcome: 'APPLIED' }]);
    expect(await h.count('events')).toBe(eventsBefore + 2);
    expect(await h.count('notification_inbox')).toBe(inboxBefore + 2);
    for (const made of fresh) {
      const [payment] = await rows('select status, ams_payment_id, payment_time is not null as timed from payments where id = ?', [made.record.id]);
      expect(payment).toEqual({ status: 'SUCCEEDED', ams_payment_id: `AMS-${made.record.paymentRequestId}`, timed: true });
      const [inbox] = await rows("select outcome, detail, body->>'note' as note from notification_inbox where aggregate_id = ?", [made.record.id]);
      expect(inbox).toEqual({ outcome: 'APPLIED', detail: 'PENDING → SUCCEEDED', note: 'a "quoted", {braced} \\ value' });
    }
    const [stillDone] = await rows('select status from payments where id = ?', [done.record.id]);
    expect(stillDone).toEqual({ status: 'SUCCEEDED' });
  });

  it('the batcher groups concurrent notifications into fewer statements, never two of one payment in one, and identical deliveries apply once', async () => {
    const made = await Promise.all(Array.from({ length: 24 }, () => insertPayIntent(ops(), intent())));
    const statements: SqlStatement[] = [];
    // No payment in two statements at once: they would wait on each other's row locks (and could deadlock).
    const running = new Set<string>();
    let overlaps = 0;
    const recording = {
      query: async <T extends object>(st: SqlStatement) => {
        statements.push(st);
        const requestIds = st.values[1] as string[];
        if (requestIds.some((id) => running.has(id))) overlaps++;
        requestIds.forEach((id) => running.add(id));
        try {
          return await ops().sql.query<T>(st);
        } finally {
          requestIds.forEach((id) => running.delete(id));
        }
      },
    };
    const batcher = new PaymentNotificationBatcher({ ...ops(), sql: recording });
    const ids = made.map((p) => p!.record.paymentRequestId);
    // Each payment's notification three times (identical deliveries), all at once.
    const calls = [...ids, ...ids, ...ids].map((requestId) => batcher.apply(item(requestId, `batched-${requestId}`)));
    const results = await Promise.all(calls);
    for (const [i, requestId] of ids.entries()) {
      const applied = [results[i], results[i + ids.length], results[i + 2 * ids.length]].filter((r) => r !== null);
      expect(applied, requestId).toEqual([{ paymentId: made[i]!.record.id, outcome: 'APPLIED' }]);
    }
    expect(statements.length).toBeLessThan(calls.length);
    for (const statement of statements) {
      const requestIds = statement.values[1] as string[];
      expect(new Set(requestIds).size).toBe(requestIds.length);
    }
    expect(overlaps).toBe(0);
    const [events] = await rows("select count(*)::int as n from events where type = 'STATUS_CHANGED' and aggregate_id = any(string_to_array(?, ','))", [made.map((p) => p!.record.id).join(',')]);
    expect(events).toEqual({ n: 24 });
  });

  it('a batch that fails because of one item is retried item by item: only that caller gets the error', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => insertPayIntent(ops(), intent())));
    const statements: SqlStatement[] = [];
    const recording = { query: <T extends object>(st: SqlStatement) => (statements.push(st), ops().sql.query<T>(st)) };
    const batcher = new PaymentNotificationBatcher({ ...ops(), sql: recording });
    const items = made.map((p) => item(p!.record.paymentRequestId, `poison-${p!.record.id}`));
    // Postgres refuses \u0000 in jsonb: this one item makes any statement carrying it fail. The first four go alone
    // (four statements in flight), the last four wait and go together.
    const poisoned = 6;
    items[poisoned] = { ...items[poisoned]!, entry: { ...items[poisoned]!.entry, bodyJson: JSON.stringify({ note: 'nul \u0000 here' }) } };
    const results = await Promise.allSettled(items.map((it) => batcher.apply(it)));
    const poisonId = made[poisoned]!.record.paymentRequestId;
    expect(statements.some((st) => (st.values[1] as string[]).length > 1 && (st.values[1] as string[]).includes(poisonId))).toBe(true);
    for (const [i, result] of results.entries()) {
      if (i === poisoned) expect(result.status).toBe('rejected');
      else expect(result).toEqual({ status: 'fulfilled', value: { paymentId: made[i]!.record.id, outcome: 'APPLIED' } });
    }
    const [untouched] = await rows('select status from payments where id = ?', [made[poisoned]!.record.id]);
    expect(untouched).toEqual({ status: 'PENDING' });
  });
});

describe('prepared plans', () => {
  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    'Index Name'?: string;
    'Index Cond'?: string;
    Plans?: PlanNode[];
  }
  const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];
  const literal = (value: unknown): string => {
    if (value === null) return 'null';
    if (value instanceof Date) return `'${value.toISOString()}'`;
    if (Array.isArray(value)) {
      // An array literal: each element quoted (JSON and text may hold commas, quotes and braces).
      const element = (v: unknown) => (v === null ? 'NULL' : `"${(v instanceof Date ? v.toISOString() : String(v)).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
      return `'{${value.map(element).join(',').replace(/'/g, "''")}}'`;
    }
    return `'${String(value).replace(/'/g, "''")}'`;
  };

  /**
   * In one session with the pool's plan_cache_mode: prepare the captured statements and plan them while the tables
   * are small (a generic plan would be cached now), let `grow` add thousands of un-analysed rows, then plan them
   * again — the plans a long-lived pool connection would use after the tables grew. EXPLAIN only: nothing executes.
   */
  async function plansAfterGrowth(statements: Array<{ text: string; values: unknown[] }>, grow: string[]): Promise<PlanNode[][]> {
    const connection = h.gateway.orm.em.getConnection();
    return connection.transactional(async (tx) => {
      const run = <T extends object[] = object[]>(sql: string, params: unknown[] = []) => connection.execute<T>(sql, params as never[], 'all', tx);
      const [mode] = await run<Array<{ plan_cache_mode: string }>>('show plan_cache_mode');
      await run(`set local plan_cache_mode = ${mode!.plan_cache_mode}`);
      const explain = (i: number) =>
        run<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(`explain (format json) execute plan_check_${i}(${statements[i]!.values.map(literal).join(', ')})`).then(
          (out) => walk(out[0]!['QUERY PLAN'][0]!.Plan),
        );
      for (const [i, statement] of statements.entries()) {
        await run(`prepare plan_check_${i} as ${statement.text}`);
        await explain(i);
      }
      for (const sql of grow) await run(sql, [m.merchantId, authorizationId].slice(0, (sql.match(/\?/g) ?? []).length));
      const plans = [];
      for (let i = 0; i < statements.length; i++) plans.push(await explain(i));
      for (let i = 0; i < statements.length; i++) await run(`deallocate plan_check_${i}`);
      return plans;
    });
  }

  /**
   * Fast statements are prepared by name. Left to itself Postgres would soon cache one generic plan per connection,
   * and a generic plan made while the tables are small reaches payments through a merchant-prefix index (seen:
   * `payments_merchant_idempotency_key_unique`, Filter payment_request_id) — reading every payment of the merchant
   * on each call as the table grows. The pool's connections therefore plan per call (orm.ts); with thousands of
   * un-analysed rows of one merchant added after the first plan, every lookup must go through a key that names the row.
   */
  it('the pool plans per call, and each fast statement reaches payments and authorizations by a key that names the row', async () => {
    const [mode] = await ops().sql.query<{ plan_cache_mode: string }>({ text: 'show plan_cache_mode', values: [] });
    expect(mode).toEqual({ plan_cache_mode: 'force_custom_plan' });

    const captured: Array<{ text: string; values: unknown[] }> = [];
    const recording = { query: <T extends object>(s: { text: string; values: unknown[] }) => (captured.push(s), ops().sql.query<T>(s)) };
    const made = (await insertPayIntent({ ...ops(), sql: recording }, intent()))!;
    await recordFirstTransition({ ...ops(), sql: recording }, {
      entityName: Payment,
      aggregateType: 'PAYMENT',
      machine: paymentMachine,
      record: made.record,
      to: 'PROCESSING',
      set: { statusReason: 'U' },
      source: 'RESPONSE',
      now: new Date(),
    });
    const notification = {
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      paymentRequestId: made.record.paymentRequestId,
      paymentId: 'AMS-plan',
    } as NotifyPaymentBody;
    const entry = { inboxId: newId('ntf_'), merchantId: m.merchantId, identity: 'plan-check', bodySha256: 's', requestTime: 't', bodyJson: '{}', now: new Date() };
    await applyPaymentNotificationFast({ ...ops(), sql: recording }, notification, entry);
    expect(captured).toHaveLength(3);

    const grow = [
      `insert into payments (id, merchant_id, status, input_hash, created_at, updated_at, authorization_id, payment_request_id, amount_value, currency, payment_method_type, reference_order_id, order_description)
       select 'pay_plan_' || g, ?, 'SUCCEEDED', 'x', now(), now(), ?, 'PLAN_' || g, 1, 'USD', 'GCASH', 'o', 'd' from generate_series(1, 5000) g`,
      `insert into authorizations (id, merchant_id, status, input_hash, created_at, updated_at, customer_belongs_to, auth_state, auth_redirect_url, scopes)
       select 'aut_plan_' || g, ?, 'REVOKED', 'x', now(), now(), 'GCASH', 'plan-' || g, 'https://x', '[]' from generate_series(1, 5000) g`,
    ];
    const plans = await plansAfterGrowth(captured, grow);
    for (const [i, plan] of plans.entries()) {
      const scans = plan.filter((n) => (n['Relation Name'] === 'payments' || n['Relation Name'] === 'authorizations') && n['Node Type'] !== 'ModifyTable');
      expect(scans.length).toBeGreaterThan(0);
      for (const scan of scans) {
        expect(scan['Node Type'], captured[i]!.text).toMatch(/Index/);
        expect(scan['Index Cond'], `${scan['Index Name']} in ${captured[i]!.text}`).toMatch(/\bid = |payment_request_id = /);
      }
    }
  });
});

describe('events written by the single statements', () => {
  interface EventItem {
    events: { id: string; aggregateId: string; type: string };
  }
  const EVENTS = 'subscription { events { id aggregateId type } }';

  /**
   * Each statement draws its event id from the row it wrote, i.e. after its transaction has an xid: the sequencer
   * may then release ids in order without a gap even though concurrent statements commit out of id order.
   */
  it('reach a live subscriber in id order with no gap while pays and notifications run concurrently', async () => {
    const sub = subscribe<EventItem>(h.gateway.url, m.readonlyKey, EVENTS);
    try {
      await sub.until(() => {
        void insertPayIntent(ops(), intent());
        return sub.items.length > 0;
      }, 10_000, 'a live subscription');
      const pays = Array.from({ length: 24 }, (_, i) => payOnce(h, m.key, authorizationId, String(2000 + i * 100)));
      const intents = Array.from({ length: 24 }, () => insertPayIntent(ops(), intent()));
      const made = await Promise.all(intents);
      const notified = made.map((p, i) =>
        applyPaymentNotificationFast(
          ops(),
          {
            notifyType: 'PAYMENT_RESULT',
            result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
            paymentRequestId: p!.record.paymentRequestId,
            paymentId: `AMS-gap-${i}`,
          } as NotifyPaymentBody,
          { inboxId: newId('ntf_'), merchantId: m.merchantId, identity: `gap-${i}`, bodySha256: 's', requestTime: 't', bodyJson: '{}', now: new Date() },
        ),
      );
      const paid = await Promise.all(pays);
      expect((await Promise.all(notified)).every((r) => r !== null)).toBe(true);
      const watched = new Set([...paid.map((p) => p.payment!.id), ...made.map((p) => p!.record.id)]);
      // 24 pays × (CREATED + outcome) and 24 intents × (CREATED + the notification's change).
      await sub.until((items) => items.filter((i) => watched.has(i.events.aggregateId)).length >= 96, 15_000, 'every event');

      const ids = sub.items.map((i) => BigInt(i.events.id));
      for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
      const logged = await rows('select id::text as id from events where merchant_id = ? and events.id >= ? and events.id <= ? order by events.id', [
        m.merchantId,
        ids[0]!.toString(),
        ids[ids.length - 1]!.toString(),
      ]);
      expect(ids.map(String)).toEqual(logged.map((r) => r['id']));
    } finally {
      await sub.dispose();
    }
  });
});
