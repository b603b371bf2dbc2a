import type { Knex } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/shared/ids.js';
import { ID_PREFIXES } from '../../../src/modules/shared/id-prefixes.js';
import { ID_TIME_SLACK_MS } from '../../../src/modules/shared/listing.js';
import { PaymentsDocument, type PaymentsQuery } from '../../generated/graphql.js';
import { authorize } from '../../helpers/ops-flows.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';

let h: OpsHarness;
let m: MerchantKeys;
let knex: Knex;
const HOUR = 3_600_000;
const base = Date.UTC(2026, 0, 1);

interface Seeded {
  id: string;
  createdMs: number;
  status: string;
}
const seeded: Seeded[] = [];

beforeAll(async () => {
  h = await startOpsHarness();
  m = await h.createMerchant('List filters merchant');
  knex = h.gateway.orm.em.getConnection().getKnex();
  const { authorizationId } = await authorize(h, m.key);
  // One payment an hour for ten days; created_at is up to half the slack away from the id's time, either way.
  for (let i = 0; i < 240; i++) {
    const idMs = base + i * HOUR;
    const createdMs = idMs + Math.round(((i % 7) - 3) * (ID_TIME_SLACK_MS / 6));
    seeded.push({ id: newId(ID_PREFIXES.payment, idMs), createdMs, status: i % 4 === 0 ? 'FAILED' : 'SUCCEEDED' });
  }
  await knex('payments').insert(
    seeded.map((p, i) => ({
      id: p.id,
      merchant_id: m.merchantId,
      status: p.status,
      input_hash: 'x',
      created_at: new Date(p.createdMs),
      updated_at: new Date(p.createdMs),
      authorization_id: authorizationId,
      payment_request_id: `LIST_${i}`,
      amount_value: 100,
      currency: 'USD',
      payment_method_type: 'GCASH',
      reference_order_id: `o${i}`,
      order_description: 'd',
    })),
  );
});
afterAll(async () => h?.close());

async function listAll(filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null | undefined = null;
  for (;;) {
    const page: PaymentsQuery = await h.gql(PaymentsDocument, { first: 7, after, filter }, m.readonlyKey);
    ids.push(...page.payments.nodes.map((n) => n.id));
    if (!page.payments.pageInfo.hasNextPage) return ids;
    after = page.payments.pageInfo.endCursor;
  }
}

describe('list filters (a created range is also an id range)', () => {
  it('returns exactly the records created in the range, newest first, across pages, with and without a status', async () => {
    const from = base + 30 * HOUR;
    const to = base + 90 * HOUR;
    const inRange = seeded.filter((p) => p.createdMs >= from && p.createdMs < to);
    const expected = inRange.map((p) => p.id).reverse();
    expect(expected.length).toBeGreaterThan(50);
    const range = { createdAfter: new Date(from).toISOString(), createdBefore: new Date(to).toISOString() };
    expect(await listAll(range)).toEqual(expected);
    const failed = inRange.filter((p) => p.status === 'FAILED').map((p) => p.id).reverse();
    expect(await listAll({ ...range, status: 'FAILED' })).toEqual(failed);
  });

  it('keeps a record whose id time is just outside the range while its created_at is inside it', async () => {
    const idTimeBefore = seeded[5]!; // created a third of the slack after its id's time
    const idTimeAfter = seeded[7]!; // created half the slack before its id's time
    for (const edge of [idTimeBefore, idTimeAfter]) {
      const exact = { createdAfter: new Date(edge.createdMs).toISOString(), createdBefore: new Date(edge.createdMs + 1).toISOString() };
      expect(await listAll(exact)).toEqual([edge.id]);
    }
  });
});
