import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonNullType, type GraphQLSchema } from 'graphql';
import { buildGatewaySchema } from '../../../src/graphql/schema.js';
import { EventsDocument, PayDocument, PaymentsDocument, RefundDocument } from '../../generated/graphql.js';
import { authorize, payOnce } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';
import { rowCounts } from '../../helpers/row-counts.js';
import { rootFields } from '../../helpers/schema-inputs.js';

/**
 * Issue #12 item 5: a cursor that does not parse is BAD_USER_INPUT naming the argument, on every connection (never an
 * empty page, which a poller would take for the end or a restart). Item 6: an amount with surrounding whitespace is
 * refused like any malformed amount.
 */

let h: OpsHarness;
let merchant: MerchantKeys;
let schema: GraphQLSchema;
let authorizationId: string;

beforeAll(async () => {
  h = await startOpsHarness();
  merchant = await h.createMerchant('Cursors');
  ({ authorizationId } = await authorize(h, merchant.key));
  schema = await buildGatewaySchema();
});
afterAll(async () => h?.close());

describe('cursors', () => {
  it('every query with an `after` argument refuses a cursor it never issued', async () => {
    const connections = rootFields(schema).filter((root) => root.operation === 'query' && root.field.args.some((arg) => arg.name === 'after'));
    expect(connections.map((root) => root.field.name)).toEqual(expect.arrayContaining(['payments', 'events', 'merchants', 'refunds', 'authorizations']));
    for (const root of connections) {
      // Required arguments besides `after` (a parent's id) get a well-formed id that names nothing: the cursor is
      // read before any lookup, so it is still the only thing wrong.
      const required = root.field.args.filter((arg) => arg.name !== 'after' && isNonNullType(arg.type) && arg.defaultValue === undefined);
      expect(required.map((arg) => String(arg.type))).toEqual(required.map(() => 'ID!'));
      const requiredDecl = required.map((arg) => `, $${arg.name}: ID!`).join('');
      const requiredArgs = required.map((arg) => `, ${arg.name}: $${arg.name}`).join('');
      const requiredValues = Object.fromEntries(required.map((arg) => [arg.name, 'none_0']));
      for (const cursor of ['garbage', 'not-a-cursor', '', 'aWQ6', Buffer.from('id:x\u0000y').toString('base64url')]) {
        const answer = await fetch(`${h.gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${h.adminKey}` },
          // Lists that need a scope (a merchant's discrepancies) get one; the cursor is the only thing wrong.
          body: JSON.stringify(
            root.field.args.some((arg) => arg.name === 'merchantId')
              ? { query: `query ($after: String, $m: ID${requiredDecl}) { ${root.field.name}(after: $after, merchantId: $m${requiredArgs}) { __typename } }`, variables: { after: cursor, m: merchant.merchantId, ...requiredValues } }
              : { query: `query ($after: String${requiredDecl}) { ${root.field.name}(after: $after${requiredArgs}) { __typename } }`, variables: { after: cursor, ...requiredValues } },
          ),
        });
        const body = (await answer.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        if (cursor === '') {
          // An empty cursor is the same as none.
          expect(body.errors, `${root.field.name}(after: "")`).toBeUndefined();
          continue;
        }
        expect(body.errors?.[0]?.extensions?.code, `${root.field.name}(after: ${JSON.stringify(cursor)})`).toBe('BAD_USER_INPUT');
        expect(body.errors?.[0]?.message, root.field.name).toMatch(/^after: /);
      }
    }
  });

  it('a cursor the API issued still pages on, and an event cursor must be one', async () => {
    await payOnce(h, merchant.key, authorizationId, '100');
    await payOnce(h, merchant.key, authorizationId, '200');
    const first = await h.gql(PaymentsDocument, { first: 1 }, merchant.key);
    const next = await h.gql(PaymentsDocument, { first: 1, after: first.payments.pageInfo.endCursor }, merchant.key);
    expect(next.payments.nodes).toHaveLength(1);
    expect(next.payments.nodes[0]?.id).not.toBe(first.payments.nodes[0]?.id);
    const events = await h.gql(EventsDocument, { first: 1 }, merchant.key);
    expect((await h.gql(EventsDocument, { first: 1, after: events.events.pageInfo.endCursor }, merchant.key)).events.nodes).toHaveLength(1);
    const paymentCursorAsEvent = await h.request(EventsDocument, { first: 1, after: first.payments.pageInfo.endCursor }, merchant.key);
    expect(paymentCursorAsEvent.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(paymentCursorAsEvent.errors?.[0]?.message).toMatch(/^after: /);
  });
});

describe('amounts', () => {
  it.each([' 100', '100 ', '\t100', '100\n', '+100', '1 00'])('refuses %j like any malformed amount and stores nothing', async (value) => {
    const before = await rowCounts(h.gateway);
    const pay = await h.gql(
      PayDocument,
      { input: { authorizationId, amount: { value, currency: 'USD' }, referenceOrderId: 'ws-order', orderDescription: 'd' } },
      merchant.key,
    );
    expect(pay.pay.payment).toBeNull();
    expect(pay.pay.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'amount.value' })]);
    expect(pay.pay.errors[0]?.message).toContain('is not a whole number of minor units');
    expect(await rowCounts(h.gateway)).toEqual(before);
  });

  it('refuses a currency with whitespace, and the same rule holds for refunds', async () => {
    const paid = await payOnce(h, merchant.key, authorizationId, '1000');
    const refund = await h.gql(RefundDocument, { input: { paymentId: paid.payment!.id, amount: { value: ' 100', currency: 'USD' } } }, merchant.key);
    expect(refund.refund.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'amount.value' })]);
    const currency = await h.gql(RefundDocument, { input: { paymentId: paid.payment!.id, amount: { value: '100', currency: ' USD' } } }, merchant.key);
    expect(currency.refund.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'amount.currency' })]);
  });
});
