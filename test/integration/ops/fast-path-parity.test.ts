/**
 * Differential test of the single-statement fast paths against the ORM paths they shortcut: the same inputs go
 * through both, and the rows and events written must be the same once ids and the ids derived from them are set
 * aside. Covers the pay intent (and which authorizations may pay), the first transition after AMS answered, and the
 * payment notification (inbox row, status change, event). The gateway's clock is held still while each side writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotifyPaymentBody } from '../../../src/ams/index.js';
import { NotificationService } from '../../../src/modules/inbox/notification.service.js';
import { createPendingPayment } from '../../../src/modules/payments/create-payment.js';
import { insertPayIntent, type PayIntent } from '../../../src/modules/payments/pay-intent.js';
import { paymentMachine } from '../../../src/modules/payments/payment-status.js';
import { Payment } from '../../../src/modules/payments/payment.entity.js';
import { createRequestScope } from '../../../src/modules/request-scope.js';
import { recordFirstTransition } from '../../../src/modules/shared/first-transition.js';
import { recordTransition } from '../../../src/modules/shared/record-transition.js';
import { newId } from '../../../src/shared/ids.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { authorize } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
let authorizationId: string;
/** The gateway's clock stands still while both paths write (the ORM path's events take their time from it). */
let frozen: Date | null = null;
const clock = { now: () => frozen ?? new Date() };
async function at<T>(instant: Date, work: () => Promise<T>): Promise<T> {
  frozen = instant;
  try {
    return await work();
  } finally {
    frozen = null;
  }
}

beforeAll(async () => {
  h = await startOpsHarness({ clock });
  m = await h.createMerchant('Parity merchant');
  ({ authorizationId } = await authorize(h, m.key));
});
afterAll(async () => h?.close());

const ops = () => h.gateway.services.operations;
const scope = () => createRequestScope(h.gateway.orm.em, { role: 'MERCHANT', merchantId: m.merchantId, keyId: 'test' }, newId('req_'), silentLogger);
const rows = (sql: string, params: unknown[] = []) => h.gateway.orm.em.getConnection().execute<Array<Record<string, unknown>>>(sql, params as never[], 'all');

/**
 * A row with the values that name one side replaced by placeholders: each path gets its own payment id and request
 * id (and an inbox id, identity, body hash), so those are compared by role, not by value.
 */
function normalised(row: Record<string, unknown>, names: Record<string, string>): Record<string, unknown> {
  const text = JSON.stringify(row);
  const replaced = Object.entries(names).reduce((out, [value, role]) => out.split(value).join(role), text);
  return JSON.parse(replaced) as Record<string, unknown>;
}

async function paymentRow(id: string): Promise<Record<string, unknown>> {
  const [row] = await rows('select * from payments where id = ?', [id]);
  return row!;
}

/** The aggregate's events in order, without their ids (a sequence, different per path by nature). */
async function eventsOf(aggregateId: string): Promise<Array<Record<string, unknown>>> {
  const events = await rows('select * from events where aggregate_id = ? order by id', [aggregateId]);
  return events.map(({ id: _id, ...rest }) => rest);
}

/** A verified payment notification, as the receiver hands it to the inbox, delivered to `service`. */
function deliver(service: NotificationService, body: NotifyPaymentBody) {
  return service.receive({
    merchantId: m.merchantId,
    kind: 'payment',
    body: body as unknown as Record<string, unknown>,
    rawBody: Buffer.from(JSON.stringify(body)),
    requestTime: '2026-12-01T10:00:07.000Z',
    requestId: newId('req_'),
  });
}

/** An inbox row without what is each delivery's own: its id, identity and raw-body hash (the bodies name different payments). */
async function inboxRow(id: string, names: Record<string, string>): Promise<Record<string, unknown>> {
  const [row] = await rows('select * from notification_inbox where id = ?', [id]);
  const { id: _id, identity: _identity, body_sha256: _sha, ...rest } = row!;
  return normalised(rest, names);
}

function intent(overrides: Partial<PayIntent> = {}): PayIntent {
  const id = newId('pay_');
  return {
    id,
    merchantId: m.merchantId,
    authorizationId,
    paymentRequestId: id,
    amountValue: '4321',
    currency: 'USD',
    referenceOrderId: 'order-parity',
    orderDescription: 'parity',
    idempotencyKey: null,
    inputHash: 'hash-parity',
    now: new Date('2026-12-01T10:00:00.123Z'),
    merchantRegion: null,
    userRegion: null,
    settlementCurrency: null,
    paymentExpiryTime: null,
    orderDetails: null,
    ...overrides,
  };
}

/** The same input twice, with the ids (and the caller's key, when any) of each side. */
function twins(overrides: Partial<PayIntent> = {}): [PayIntent, PayIntent] {
  const a = intent(overrides);
  const b = intent(overrides);
  if (overrides.idempotencyKey) b.idempotencyKey = `${overrides.idempotencyKey}-general`;
  return [a, b];
}

/** Both paths create one PENDING payment from the same input; returns the two ids (fast, general). */
async function createBoth(overrides: Partial<PayIntent> = {}): Promise<[PayIntent, PayIntent]> {
  const [fast, general] = twins(overrides);
  expect(await insertPayIntent(ops(), fast)).not.toBeNull();
  const made = await at(general.now, () => createPendingPayment(ops(), scope(), general, null));
  expect(made.created.kind).toBe('created');
  return [fast, general];
}

const sides = (fast: PayIntent, general: PayIntent) =>
  [
    { [fast.id]: '<payment>', ...(fast.idempotencyKey ? { [fast.idempotencyKey]: '<key>' } : {}) },
    { [general.id]: '<payment>', ...(general.idempotencyKey ? { [general.idempotencyKey]: '<key>' } : {}) },
  ] as const;

describe('pay intent: one statement and createOnce write the same payment and CREATED event', () => {
  it.each([
    ['the plain case', {}],
    ["a caller's idempotency key", { idempotencyKey: 'parity-key' }],
    [
      'every optional detail (regions, settlement currency, expiry, order details as JSON)',
      {
        merchantRegion: 'US',
        userRegion: 'PH',
        settlementCurrency: 'USD',
        paymentExpiryTime: new Date('2026-12-01T10:30:00.000Z'),
        orderDetails: { goods: [{ referenceGoodsId: 'g-1', goodsName: 'Tea "green", 50 g', goodsQuantity: '2' }], buyer: { referenceBuyerId: 'b-1' } },
      },
    ],
  ] as Array<[string, Partial<PayIntent>]>)('%s', async (_label, overrides) => {
    const [fast, general] = await createBoth(overrides);
    const [fastNames, generalNames] = sides(fast, general);
    expect(normalised(await paymentRow(fast.id), fastNames)).toEqual(normalised(await paymentRow(general.id), generalNames));
    const fastEvents = (await eventsOf(fast.id)).map((e) => normalised(e, fastNames));
    expect(fastEvents).toEqual((await eventsOf(general.id)).map((e) => normalised(e, generalNames)));
    expect(fastEvents).toHaveLength(1);
  });

  /**
   * One rule decides which authorizations may pay (pay-eligibility.ts): for each state of the authorization, the
   * statement inserts exactly when createOnce would, and writes nothing otherwise.
   */
  it('takes the same authorizations: status, token present, token expiry', async () => {
    const { authorizationId: subject } = await authorize(h, m.key);
    const [original] = await rows('select access_token_encrypted, access_token_expires_at from authorizations where id = ?', [subject]);
    const now = new Date('2026-12-01T10:00:00.000Z');
    const states = [
      { status: 'ACTIVE', token: true, expiresAt: null },
      { status: 'ACTIVE', token: true, expiresAt: new Date(now.getTime() + 60_000) },
      { status: 'ACTIVE', token: true, expiresAt: new Date(now.getTime() - 60_000) },
      { status: 'ACTIVE', token: true, expiresAt: now },
      { status: 'ACTIVE', token: false, expiresAt: null },
      { status: 'REVOKED', token: true, expiresAt: null },
      { status: 'REAUTHORIZATION_REQUIRED', token: true, expiresAt: null },
      { status: 'INIT', token: false, expiresAt: null },
    ];
    const decided: Array<{ state: string; fast: boolean; general: string }> = [];
    for (const state of states) {
      await rows('update authorizations set status = ?, access_token_encrypted = ?, access_token_expires_at = ? where id = ?', [
        state.status,
        state.token ? original!['access_token_encrypted'] : null,
        state.expiresAt,
        subject,
      ]);
      const [fast, general] = twins({ authorizationId: subject, now });
      const payments = await h.count('payments');
      const events = await h.count('events');
      const fastMade = await insertPayIntent(ops(), fast);
      const generalMade = await createPendingPayment(ops(), scope(), general, null);
      const label = `${state.status} token=${state.token} expires=${state.expiresAt?.toISOString() ?? 'never'}`;
      decided.push({ state: label, fast: fastMade !== null, general: generalMade.created.kind });
      const written = Number(fastMade !== null) + Number(generalMade.created.kind === 'created');
      expect(await h.count('payments'), label).toBe(payments + written);
      expect(await h.count('events'), label).toBe(events + written);
    }
    await rows('update authorizations set status = ?, access_token_encrypted = ?, access_token_expires_at = ? where id = ?', [
      'ACTIVE',
      original!['access_token_encrypted'],
      original!['access_token_expires_at'],
      subject,
    ]);
    for (const { state, fast, general } of decided) expect(fast ? 'created' : 'refused', state).toBe(general);
    expect(decided.filter((d) => d.fast).length).toBe(2);
  });
});

describe('first transition: one statement and recordTransition write the same change and event', () => {
  it.each([
    ['S: SUCCEEDED with the AMS id, time and JSON customer info', 'SUCCEEDED', { amsPaymentId: 'AMS-parity', paymentTime: new Date('2026-12-01T10:00:05.000Z'), pspCustomerInfo: { pspName: 'GCASH', displayCustomerId: '09*****12' }, statusReason: null }, { paymentId: 'AMS-parity' }],
    ['F: FAILED with the code and message', 'FAILED', { failureCode: 'USER_BALANCE_NOT_ENOUGH', failureMessage: 'balance "low", sorry' }, { code: 'USER_BALANCE_NOT_ENOUGH' }],
    ['U: PROCESSING with the reason', 'PROCESSING', { statusReason: 'U PAYMENT_IN_PROCESS' }, undefined],
  ] as Array<[string, Payment['status'], Partial<Payment>, Record<string, unknown> | undefined]>)('%s', async (_label, to, set, payload) => {
    const [fast, general] = await createBoth();
    const now = new Date('2026-12-01T10:00:06.000Z');
    const fastRecord = Object.assign(new Payment(), await paymentRow(fast.id), { id: fast.id, merchantId: m.merchantId, status: 'PENDING' as const });
    const applied = await recordFirstTransition(ops(), {
      entityName: Payment,
      aggregateType: 'PAYMENT',
      machine: paymentMachine,
      record: fastRecord,
      to,
      set,
      ...(payload ? { payload } : {}),
      source: 'RESPONSE',
      now,
    });
    expect(applied).not.toBeNull();
    await at(now, () => recordTransition(ops(), scope(), { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, id: general.id, source: 'RESPONSE' }, () => ({
      to,
      set,
      ...(payload ? { payload } : {}),
    })));
    const [fastNames, generalNames] = sides(fast, general);
    expect(normalised(await paymentRow(fast.id), fastNames)).toEqual(normalised(await paymentRow(general.id), generalNames));
    const fastEvents = (await eventsOf(fast.id)).map((e) => normalised(e, fastNames));
    const generalEvents = (await eventsOf(general.id)).map((e) => normalised(e, generalNames));
    expect(fastEvents).toEqual(generalEvents);
    expect(fastEvents.map((e) => [e['type'], e['from_status'], e['to_status']])).toEqual([
      ['CREATED', null, 'PENDING'],
      ['STATUS_CHANGED', 'PENDING', to],
    ]);
  });
});

describe('payment notification: the batched statement and the ORM path write the same inbox row, change and event', () => {
  const notification = (paymentRequestId: string, kind: 'S' | 'F' | 'PENDING'): NotifyPaymentBody =>
    ({
      notifyType: kind === 'PENDING' ? 'PAYMENT_PENDING' : 'PAYMENT_RESULT',
      result:
        kind === 'F'
          ? { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'no money' }
          : { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      paymentRequestId,
      paymentId: `AMS-${paymentRequestId}`,
      paymentAmount: { currency: 'USD', value: '4321' },
      paymentTime: '2026-12-01T18:00:07+08:00',
      ...(kind === 'S' ? { pspCustomerInfo: { pspName: 'GCASH', displayCustomerId: '09*****34' }, customsDeclarationAmount: { currency: 'CNY', value: '3000' } } : {}),
    }) as NotifyPaymentBody;

  it.each([['S'], ['F'], ['PENDING']] as Array<['S' | 'F' | 'PENDING']>)('%s', async (kind) => {
    const [fast, general] = await createBoth();
    const services = h.gateway.services;
    const generalOnly = new NotificationService(ops(), h.gateway.orm.em, services.authorizations, silentLogger, { autoApplyToken: false, fastPayments: false });
    const receivedAt = new Date('2026-12-01T10:00:08.000Z');
    const fastReceived = await at(receivedAt, () => deliver(services.notifications, notification(fast.paymentRequestId, kind)));
    const generalReceived = await at(receivedAt, () => deliver(generalOnly, notification(general.paymentRequestId, kind)));
    expect(fastReceived).toMatchObject({ outcome: 'APPLIED', duplicate: false });
    expect(generalReceived).toMatchObject({ outcome: 'APPLIED', duplicate: false });

    const [fastNames, generalNames] = sides(fast, general);
    expect(await inboxRow(fastReceived.inboxId, fastNames)).toEqual(await inboxRow(generalReceived.inboxId, generalNames));
    expect(normalised(await paymentRow(fast.id), fastNames)).toEqual(normalised(await paymentRow(general.id), generalNames));
    const events = async (id: string, names: Record<string, string>) => (await eventsOf(id)).map((e) => normalised(e, names));
    expect(await events(fast.id, fastNames)).toEqual(await events(general.id, generalNames));
  });
});

describe('payment notification of the status the payment already has: the batched statement and the ORM path record the same repeat', () => {
  const success = (paymentRequestId: string): NotifyPaymentBody =>
    ({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      paymentRequestId,
      paymentId: `AMS-${paymentRequestId}`,
      paymentAmount: { currency: 'USD', value: '4321' },
      paymentTime: '2026-12-01T18:00:07+08:00',
      pspCustomerInfo: { pspName: 'GCASH', displayCustomerId: '09*****34' },
      customsDeclarationAmount: { currency: 'CNY', value: '3000' },
    }) as NotifyPaymentBody;
  const failure = (paymentRequestId: string): NotifyPaymentBody =>
    ({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'no money' },
      paymentRequestId,
      paymentId: `AMS-${paymentRequestId}`,
      paymentAmount: { currency: 'USD', value: '4321' },
    }) as NotifyPaymentBody;
  const paidAt = new Date('2026-12-01T10:00:07.000Z');

  it.each([
    // The pay answer settled it without the customer info and customs amount the notification carries.
    ['SUCCEEDED by the pay answer; the notification adds columns', 'SUCCEEDED', () => ({ paymentTime: paidAt, statusReason: null }), success, true],
    // The pay answer already said everything the notification says: nothing to write but the inbox row.
    ['SUCCEEDED with every fact the notification carries', 'SUCCEEDED', (id: string) => ({ amsPaymentId: `AMS-${id}`, paymentTime: paidAt, statusReason: null, pspCustomerInfo: { pspName: 'GCASH', displayCustomerId: '09*****34' }, customsDeclarationAmount: { currency: 'CNY', value: '3000' } }), success, false],
    ['FAILED with the same code; the notification adds the message', 'FAILED', () => ({ failureCode: 'USER_BALANCE_NOT_ENOUGH', failureMessage: null }), failure, true],
  ] as Array<[string, Payment['status'], (paymentRequestId: string) => Partial<Payment>, (paymentRequestId: string) => NotifyPaymentBody, boolean]>)(
    '%s',
    async (_label, to, settled, notification, adds) => {
      const [fast, general] = await createBoth();
      const settledAt = new Date('2026-12-01T10:00:06.000Z');
      for (const side of [fast, general]) {
        const record = Object.assign(new Payment(), await paymentRow(side.id), { id: side.id, merchantId: m.merchantId, status: 'PENDING' as const });
        const set = { ...settled(side.paymentRequestId), ...(settled(side.paymentRequestId).amsPaymentId ? {} : { amsPaymentId: `AMS-${side.paymentRequestId}` }) };
        expect(await recordFirstTransition(ops(), { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, record, to, set, source: 'RESPONSE', now: settledAt })).not.toBeNull();
      }
      const services = h.gateway.services;
      const generalOnly = new NotificationService(ops(), h.gateway.orm.em, services.authorizations, silentLogger, { autoApplyToken: false, fastPayments: false });
      const statements: string[] = [];
      const recording = { ...ops(), sql: { query: <T extends object>(st: { text: string; values: unknown[] }) => (statements.push(st.text), ops().sql.query<T>(st)) } };
      const fastOnly = new NotificationService(recording, h.gateway.orm.em, services.authorizations, silentLogger, { autoApplyToken: false });
      const receivedAt = new Date('2026-12-01T10:00:08.000Z');
      const fastReceived = await at(receivedAt, () => deliver(fastOnly, notification(fast.paymentRequestId)));
      const generalReceived = await at(receivedAt, () => deliver(generalOnly, notification(general.paymentRequestId)));
      expect(fastReceived).toMatchObject({ outcome: 'NOOP', duplicate: false });
      expect(generalReceived).toMatchObject({ outcome: 'NOOP', duplicate: false });
      // Decided by the one batch statement, not handed on to the general path.
      expect(statements).toHaveLength(1);

      const [fastNames, generalNames] = sides(fast, general);
      expect(await inboxRow(fastReceived.inboxId, fastNames)).toEqual(await inboxRow(generalReceived.inboxId, generalNames));
      expect(await inboxRow(fastReceived.inboxId, fastNames)).toMatchObject({ outcome: 'NOOP', detail: `already ${to}`, aggregate_id: '<payment>' });
      const fastRow = await paymentRow(fast.id);
      expect(normalised(fastRow, fastNames)).toEqual(normalised(await paymentRow(general.id), generalNames));
      expect(new Date(String(fastRow['updated_at']))).toEqual(adds ? receivedAt : settledAt);
      const events = async (id: string, names: Record<string, string>) => (await eventsOf(id)).map((e) => normalised(e, names));
      expect(await events(fast.id, fastNames)).toEqual(await events(general.id, generalNames));
      expect((await eventsOf(fast.id)).map((e) => e['type'])).toEqual(['CREATED', 'STATUS_CHANGED']);
    },
  );
});
