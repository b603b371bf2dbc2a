/**
 * The single-statement hot paths (pay intent, first transition, payment notification) on the real database: what
 * they write when they apply, and that whenever they decline they have written NOTHING, so the general path that
 * takes over decides alone (replay, mismatch, refusal, duplicate, anomaly).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotifyPaymentBody } from '../../../src/ams/index.js';
import type { GatewayEvent } from '../../../src/modules/events/event.entity.js';
import { applyPaymentNotificationFast, type InboxEntry } from '../../../src/modules/inbox/apply-payment-fast.js';
import { insertPayIntent, type PayIntent } from '../../../src/modules/payments/pay-intent.js';
import { paymentMachine } from '../../../src/modules/payments/payment-status.js';
import { recordFirstTransition } from '../../../src/modules/shared/first-transition.js';
import { newId } from '../../../src/shared/ids.js';
import { authorize } from '../../helpers/ops-flows.js';
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
    ...overrides,
  };
}

describe('pay intent in one statement', () => {
  it('inserts the PENDING payment with its CREATED event (announced after the commit) and returns the token to send', async () => {
    const wanted = intent();
    const before = announced.length;
    const made = await insertPayIntent(ops().sql, ops().events, wanted);
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
    expect(await insertPayIntent(ops().sql, ops().events, make())).toBeNull();
    expect(await h.count('payments')).toBe(paymentsBefore);
    expect(await h.count('events')).toBe(eventsBefore);
  });

  it('declines a reused idempotency key or paymentRequestId (the general path answers replay or mismatch)', async () => {
    const first = intent({ idempotencyKey: 'fast-key-1' });
    expect(await insertPayIntent(ops().sql, ops().events, first)).not.toBeNull();
    const eventsBefore = await h.count('events');
    expect(await insertPayIntent(ops().sql, ops().events, intent({ idempotencyKey: 'fast-key-1' }))).toBeNull();
    expect(await insertPayIntent(ops().sql, ops().events, intent({ paymentRequestId: first.paymentRequestId }))).toBeNull();
    expect(await h.count('events')).toBe(eventsBefore);
  });
});

describe('first transition in one statement', () => {
  it('applies PENDING → SUCCEEDED with its event, and declines once the row has moved on', async () => {
    const made = (await insertPayIntent(ops().sql, ops().events, intent()))!;
    const record = made.record;
    const now = new Date();
    const applied = await recordFirstTransition(ops().sql, ops().events, {
      table: 'payments',
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
    const again = await recordFirstTransition(ops().sql, ops().events, {
      table: 'payments',
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

describe('payment notification in one statement', () => {
  const body = (paymentRequestId: string, status: 'S' | 'F'): NotifyPaymentBody =>
    ({
      notifyType: 'PAYMENT_RESULT',
      result: status === 'S' ? { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } : { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'no' },
      paymentRequestId,
      paymentId: `AMS-${paymentRequestId}`,
      paymentAmount: { currency: 'USD', value: '1234' },
    }) as NotifyPaymentBody;
  const entry = (identity: string): InboxEntry => ({
    inboxId: newId('ntf_'),
    merchantId: m.merchantId,
    identity,
    bodySha256: 'sha',
    requestTime: '2026-11-26T00:00:00Z',
    bodyJson: '{}',
    now: new Date(),
  });

  it('applies a result to a PENDING payment (inbox APPLIED, event from NOTIFICATION); a duplicate or a regression is declined untouched', async () => {
    const made = (await insertPayIntent(ops().sql, ops().events, intent()))!;
    const requestId = made.record.paymentRequestId;
    const applied = await applyPaymentNotificationFast(ops().sql, ops().events, body(requestId, 'S'), entry(`id-${requestId}`));
    expect(applied).toEqual({ paymentId: made.record.id });
    const [payment] = await rows('select status, ams_payment_id from payments where id = ?', [made.record.id]);
    expect(payment).toEqual({ status: 'SUCCEEDED', ams_payment_id: `AMS-${requestId}` });
    const inbox = await rows('select outcome, detail, aggregate_id from notification_inbox where identity = ?', [`id-${requestId}`]);
    expect(inbox).toEqual([{ outcome: 'APPLIED', detail: 'PENDING → SUCCEEDED', aggregate_id: made.record.id }]);
    const events = await rows('select type, from_status, to_status, source from events where aggregate_id = ? order by id', [made.record.id]);
    expect(events.at(-1)).toEqual({ type: 'STATUS_CHANGED', from_status: 'PENDING', to_status: 'SUCCEEDED', source: 'NOTIFICATION' });

    const eventsBefore = await h.count('events');
    const inboxBefore = await h.count('notification_inbox');
    // The same identity again (a duplicate delivery), and a FAIL after the success (a regression): both declined.
    expect(await applyPaymentNotificationFast(ops().sql, ops().events, body(requestId, 'S'), entry(`id-${requestId}`))).toBeNull();
    expect(await applyPaymentNotificationFast(ops().sql, ops().events, body(requestId, 'F'), entry(`id-${requestId}-fail`))).toBeNull();
    expect(await applyPaymentNotificationFast(ops().sql, ops().events, body('PR-unknown', 'S'), entry('id-unknown'))).toBeNull();
    expect(await h.count('events')).toBe(eventsBefore);
    expect(await h.count('notification_inbox')).toBe(inboxBefore);
    const [still] = await rows('select status from payments where id = ?', [made.record.id]);
    expect(still).toEqual({ status: 'SUCCEEDED' });
  });

  it('of two identical deliveries at once, exactly one applies', async () => {
    const made = (await insertPayIntent(ops().sql, ops().events, intent()))!;
    const requestId = made.record.paymentRequestId;
    const results = await Promise.all([0, 1, 2, 3].map(() => applyPaymentNotificationFast(ops().sql, ops().events, body(requestId, 'S'), entry(`race-${requestId}`))));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const events = await rows("select count(*)::int as n from events where aggregate_id = ? and type = 'STATUS_CHANGED'", [made.record.id]);
    expect(events).toEqual([{ n: 1 }]);
  });
});
