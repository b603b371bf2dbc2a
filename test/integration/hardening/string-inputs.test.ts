import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { buildGatewaySchema } from '../../../src/graphql/schema.js';
import { startOpsHarness, type MerchantKeys, type OpsHarness } from '../../helpers/ops-harness.js';
import { rowCounts } from '../../helpers/row-counts.js';
import { documentFor, leafPaths, printPath, rootFields, sampleArgs, withValueAt } from '../../helpers/schema-inputs.js';

/**
 * Issue #12 items 3 and 4: a U+0000 or an over-long string in ANY string input of ANY query or mutation is refused
 * before the database, as BAD_USER_INPUT naming the field; and baseUrl is an origin.
 */

let h: OpsHarness;
let merchant: MerchantKeys;
let schema: GraphQLSchema;

interface Answer {
  status: number;
  raw: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(query: string, variables: Record<string, unknown>, key = merchant.key): Promise<Answer> {
  const response = await fetch(`${h.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  return { status: response.status, raw, body: JSON.parse(raw) as Answer['body'] };
}

function expectNamedRefusal(answer: Answer, field: string, problem: string, what: string): void {
  expect(answer.status, `${what}: ${answer.raw}`).toBe(400);
  expect(answer.body.errors?.[0]?.extensions?.code, what).toBe('BAD_USER_INPUT');
  expect(answer.body.errors?.[0]?.message, what).toContain(field);
  expect(answer.body.errors?.[0]?.message, what).toContain(problem);
}

beforeAll(async () => {
  h = await startOpsHarness({ publicBaseUrl: 'http://127.0.0.1:9/gw' });
  merchant = await h.createMerchant('Strings');
  schema = await buildGatewaySchema();
});
afterAll(async () => h?.close());

describe('every string input of every query and mutation', () => {
  it('refuses U+0000 and over-long strings naming the field, and stores nothing', async () => {
    const before = await rowCounts(h.gateway);
    let checked = 0;
    for (const root of rootFields(schema)) {
      const args = sampleArgs(root.field, () => 'plain');
      for (const leaf of leafPaths(root.field).filter((l) => l.isString)) {
        const where = `${root.field.name}: ${printPath(leaf.path)}`;
        const withNull = await post(documentFor(root), withValueAt(args, leaf.path, 'before\u0000after'));
        expectNamedRefusal(withNull, where, 'U+0000', `${where} with a null byte`);
        // Limits above the HTTP body limit are enforced by the body limit first (and by the unit test of the guard).
        if (leaf.maxLength <= 50_000) {
          const tooLong = await post(documentFor(root), withValueAt(args, leaf.path, 'x'.repeat(leaf.maxLength + 1)));
          expectNamedRefusal(tooLong, where, `at most ${leaf.maxLength}`, `${where} over its limit`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(await rowCounts(h.gateway)).toEqual(before);
    // Two requests per string input of the whole schema: minutes on a loaded machine as the schema grows.
  }, 240_000);

  it('refuses a null byte written as a literal in the document, too', async () => {
    const answer = await post(
      'mutation { pay(input: {authorizationId: "aut_1", amount: {value: "100", currency: "USD"}, referenceOrderId: "o\\u0000", orderDescription: "d"}) { errors { code } } }',
      {},
    );
    expectNamedRefusal(answer, 'pay: input.referenceOrderId', 'U+0000', 'literal null byte');
  });
});

describe('over graphql-ws', () => {
  it('refuses a null byte in a subscription argument the same way, and keeps the socket', async () => {
    const { default: WebSocket } = await import('ws');
    const ws = new WebSocket(`${h.gateway.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const answer = await new Promise<{ type: string; payload: { message: string; extensions?: { code?: string } }[] }>((resolve, reject) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${merchant.key}` } })));
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload: never };
        if (message.type === 'connection_ack') {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription ($p: ID) { paymentUpdated(paymentId: $p) { cursor } }', variables: { p: 'pay_\u0000' } } }));
        } else if (message.type === 'error' || message.type === 'next') resolve(message);
      });
      ws.on('error', reject);
    });
    expect(answer.type).toBe('error');
    expect(answer.payload[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(answer.payload[0]?.message).toBe('paymentUpdated: paymentId must not contain the null character (U+0000).');
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });
});

describe('createMerchant baseUrl is an origin', () => {
  const keys = async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const merchantPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      merchantPrivateKey: merchantPair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      alipayPublicKey: h.sandbox.alipayPublicKey,
    };
  };
  const CREATE = 'mutation ($input: CreateMerchantInput!) { createMerchant(input: $input) { merchant { baseUrl } errors { code field message } } }';

  it('refuses a 10 KB baseUrl before anything runs', async () => {
    const answer = await post(CREATE, { input: { name: 'Long', clientId: 'LONG_1', baseUrl: `https://ams.example.com/${'a'.repeat(10_240)}`, ...(await keys()) } }, h.adminKey);
    expectNamedRefusal(answer, 'createMerchant: input.baseUrl', 'at most 2048', '10 KB baseUrl');
  });

  it('refuses a path, and keeps an origin given with a trailing slash as the origin', async () => {
    const withPath = await post(CREATE, { input: { name: 'Path', clientId: 'PATH_1', baseUrl: 'https://ams.example.com/ams/api', ...(await keys()) } }, h.adminKey);
    expect(withPath.body.data?.createMerchant).toMatchObject({ merchant: null, errors: [{ code: 'INVALID', field: 'baseUrl' }] });
    const slash = await post(CREATE, { input: { name: 'Slash', clientId: 'SLASH_1', baseUrl: 'https://ams.example.com/', ...(await keys()) } }, h.adminKey);
    expect(slash.body.data?.createMerchant).toMatchObject({ merchant: { baseUrl: 'https://ams.example.com' }, errors: [] });
  });
});
