import type { Knex } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaymentDocument, PaymentsWithRefundTotalsDocument, RefundDocument } from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
let knex: Knex;
const statements: string[] = [];
const record = (query: { sql: string }) => statements.push(query.sql);

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('Nested fields merchant');
  knex = h.gateway.orm.em.getConnection().getKnex();
  knex.on('query', record);
});
afterAll(async () => {
  knex?.off('query', record);
  await h?.close();
});

/** Statements that read or write payments or refunds (the queries this page may cost). */
function pageStatements(): string[] {
  return statements.filter((sql) => /"(payments|refunds)"/.test(sql));
}

describe('a page of 100 payments with every nested field', () => {
  it('costs at most 3 queries and gives the same totals as one payment at a time', async () => {
    const { authorizationId } = await authorize(h, m.key);
    const paid = await payOnce(h, m.key, authorizationId, '10000', { currency: 'USD' });
    expect(paid.payment?.status).toBe('SUCCEEDED');
    const refunded = await h.gql(RefundDocument, { input: { paymentId: paid.payment!.id, amount: { value: '2500', currency: 'USD' } } }, m.key);
    expect(refunded.refund.refund?.status).toBe('SUCCEEDED');

    // 99 more: SUCCEEDED ones with refunds in every status, and some that cannot be refunded at all.
    await knex.raw(
      `insert into payments (id, merchant_id, status, input_hash, created_at, updated_at, authorization_id, payment_request_id, ams_payment_id,
                             amount_value, currency, payment_method_type, reference_order_id, order_description, payment_time)
       select 'pay_nested_' || lpad(g::text, 3, '0'), ?, case when g % 5 = 0 then 'FAILED' else 'SUCCEEDED' end, 'x', now(), now(), ?,
              'NESTED_' || g, 'AMS_NESTED_' || g, 1000 * g, 'USD', 'GCASH', 'o' || g, 'd', now()
       from generate_series(1, 99) g`,
      [m.merchantId, authorizationId],
    );
    await knex.raw(
      `insert into refunds (id, merchant_id, status, input_hash, created_at, updated_at, payment_id, refund_request_id, amount_value, currency)
       select 'ref_nested_' || g || '_' || s.status, ?, s.status, 'x', now(), now(), 'pay_nested_' || lpad(g::text, 3, '0'),
              'RNESTED_' || g || '_' || s.status, 100 * g, 'USD'
       from generate_series(1, 99) g, (values ('SUCCEEDED'), ('FAILED'), ('PROCESSING')) s(status)
       where g % 3 = 0`,
      [m.merchantId],
    );

    statements.length = 0;
    const page = await h.gql(PaymentsWithRefundTotalsDocument, { first: 100 }, m.readonlyKey);
    const costs = pageStatements();
    expect(page.payments.nodes).toHaveLength(100);
    expect(costs.length, costs.join('\n')).toBeLessThanOrEqual(3);

    const byId = new Map(page.payments.nodes.map((node) => [node.id, node]));
    expect(byId.get(paid.payment!.id)).toMatchObject({ refundedAmount: { value: '2500', currency: 'USD' }, refundableAmount: { value: '7500', currency: 'USD' } });
    for (let g = 1; g <= 99; g++) {
      const refundable = g % 5 === 0 ? 0 : 1000 * g - (g % 3 === 0 ? 200 * g : 0);
      expect(byId.get(`pay_nested_${String(g).padStart(3, '0')}`), `payment ${g}`).toMatchObject({
        refundedAmount: { value: String(g % 3 === 0 ? 100 * g : 0) },
        refundableAmount: { value: String(refundable) },
      });
    }
    for (const id of ['pay_nested_003', 'pay_nested_015', 'pay_nested_007', paid.payment!.id]) {
      const one = await h.gql(PaymentDocument, { id }, m.readonlyKey);
      expect(one.payment, id).toMatchObject({ refundedAmount: byId.get(id)!.refundedAmount, refundableAmount: byId.get(id)!.refundableAmount });
    }
  });
});
