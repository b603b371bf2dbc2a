import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { generateRsaKeyPair } from '../../helpers/keys.js';
import { CREATE_MERCHANT, VIEWER } from '../../helpers/operations.js';

function wsClient(url: string, connectionParams: Record<string, unknown>): { client: Client; closed: Promise<number> } {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  return { client, closed };
}

function runOnce(client: Client, query: string): Promise<{ data?: unknown; errors?: unknown }> {
  return new Promise((resolve, reject) => {
    let result: { data?: unknown; errors?: unknown } = {};
    client.subscribe({ query }, { next: (value) => (result = value as typeof result), error: reject, complete: () => resolve(result) });
  });
}

describe('HTTP and WebSocket server', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '200', HTTP_BODY_LIMIT: '20kb' });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('/healthz answers and /readyz checks the database and migrations', async () => {
    const health = await fetch(`${gw.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${gw.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', server: 'ok' } });
  });

  it('/readyz reports pending migrations with 503', async () => {
    const connection = gw.gateway.orm.em.getConnection();
    const rows = await connection.execute<Array<{ name: string; executed_at: Date }>>('select name, executed_at from mikro_orm_migrations');
    await connection.execute('delete from mikro_orm_migrations');
    try {
      const ready = await fetch(`${gw.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: { migrations: string } }).checks.migrations).toBe('pending');
    } finally {
      for (const row of rows) {
        await connection.execute('insert into mikro_orm_migrations (name, executed_at) values (?, ?)', [row.name, row.executed_at]);
      }
    }
    expect((await fetch(`${gw.url}/readyz`)).status).toBe(200);
  });

  it('masks unexpected errors in resolvers, and logs them with the request id the client got', async () => {
    const keys = generateRsaKeyPair();
    const alipay = generateRsaKeyPair();
    const created = await gw.gql<{ createMerchant: { merchant: { id: string } } }>(CREATE_MERCHANT, {
      input: { name: 'M', clientId: 'MASK_1', baseUrl: 'https://ams.example.com', merchantPrivateKey: keys.privateKeyBase64, alipayPublicKey: alipay.publicKeyBase64 },
    });
    const connection = gw.gateway.orm.em.getConnection();
    await connection.execute('alter table merchant_credentials rename to merchant_credentials_broken');
    try {
      const res = await gw.gql('query($id: ID!) { merchant(id: $id) { credentials { alipayKeyFingerprint } } }', {
        id: created.body.data!.createMerchant.merchant.id,
      });
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      expect(res.body.errors).toEqual([
        { message: 'Internal error. Quote the request id to the operator.', path: ['merchant', 'credentials'], extensions: { code: 'INTERNAL' } },
      ]);
      expect(res.raw).not.toMatch(/merchant_credentials|relation|select|stack/i);
      const logged = gw.logs.find((line) => line.includes(requestId!) && line.includes('unexpected error'));
      expect(logged).toBeDefined();
      expect(logged).toMatch(/relation .*merchant_credentials.* does not exist/);
    } finally {
      await connection.execute('alter table merchant_credentials_broken rename to merchant_credentials');
    }
  });

  it('masks failures while authenticating too', async () => {
    const connection = gw.gateway.orm.em.getConnection();
    await connection.execute('alter table api_keys rename to api_keys_broken');
    try {
      const res = await gw.gql(VIEWER, {}, 'agw_live_' + 'z'.repeat(43));
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL']);
      expect(res.raw).not.toMatch(/api_keys|relation|select/i);
      const requestId = res.headers.get('x-request-id')!;
      expect(gw.logs.find((line) => line.includes(requestId) && line.includes('unexpected error while authenticating'))).toBeDefined();
    } finally {
      await connection.execute('alter table api_keys_broken rename to api_keys');
    }
  });

  it('keeps a caller-supplied X-Request-Id', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.adminKey}`, 'x-request-id': 'client-trace-12345' },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(res.headers.get('x-request-id')).toBe('client-trace-12345');
  });

  it('rejects operations over the depth and cost limits with QUERY_TOO_COMPLEX', async () => {
    // This gateway allows depth 3 (GRAPHQL_MAX_DEPTH=3) and cost 200.
    const shallow = await gw.gql('{ viewer { merchant { id } } }');
    expect(shallow.body.errors).toBeUndefined();

    const tooDeep = await gw.gql('fragment F on Merchant { credentials { keyVersion } } { viewer { merchant { ...F } } }');
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(tooDeep.body.errors?.[0]?.message).toBe('Query depth 4 exceeds the limit of 3');

    const costly = await gw.gql('query($n: Int!) { merchants(first: $n) { nodes { id name clientId baseUrl status } } }', { n: 100 });
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.body.errors?.[0]?.message).toMatch(/cost \d+ exceeds the limit of 200/);

    const affordable = await gw.gql('{ merchants(first: 10) { nodes { id name clientId baseUrl status } } }');
    expect(affordable.body.errors).toBeUndefined();
  });

  it('limits the request body size', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.adminKey}` },
      body: JSON.stringify({ query: VIEWER, variables: { padding: 'x'.repeat(30_000) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('serves GraphiQL that loads only local assets (works offline)', async () => {
    const page = await fetch(`${gw.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url.startsWith('/graphiql/assets/')).toBe(true);
      const asset = await fetch(`${gw.url}${url}`);
      expect(asset.status, url).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[a-z]/i);
    expect((await fetch(`${gw.url}/graphiql`)).status).toBe(200);
  });

  it('runs operations over graphql-ws with the key from connectionParams', async () => {
    const { client } = wsClient(gw.url, { Authorization: `Bearer ${gw.adminKey}` });
    try {
      const result = await runOnce(client, VIEWER);
      expect(result).toEqual({ data: { viewer: { role: 'PLATFORM_ADMIN', apiKeyId: expect.any(String), merchant: null } } });
    } finally {
      await client.dispose();
    }
  });

  it('closes websockets with a bad key (4403) and refuses unauthenticated operations', async () => {
    const bad = wsClient(gw.url, { Authorization: 'Bearer agw_live_' + 'y'.repeat(43) });
    await expect(runOnce(bad.client, VIEWER)).rejects.toBeDefined();
    expect(await bad.closed).toBe(4403);
    await bad.client.dispose();

    const anonymous = wsClient(gw.url, {});
    try {
      const result = await runOnce(anonymous.client, VIEWER);
      expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    } finally {
      await anonymous.client.dispose();
    }
  });
});
