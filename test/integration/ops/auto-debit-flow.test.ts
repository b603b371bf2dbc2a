import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventsDocument, PaymentDocument, RefundDocument } from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Flow merchant');
});
afterAll(async () => h?.close());

describe('consult → approve → applyToken → pay → refund, through GraphQL alone', () => {
  it('runs the whole Auto Debit flow and records every transition as an event, in order', async () => {
    const { authorizationId } = await authorize(h, m.key);

    const paid = await payOnce(h, m.key, authorizationId, '10000');
    expect(paid.errors).toEqual([]);
    expect(paid.ams).toMatchObject({ status: 'S', code: 'SUCCESS' });
    expect(paid.payment).toMatchObject({ status: 'SUCCEEDED', amount: { value: '10000', currency: 'USD' }, failure: null });
    expect(paid.payment?.amsPaymentId).toBeTruthy();
    const paymentId = paid.payment!.id;

    const refunded = await h.gql(RefundDocument, { input: { paymentId, amount: { value: '2500', currency: 'USD' }, reason: 'partial' } }, m.key);
    expect(refunded.refund.errors).toEqual([]);
    expect(refunded.refund.refund).toMatchObject({ status: 'SUCCEEDED', paymentId, amount: { value: '2500', currency: 'USD' } });
    expect(refunded.refund.refund?.amsRefundId).toBeTruthy();

    const stored = await h.gql(PaymentDocument, { id: paymentId }, m.readonlyKey);
    expect(stored.payment?.status).toBe('SUCCEEDED');

    const events = await h.gql(EventsDocument, { first: 50 }, m.readonlyKey);
    const summary = events.events.nodes.map((e) => `${e.aggregateType} ${e.type} ${e.fromStatus ?? '-'}→${e.toStatus ?? '-'}`);
    expect(summary).toEqual([
      'AUTHORIZATION CREATED -→CONSULTING',
      'AUTHORIZATION STATUS_CHANGED CONSULTING→AWAITING_USER',
      'AUTHORIZATION STATUS_CHANGED AWAITING_USER→AUTH_CODE_RECEIVED',
      'AUTHORIZATION STATUS_CHANGED AUTH_CODE_RECEIVED→ACTIVE',
      'PAYMENT CREATED -→PENDING',
      'PAYMENT STATUS_CHANGED PENDING→SUCCEEDED',
      'REFUND CREATED -→PENDING',
      'REFUND STATUS_CHANGED PENDING→SUCCEEDED',
      'PAYMENT REFUNDED -→-',
    ]);
    const ids = events.events.nodes.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
    expect(events.events.nodes.every((e) => e.merchantId === m.merchantId)).toBe(true);
  });
});
