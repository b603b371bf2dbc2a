import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventsDocument, InquiryRefundDocument, PaymentDocument, RefundByIdDocument, RefundDocument, RefundsDocument, ResolveRefundManuallyDocument } from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, waitFor, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
let authorizationId: string;

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Refunds merchant');
  ({ authorizationId } = await authorize(h, m.key));
});
afterAll(async () => h?.close());

async function paidPayment(value: string, currency = 'USD'): Promise<string> {
  const paid = await payOnce(h, m.key, authorizationId, value, { currency });
  expect(paid.payment?.status).toBe('SUCCEEDED');
  return paid.payment!.id;
}

const refund = (paymentId: string, value: string, extra: { currency?: string; idempotencyKey?: string; refundRequestId?: string } = {}) =>
  h
    .gql(
      RefundDocument,
      {
        input: {
          paymentId,
          amount: { value, currency: extra.currency ?? 'USD' },
          ...(extra.idempotencyKey ? { idempotencyKey: extra.idempotencyKey } : {}),
          ...(extra.refundRequestId ? { refundRequestId: extra.refundRequestId } : {}),
        },
      },
      m.key,
    )
    .then((r) => r.refund);

describe('refund rules, checked before AMS', () => {
  it('allows partial refunds up to the paid amount and refuses the excess with the remaining amount', async () => {
    const paymentId = await paidPayment('10000');
    expect((await refund(paymentId, '4000')).refund?.status).toBe('SUCCEEDED');
    const partly = (await h.gql(PaymentDocument, { id: paymentId }, m.readonlyKey)).payment;
    expect(partly).toMatchObject({ refundedAmount: { value: '4000', currency: 'USD' }, refundableAmount: { value: '6000', currency: 'USD' } });
    expect((await refund(paymentId, '6000')).refund?.status).toBe('SUCCEEDED');
    const fully = (await h.gql(PaymentDocument, { id: paymentId }, m.readonlyKey)).payment;
    expect(fully).toMatchObject({ refundedAmount: { value: '10000' }, refundableAmount: { value: '0' } });
    const rows = await h.count('refunds');
    const over = await refund(paymentId, '1');
    expect(over.refund).toBeNull();
    expect(over.ams).toBeNull();
    expect(over.errors).toEqual([
      { code: 'AMOUNT_EXCEEDS_REFUNDABLE', field: 'amount.value', message: expect.stringContaining('left to refund: 0 USD of 10000 paid') },
    ]);
    expect(await h.count('refunds')).toBe(rows);

    const events = await h.gql(EventsDocument, { aggregateId: paymentId, first: 20 }, m.key);
    expect(events.events.nodes.filter((e) => e.type === 'REFUNDED').map((e) => e.payload.amount)).toEqual([
      { value: '4000', currency: 'USD' },
      { value: '6000', currency: 'USD' },
    ]);
  });

  it('never overdraws under concurrent refunds (the payment row is locked while checking)', async () => {
    const paymentId = await paidPayment('9000');
    const results = await Promise.all([1, 2, 3, 4].map(() => refund(paymentId, '4000')));
    const accepted = results.filter((r) => r.refund !== null);
    const refused = results.filter((r) => r.errors[0]?.code === 'AMOUNT_EXCEEDS_REFUNDABLE');
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(2);
    const listed = await h.gql(RefundsDocument, { first: 10, filter: { paymentId } }, m.key);
    expect(listed.refunds.nodes.reduce((sum, r) => sum + Number(r.amount.value), 0)).toBe(8000);
  });

  it('refuses another currency, a payment that did not succeed, unknown ids and expired windows', async () => {
    const paymentId = await paidPayment('5000');
    expect((await refund(paymentId, '100', { currency: 'EUR' })).errors[0]).toMatchObject({ code: 'CURRENCY_MISMATCH', field: 'amount.currency' });

    const failed = await payOnce(h, m.key, authorizationId, '5001');
    expect((await refund(failed.payment!.id, '100')).errors[0]).toMatchObject({ code: 'PAYMENT_NOT_REFUNDABLE', field: 'paymentId' });

    expect((await refund('pay_missing', '100')).errors).toEqual([{ code: 'NOT_FOUND', field: 'paymentId', message: 'no payment pay_missing' }]);

    await h.gateway.orm.em
      .getConnection()
      .execute(`update payments set payment_time = payment_time - interval '13 months' where id = ?`, [paymentId]);
    expect((await refund(paymentId, '100')).errors[0]).toMatchObject({ code: 'REFUND_WINDOW_EXCEEDED', message: expect.stringContaining('12 months') });
  });

  it('refuses malformed amounts with nothing persisted', async () => {
    const paymentId = await paidPayment('5100');
    const rows = await h.count('refunds');
    const bad = await refund(paymentId, '1e3');
    expect(bad.errors).toEqual([{ code: 'INVALID', field: 'amount.value', message: expect.stringContaining('"1e3"') }]);
    expect(await h.count('refunds')).toBe(rows);
  });
});

describe('refund outcomes', () => {
  it('stores F as FAILED; a failed refund does not count against the refundable amount', async () => {
    const paymentId = await paidPayment('3000');
    const failed = await refund(paymentId, '1011'); // ending 11 → MERCHANT_BALANCE_NOT_ENOUGH
    expect(failed.errors).toEqual([]);
    expect(failed.ams).toMatchObject({ status: 'F', code: 'MERCHANT_BALANCE_NOT_ENOUGH' });
    expect(failed.refund).toMatchObject({ status: 'FAILED', failure: { code: 'MERCHANT_BALANCE_NOT_ENOUGH' } });
    expect((await refund(paymentId, '3000')).refund?.status).toBe('SUCCEEDED');
  });

  it('leaves U PROCESSING with the reason; inquiryRefund resolves it by every id', async () => {
    const paymentId = await paidPayment('3000');
    const pending = await refund(paymentId, '1012'); // ending 12 → REFUND_IN_PROCESS, then SUCCESS
    expect(pending.refund).toMatchObject({ status: 'PROCESSING', statusReason: 'U REFUND_IN_PROCESS' });
    const id = pending.refund!.id;
    const settled = await waitFor(
      () => h.gql(InquiryRefundDocument, { id }, m.readonlyKey).then((r) => r.inquiryRefund),
      (r) => r.refund?.status === 'SUCCEEDED',
    );
    expect(settled.refund?.amsRefundId).toBeTruthy();
    const byRequest = await h.gql(InquiryRefundDocument, { refundRequestId: settled.refund!.refundRequestId }, m.key);
    expect(byRequest.inquiryRefund.refund?.id).toBe(id);
    const byAmsId = await h.gql(RefundByIdDocument, { amsRefundId: settled.refund!.amsRefundId }, m.key);
    expect(byAmsId.refund?.id).toBe(id);
    const events = await h.gql(EventsDocument, { aggregateId: id, first: 10 }, m.key);
    expect(events.events.nodes.map((e) => `${e.type}:${e.toStatus}:${e.source}`)).toEqual([
      'CREATED:PENDING:API',
      'STATUS_CHANGED:PROCESSING:RESPONSE',
      'STATUS_CHANGED:SUCCEEDED:INQUIRY',
    ]);
  });

  it('an admin settles a PROCESSING refund by hand (reason required, machine obeyed, ADMIN event); a merchant key may not', async () => {
    const paymentId = await paidPayment('3000');
    const pending = await refund(paymentId, '1012'); // ending 12 → REFUND_IN_PROCESS
    const id = pending.refund!.id;
    expect(pending.refund?.status).toBe('PROCESSING');
    const asMerchant = await h.gql(ResolveRefundManuallyDocument, { id, status: 'FAILED', reason: 'ticket 7' }, m.key).catch((error: Error) => error);
    expect(String(asMerchant)).toContain('FORBIDDEN');
    const noReason = await h.gql(ResolveRefundManuallyDocument, { id, status: 'FAILED', reason: ' ' }, h.adminKey);
    expect(noReason.resolveRefundManually.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'reason' })]);
    const done = await h.gql(ResolveRefundManuallyDocument, { id, status: 'FAILED', reason: 'AMS support: no refund made (ticket 7)' }, h.adminKey);
    // A notification or the inquiry may have settled it first: then the machine refuses to move it again.
    if (done.resolveRefundManually.errors.length === 0) {
      expect(done.resolveRefundManually.refund).toMatchObject({ id, status: 'FAILED', statusReason: 'manual: AMS support: no refund made (ticket 7)' });
      const events = await h.gql(EventsDocument, { aggregateId: id, first: 10 }, m.key);
      expect(events.events.nodes.at(-1)).toMatchObject({ type: 'STATUS_CHANGED', toStatus: 'FAILED', source: 'ADMIN' });
    } else {
      expect(done.resolveRefundManually.errors[0]?.code).toBe('INVALID_STATE');
    }
  });

  it('replays a refund by idempotencyKey and refuses the key for another amount', async () => {
    const paymentId = await paidPayment('3000');
    const first = await refund(paymentId, '500', { idempotencyKey: 'rf-1' });
    const again = await refund(paymentId, '500', { idempotencyKey: 'rf-1' });
    expect(again).toMatchObject({ replayed: true, ams: null, refund: { id: first.refund!.id, status: 'SUCCEEDED' } });
    expect((await refund(paymentId, '600', { idempotencyKey: 'rf-1' })).errors[0]?.code).toBe('IDEMPOTENCY_MISMATCH');
  });
});
