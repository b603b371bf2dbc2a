import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancelPaymentDocument,
  EventsDocument,
  InquiryPaymentDocument,
  PayDocument,
  PaymentDocument,
  PaymentsDocument,
  RefundDocument,
  RotateMerchantCredentialsDocument,
} from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
let authorizationId: string;

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Payments merchant');
  ({ authorizationId } = await authorize(h, m.key));
});
afterAll(async () => h?.close());

const inquire = (id: string) => h.gql(InquiryPaymentDocument, { id }, m.key).then((r) => r.inquiryPayment);

describe('pay outcomes', () => {
  it('stores an F answer as FAILED with the AMS code, returned as data', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '1001'); // sandbox: ending 01 → USER_BALANCE_NOT_ENOUGH
    expect(paid.errors).toEqual([]);
    expect(paid.ams).toMatchObject({ status: 'F', code: 'USER_BALANCE_NOT_ENOUGH' });
    expect(paid.payment).toMatchObject({ status: 'FAILED', failure: { code: 'USER_BALANCE_NOT_ENOUGH' }, statusReason: null });
  });

  it('leaves a U answer PROCESSING with the reason, and an inquiry resolves it', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '1002'); // ending 02 → PAYMENT_IN_PROCESS, then SUCCESS
    expect(paid.ams).toMatchObject({ status: 'U', code: 'PAYMENT_IN_PROCESS' });
    expect(paid.payment).toMatchObject({ status: 'PROCESSING', statusReason: 'U PAYMENT_IN_PROCESS' });
    const id = paid.payment!.id;
    const settled = await waitFor(() => inquire(id), (r) => r.payment?.status === 'SUCCEEDED');
    expect(settled.ams?.status).toBe('S');
    expect(settled.payment).toMatchObject({ statusReason: null });
    expect(settled.payment?.amsPaymentId).toBeTruthy();

    const events = await h.gql(EventsDocument, { aggregateId: id, first: 20 }, m.key);
    expect(events.events.nodes.map((e) => [e.type, e.fromStatus, e.toStatus, e.source])).toEqual([
      ['CREATED', null, 'PENDING', 'API'],
      ['STATUS_CHANGED', 'PENDING', 'PROCESSING', 'RESPONSE'],
      ['STATUS_CHANGED', 'PROCESSING', 'SUCCEEDED', 'INQUIRY'],
    ]);
  });

  it('resolves an asynchronous failure to FAILED with the wallet’s code', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '1003'); // ending 03 → U, then FAIL
    expect(paid.payment?.status).toBe('PROCESSING');
    const settled = await waitFor(() => inquire(paid.payment!.id), (r) => r.payment?.status === 'FAILED');
    expect(settled.payment?.failure?.code).toBe('USER_BALANCE_NOT_ENOUGH');
  });

  it('leaves a timed-out pay PROCESSING with reason TIMEOUT; the inquiry finds the payment that went through', async () => {
    const fault = h.sandbox.addFault({ kind: 'timeout', api: 'pay', clientId: m.clientId, count: 1, delayMs: 6_000 });
    const paid = await payOnce(h, m.key, authorizationId, '1500');
    expect(fault.hits).toBe(1);
    expect(paid.ams).toMatchObject({ status: 'UNKNOWN', code: 'TIMEOUT' });
    expect(paid.payment).toMatchObject({ status: 'PROCESSING', statusReason: 'TIMEOUT', amsPaymentId: null });
    const settled = await waitFor(() => inquire(paid.payment!.id), (r) => r.payment?.status === 'SUCCEEDED');
    expect(settled.payment?.amsPaymentId).toBeTruthy();
  });

  it('treats an unknown-exception U like any U', async () => {
    h.sandbox.addFault({ kind: 'unknown', api: 'pay', clientId: m.clientId, count: 1 });
    const paid = await payOnce(h, m.key, authorizationId, '1600');
    expect(paid.payment).toMatchObject({ status: 'PROCESSING', statusReason: 'U UNKNOWN_EXCEPTION' });
  });

  it('records a call that provably never left as FAILED with code NOT_SENT', async () => {
    const unreachable = await h.createMerchant('Unreachable merchant');
    const { authorizationId: auth } = await authorize(h, unreachable.key);
    // Point the merchant at a closed port: the AMS client cannot connect at all.
    await h.gateway.orm.em.getConnection().execute(`update merchants set base_url = 'http://127.0.0.1:1' where id = ?`, [unreachable.merchantId]);
    h.gateway.services.amsClients.forget(unreachable.merchantId);
    const paid = await payOnce(h, unreachable.key, auth, '1700');
    expect(paid.ams).toMatchObject({ status: 'NOT_SENT', code: 'CONNECTION_REFUSED' });
    expect(paid.payment).toMatchObject({ status: 'FAILED', failure: { code: 'NOT_SENT' } });
  });
});

describe('AMS client per merchant and key version', () => {
  it('signs with the new key right after a rotation (the cached client of the old version is replaced)', async () => {
    const r = await h.createMerchant('Rotating merchant');
    const { authorizationId: auth } = await authorize(h, r.key);
    expect((await payOnce(h, r.key, auth, '1800')).payment?.status).toBe('SUCCEEDED');

    const next = generateKeyPairSync('rsa', { modulusLength: 2048 });
    // AMS (the sandbox) now knows only the new public key, as version 2.
    await h.control('clients', { clientId: r.clientId, keyVersion: '2', publicKey: next.publicKey.export({ format: 'der', type: 'spki' }).toString('base64') });
    const rotated = await h.gql(
      RotateMerchantCredentialsDocument,
      {
        input: {
          merchantId: r.merchantId,
          merchantPrivateKey: next.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
          alipayPublicKey: h.sandbox.alipayPublicKey,
        },
      },
      h.adminKey,
    );
    expect(rotated.rotateMerchantCredentials.merchant?.keyVersion).toBe(2);
    const paid = await payOnce(h, r.key, auth, '1900');
    expect(paid.ams?.status).toBe('S');
    expect(paid.payment?.status).toBe('SUCCEEDED');
  });
});

describe('idempotency', () => {
  it('replays the stored result for the same idempotencyKey and input, without a second AMS call', async () => {
    const before = h.sandbox.payments(m.clientId).length;
    const first = await payOnce(h, m.key, authorizationId, '2000', { idempotencyKey: 'order-42-attempt-1' });
    const again = await payOnce(h, m.key, authorizationId, '2000', { idempotencyKey: 'order-42-attempt-1' });
    expect(again.replayed).toBe(true);
    expect(again.ams).toBeNull();
    expect(again.payment?.id).toBe(first.payment?.id);
    expect(again.payment?.status).toBe('SUCCEEDED');
    expect(h.sandbox.payments(m.clientId).length).toBe(before + 1);
  });

  it('refuses the same key with different parameters as IDEMPOTENCY_MISMATCH and persists nothing', async () => {
    await payOnce(h, m.key, authorizationId, '2100', { idempotencyKey: 'order-43' });
    const rows = await h.count('payments');
    const mismatch = await payOnce(h, m.key, authorizationId, '2200', { idempotencyKey: 'order-43' });
    expect(mismatch.payment).toBeNull();
    expect(mismatch.errors).toEqual([{ code: 'IDEMPOTENCY_MISMATCH', field: 'idempotencyKey', message: expect.stringContaining('different parameters') }]);
    expect(await h.count('payments')).toBe(rows);
  });

  it('uses a caller-given paymentRequestId as the AMS key, and refuses its reuse for another payment', async () => {
    const first = await payOnce(h, m.key, authorizationId, '2300', { paymentRequestId: 'PRQ-2300' });
    expect(first.payment?.paymentRequestId).toBe('PRQ-2300');
    const again = await payOnce(h, m.key, authorizationId, '2300', { paymentRequestId: 'PRQ-2300' });
    expect(again.replayed).toBe(true);
    const other = await payOnce(h, m.key, authorizationId, '2400', { paymentRequestId: 'PRQ-2300' });
    expect(other.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_MISMATCH', field: 'paymentRequestId' });
  });
});

describe('input validation: clear errors, nothing persisted', () => {
  const cases: Array<[string, { value: string; currency: string }, string, string]> = [
    ['a decimal amount', { value: '10.50', currency: 'USD' }, 'amount.value', 'whole number'],
    ['a zero amount', { value: '0', currency: 'USD' }, 'amount.value', 'greater than 0'],
    ['a negative amount', { value: '-5', currency: 'USD' }, 'amount.value', 'whole number'],
    ['too many digits', { value: '1234567890123456', currency: 'USD' }, 'amount.value', 'more than 15 digits'],
    ['an unknown currency', { value: '100', currency: 'XYZ' }, 'amount.currency', 'ISO 4217'],
    ['a lowercase currency', { value: '100', currency: 'usd' }, 'amount.currency', 'ISO 4217'],
  ];
  it.each(cases)('refuses %s', async (name, amount, field, expected) => {
    // Its own order reference: earlier tests' payments may still be settling (late notifications, sync jobs), so
    // "nothing persisted" is checked for this request alone, not as table counts.
    const referenceOrderId = `o-invalid-${name.replace(/\W+/g, '-')}`;
    const result = await h.gql(PayDocument, { input: { authorizationId, amount, referenceOrderId, orderDescription: 'x' } }, m.key);
    expect(result.pay.payment).toBeNull();
    expect(result.pay.errors).toEqual([{ code: 'INVALID', field, message: expect.stringContaining(expected) }]);
    expect(result.pay.errors[0]?.message).toContain(field === 'amount.value' ? `"${amount.value}"` : `"${amount.currency}"`);
    const persisted = await h.gateway.orm.em
      .getConnection()
      .execute<Array<{ payments: number; events: number }>>(
        `select (select count(*)::int from payments where reference_order_id = ?) as payments,
                (select count(*)::int from events e join payments p on p.id = e.aggregate_id where p.reference_order_id = ?) as events`,
        [referenceOrderId, referenceOrderId],
      );
    expect(persisted).toEqual([{ payments: 0, events: 0 }]);
  });

  it('refuses oversize strings and unknown ids, naming the field', async () => {
    const rows = await h.count('payments');
    const long = await h.gql(
      PayDocument,
      { input: { authorizationId, amount: { value: '100', currency: 'USD' }, referenceOrderId: 'x'.repeat(65), orderDescription: 'd'.repeat(257) } },
      m.key,
    );
    expect(long.pay.errors.map((e) => [e.code, e.field])).toEqual([
      ['TOO_LONG', 'referenceOrderId'],
      ['TOO_LONG', 'orderDescription'],
    ]);
    expect(long.pay.errors[0]?.message).toContain('65 characters long; at most 64');
    const unknown = await h.gql(
      PayDocument,
      { input: { authorizationId: 'aut_nope', amount: { value: '100', currency: 'USD' }, referenceOrderId: 'o', orderDescription: 'd' } },
      m.key,
    );
    expect(unknown.pay.errors).toEqual([{ code: 'NOT_FOUND', field: 'authorizationId', message: 'no authorization aut_nope' }]);
    expect(await h.count('payments')).toBe(rows);
  });
});

describe('cancel', () => {
  it('cancels a SUCCEEDED payment inside the window', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '3000');
    const cancelled = await h.gql(CancelPaymentDocument, { id: paid.payment!.id }, m.key);
    expect(cancelled.cancelPayment.errors).toEqual([]);
    expect(cancelled.cancelPayment.ams?.status).toBe('S');
    expect(cancelled.cancelPayment.payment).toMatchObject({ status: 'CANCELLED' });
    expect(cancelled.cancelPayment.payment?.cancelTime).toBeTruthy();
    const again = await h.gql(CancelPaymentDocument, { id: paid.payment!.id }, m.key);
    expect(again.cancelPayment).toMatchObject({ replayed: true, ams: null });
  });

  it('refuses a payment with refunds, before calling AMS', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '3100');
    await h.gql(RefundDocument, { input: { paymentId: paid.payment!.id, amount: { value: '100', currency: 'USD' } } }, m.key);
    const cancelled = await h.gql(CancelPaymentDocument, { id: paid.payment!.id }, m.key);
    expect(cancelled.cancelPayment.errors[0]).toMatchObject({ code: 'HAS_REFUNDS', field: 'id' });
    expect(cancelled.cancelPayment.ams).toBeNull();
  });

  it('refuses after 00:15 UTC+8 of the day after creation', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '3200');
    await h.gateway.orm.em
      .getConnection()
      .execute(`update payments set created_at = created_at - interval '2 days' where id = ?`, [paid.payment!.id]);
    const cancelled = await h.gql(CancelPaymentDocument, { id: paid.payment!.id }, m.key);
    expect(cancelled.cancelPayment.errors[0]).toMatchObject({ code: 'CANCEL_WINDOW_EXCEEDED', message: expect.stringContaining('refund instead') });
    const stored = await h.gql(PaymentDocument, { id: paid.payment!.id }, m.key);
    expect(stored.payment?.status).toBe('SUCCEEDED');
  });

  it('keeps a timed-out cancel visible, refuses refunds meanwhile, and completes when cancel is called again', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '3250');
    const id = paid.payment!.id;
    h.sandbox.addFault({ kind: 'timeout', api: 'cancel', clientId: m.clientId, count: 1, delayMs: 6_000 });
    const unknown = await h.gql(CancelPaymentDocument, { id }, m.key);
    expect(unknown.cancelPayment.ams).toMatchObject({ status: 'UNKNOWN', code: 'TIMEOUT' });
    expect(unknown.cancelPayment.payment).toMatchObject({ status: 'SUCCEEDED', statusReason: 'cancel TIMEOUT' });
    const refused = await h.gql(RefundDocument, { input: { paymentId: id, amount: { value: '100', currency: 'USD' } } }, m.key);
    expect(refused.refund.errors[0]).toMatchObject({ code: 'CANCEL_IN_PROGRESS' });
    const retried = await h.gql(CancelPaymentDocument, { id }, m.key);
    expect(retried.cancelPayment.payment).toMatchObject({ status: 'CANCELLED', statusReason: null });
  });

  it('refuses a FAILED payment and unknown ids', async () => {
    const failed = await payOnce(h, m.key, authorizationId, '3301');
    const cancelled = await h.gql(CancelPaymentDocument, { id: failed.payment!.id }, m.key);
    expect(cancelled.cancelPayment.errors[0]?.code).toBe('INVALID_STATE');
    const unknown = await h.gql(CancelPaymentDocument, { id: 'pay_unknown' }, m.key);
    expect(unknown.cancelPayment.errors[0]).toMatchObject({ code: 'NOT_FOUND', message: 'no payment pay_unknown' });
  });

  it('a cancel of a payment AMS never finalised closes it for good', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '3404'); // ending 04: never final at AMS
    expect(paid.payment?.status).toBe('PROCESSING');
    const cancelled = await h.gql(CancelPaymentDocument, { id: paid.payment!.id }, m.key);
    expect(cancelled.cancelPayment.payment?.status).toBe('CANCELLED');
    const inquiry = await inquire(paid.payment!.id);
    expect(inquiry.payment?.status).toBe('CANCELLED');
  });
});

describe('monotonic status', () => {
  it('refuses an inquiry result that would move a final status back: ANOMALY event, nothing changed', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '3500');
    const id = paid.payment!.id;
    // Simulate a diverged record (e.g. restored from an old backup): FAILED here, SUCCESS at AMS.
    await h.gateway.orm.em.getConnection().execute(`update payments set status = 'FAILED' where id = ?`, [id]);
    const inquiry = await inquire(id);
    expect(inquiry.ams?.status).toBe('S');
    expect(inquiry.payment?.status).toBe('FAILED');
    const events = await h.gql(EventsDocument, { aggregateId: id, first: 20 }, m.key);
    const last = events.events.nodes.at(-1);
    expect(last).toMatchObject({ type: 'ANOMALY', fromStatus: 'FAILED', toStatus: 'SUCCEEDED', source: 'INQUIRY' });
    expect(String(last?.payload.reason)).toContain('final status');
  });
});

describe('concurrent appliers', () => {
  it('apply a transition once: concurrent inquiries that learn the same outcome append one event', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '3602'); // ending 02: U, then SUCCESS at AMS
    const id = paid.payment!.id;
    await waitFor(
      async () => h.sandbox.payments(m.clientId).find((p) => p.paymentRequestId === paid.payment!.paymentRequestId)?.status,
      (status) => status === 'SUCCESS',
    );
    const results = await Promise.all([1, 2, 3, 4].map(() => inquire(id)));
    expect(results.every((r) => r.payment?.status === 'SUCCEEDED')).toBe(true);
    const events = await h.gql(EventsDocument, { aggregateId: id, first: 20 }, m.key);
    expect(events.events.nodes.filter((e) => e.toStatus === 'SUCCEEDED')).toHaveLength(1);
    expect(events.events.nodes.filter((e) => e.type === 'ANOMALY')).toHaveLength(0);
  });
});

describe('local reads', () => {
  it('finds a payment by id, paymentRequestId and amsPaymentId, and lists with filters and cursors', async () => {
    const paid = await payOnce(h, m.key, authorizationId, '4000');
    const p = paid.payment!;
    for (const args of [{ id: p.id }, { paymentRequestId: p.paymentRequestId }, { amsPaymentId: p.amsPaymentId }]) {
      const found = await h.gql(PaymentDocument, args, m.readonlyKey);
      expect(found.payment?.id).toBe(p.id);
    }
    const failed = await h.gql(PaymentsDocument, { first: 20, filter: { status: 'FAILED' } }, m.readonlyKey);
    expect(failed.payments.nodes.length).toBeGreaterThan(0);
    expect(failed.payments.nodes.every((n) => n.status === 'FAILED')).toBe(true);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof h.gql<import('../../generated/graphql.js').PaymentsQuery, unknown>>> = await h.gql(
        PaymentsDocument,
        { first: 3, after, filter: { authorizationId } },
        m.readonlyKey,
      );
      seen.push(...page.payments.nodes.map((n) => n.id));
      if (!page.payments.pageInfo.hasNextPage) break;
      after = page.payments.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect(seen).toContain(p.id);

    const future = await h.gql(PaymentsDocument, { first: 5, filter: { createdAfter: new Date(Date.now() + 3_600_000).toISOString() } }, m.key);
    expect(future.payments.nodes).toEqual([]);
  });
});
