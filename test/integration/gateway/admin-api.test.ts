import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFingerprint, parsePublicKey } from '../../../src/ams/signing/index.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { generateRsaKeyPair, type TestKeyPair } from '../../helpers/keys.js';
import { CREATE_MERCHANT, MERCHANTS, VIEWER } from '../../helpers/operations.js';

interface CreateMerchantData {
  createMerchant: {
    merchant: { id: string; clientId: string; baseUrl: string; status: string; keyVersion: number } | null;
    credential: { keyVersion: number; merchantKeyFingerprint: string; alipayKeyFingerprint: string; merchantPublicKey: string } | null;
    errors: Array<{ code: string; field: string | null; message: string }>;
  };
}

describe('admin API', () => {
  let gw: TestGateway;
  let merchantKeys: TestKeyPair;
  let alipayKeys: TestKeyPair;

  beforeAll(async () => {
    gw = await startTestGateway();
    merchantKeys = generateRsaKeyPair();
    alipayKeys = generateRsaKeyPair();
  });
  afterAll(async () => {
    await gw?.close();
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'Acme',
    clientId: `CLIENT_${Math.random().toString(36).slice(2, 10)}`,
    baseUrl: 'http://127.0.0.1:9999',
    merchantPrivateKey: merchantKeys.privateKeyBase64,
    alipayPublicKey: alipayKeys.publicKeyBase64,
    ...overrides,
  });

  it('tells an admin who it is', async () => {
    const res = await gw.gql<{ viewer: { role: string; merchant: null } }>(VIEWER);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.viewer).toMatchObject({ role: 'PLATFORM_ADMIN', merchant: null });
  });

  it('creates a merchant, returning fingerprints and public keys only', async () => {
    const res = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, { input: input() });
    const payload = res.body.data!.createMerchant;
    expect(payload.errors).toEqual([]);
    expect(payload.merchant).toMatchObject({ status: 'ACTIVE', keyVersion: 1, baseUrl: 'http://127.0.0.1:9999' });
    expect(payload.merchant!.id).toMatch(/^mer_/);
    expect(payload.credential!.merchantKeyFingerprint).toBe(keyFingerprint(parsePublicKey(merchantKeys.publicKeyBase64)));
    expect(payload.credential!.alipayKeyFingerprint).toBe(keyFingerprint(parsePublicKey(alipayKeys.publicKeyBase64)));
    expect(payload.credential!.merchantPublicKey).toBe(merchantKeys.publicKeyBase64);
  });

  it('accepts a PEM private key and a region', async () => {
    const res = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, {
      input: input({ merchantPrivateKey: merchantKeys.privateKeyPem, baseUrl: null, region: 'ASIA' }),
    });
    expect(res.body.data!.createMerchant.errors).toEqual([]);
    expect(res.body.data!.createMerchant.merchant!.baseUrl).toBe('https://open-sea-global.alipay.com');
  });

  it('names the field of each bad key, and changes nothing', async () => {
    const before = await gw.gql<{ merchants: { nodes: unknown[] } }>(MERCHANTS, { first: 100 });
    const res = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, {
      input: input({ merchantPrivateKey: 'not a key!', alipayPublicKey: merchantKeys.privateKeyBase64 }),
    });
    const { merchant, errors } = res.body.data!.createMerchant;
    expect(merchant).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ code: 'INVALID_KEY', field: 'merchantPrivateKey', message: expect.stringMatching(/merchantPrivateKey is neither PEM nor base64/) }),
      expect.objectContaining({ code: 'INVALID_KEY', field: 'alipayPublicKey' }),
    ]);
    const after = await gw.gql<{ merchants: { nodes: unknown[] } }>(MERCHANTS, { first: 100 });
    expect(after.body.data!.merchants.nodes.length).toBe(before.body.data!.merchants.nodes.length);
  });

  it("refuses the merchant's own public key in place of Alipay's", async () => {
    const res = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, { input: input({ alipayPublicKey: merchantKeys.publicKeyBase64 }) });
    expect(res.body.data!.createMerchant.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_KEY', field: 'alipayPublicKey', message: expect.stringMatching(/own public key/) }),
    ]);
  });

  it('reports missing, invalid and duplicate fields', async () => {
    const first = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, { input: input({ clientId: 'DUP_CLIENT' }) });
    expect(first.body.data!.createMerchant.errors).toEqual([]);
    const dup = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, { input: input({ clientId: 'DUP_CLIENT' }) });
    expect(dup.body.data!.createMerchant.errors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: 'clientId' })]);

    const bad = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, {
      input: input({ name: ' ', clientId: 'has spaces', baseUrl: 'http://example.com' }),
    });
    expect(bad.body.data!.createMerchant.errors.map((e) => [e.code, e.field])).toEqual([
      ['REQUIRED', 'name'],
      ['INVALID', 'clientId'],
      ['INVALID', 'baseUrl'],
    ]);
  });

  it('rejects malformed input as a GraphQL error with BAD_USER_INPUT', async () => {
    const res = await gw.gql(CREATE_MERCHANT, { input: { name: 'x' } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rotates credentials to a new version and keeps the previous one', async () => {
    const created = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, { input: input() });
    const id = created.body.data!.createMerchant.merchant!.id;
    const next = generateRsaKeyPair();
    const rotated = await gw.gql<{ rotateMerchantCredentials: { merchant: { keyVersion: number }; credential: { keyVersion: number; merchantKeyFingerprint: string }; errors: unknown[] } }>(
      `mutation($input: RotateMerchantCredentialsInput!) {
        rotateMerchantCredentials(input: $input) {
          merchant { keyVersion } credential { keyVersion merchantKeyFingerprint } errors { code field message }
        }
      }`,
      { input: { merchantId: id, merchantPrivateKey: next.privateKeyBase64, alipayPublicKey: alipayKeys.publicKeyBase64 } },
    );
    const payload = rotated.body.data!.rotateMerchantCredentials;
    expect(payload.errors).toEqual([]);
    expect(payload.merchant.keyVersion).toBe(2);
    expect(payload.credential.merchantKeyFingerprint).toBe(keyFingerprint(parsePublicKey(next.publicKeyBase64)));

    const history = await gw.gql<{ merchant: { credentials: Array<{ keyVersion: number; current: boolean; retiredAt: string | null }> } }>(
      `query($id: ID!) { merchant(id: $id) { credentials { keyVersion current retiredAt } } }`,
      { id },
    );
    const credentials = history.body.data!.merchant.credentials;
    expect(credentials.map((c) => [c.keyVersion, c.current, c.retiredAt === null])).toEqual([
      [2, true, true],
      [1, false, false],
    ]);

    const missing = await gw.gql<{ rotateMerchantCredentials: { errors: Array<{ code: string }> } }>(
      `mutation($input: RotateMerchantCredentialsInput!) { rotateMerchantCredentials(input: $input) { errors { code field } } }`,
      { input: { merchantId: 'mer_nope', merchantPrivateKey: next.privateKeyBase64, alipayPublicKey: alipayKeys.publicKeyBase64 } },
    );
    expect(missing.body.data!.rotateMerchantCredentials.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
  });

  it('disables and enables a merchant', async () => {
    const created = await gw.gql<CreateMerchantData>(CREATE_MERCHANT, { input: input() });
    const id = created.body.data!.createMerchant.merchant!.id;
    const toggle = (name: string) =>
      gw.gql<Record<string, { merchant: { status: string } | null; errors: Array<{ code: string }> }>>(
        `mutation($id: ID!) { ${name}(id: $id) { merchant { status } errors { code field message } } }`,
        { id },
      );
    expect((await toggle('disableMerchant')).body.data!.disableMerchant!.merchant!.status).toBe('DISABLED');
    expect((await toggle('disableMerchant')).body.data!.disableMerchant!.errors[0]!.code).toBe('INVALID_STATE');
    expect((await toggle('enableMerchant')).body.data!.enableMerchant!.merchant!.status).toBe('ACTIVE');
  });

  it('paginates merchants with cursors', async () => {
    const all = await gw.gql<{ merchants: { nodes: Array<{ id: string }> } }>(MERCHANTS, { first: 100 });
    const ids = all.body.data!.merchants.nodes.map((n) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: { body: { data?: { merchants: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null } } =
        await gw.gql(MERCHANTS, { first: 2, after });
      const merchants = page.body.data!.merchants;
      seen.push(...merchants.nodes.map((n) => n.id));
      if (!merchants.pageInfo.hasNextPage) break;
      after = merchants.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
    expect([...ids].sort()).toEqual(ids);
  });
});
