import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { generateRsaKeyPair } from '../../helpers/keys.js';
import { CREATE_MERCHANT, ISSUE_API_KEY, MERCHANTS, REVOKE_API_KEY, VIEWER } from '../../helpers/operations.js';

interface Issued {
  issueApiKey: { apiKey: { id: string; role: string; merchantId: string | null; displayPrefix: string } | null; secret: string | null; errors: Array<{ code: string; field: string | null }> };
}

describe('authentication, roles and tenant isolation', () => {
  let gw: TestGateway;
  let merchantA: string;
  let merchantB: string;

  const createMerchant = async (name: string) => {
    const keys = generateRsaKeyPair();
    const alipay = generateRsaKeyPair();
    const res = await gw.gql<{ createMerchant: { merchant: { id: string } } }>(CREATE_MERCHANT, {
      input: { name, clientId: `C_${name}`, baseUrl: 'https://ams.example.com', merchantPrivateKey: keys.privateKeyBase64, alipayPublicKey: alipay.publicKeyBase64 },
    });
    return res.body.data!.createMerchant.merchant.id;
  };

  const issue = async (role: string, merchantId: string | null, name = `${role} key`) => {
    const res = await gw.gql<Issued>(ISSUE_API_KEY, { input: { role, merchantId, name } });
    return res.body.data!.issueApiKey;
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    merchantA = await createMerchant('A');
    merchantB = await createMerchant('B');
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('refuses requests without a key with UNAUTHENTICATED', async () => {
    const res = await gw.gql(MERCHANTS, { first: 5 }, null);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown key with 401 UNAUTHENTICATED', async () => {
    const res = await gw.gql(VIEWER, {}, 'agw_live_' + 'x'.repeat(43));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toMatch(/invalid or revoked/);
  });

  it("treats GraphiQL's empty header template (\"Bearer \") as no key", async () => {
    const introspection = await gw.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }', {}, '');
    expect(introspection.body.data?.__schema.queryType.name).toBe('Query');
    const res = await gw.gql(VIEWER, {}, '');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('still allows introspection without a key (the schema is public)', async () => {
    const res = await gw.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }', {}, null);
    expect(res.body.data?.__schema.queryType.name).toBe('Query');
  });

  it('issues a key shown once with a recognisable prefix; the list never shows the secret', async () => {
    const issued = await issue('MERCHANT', merchantA);
    expect(issued.errors).toEqual([]);
    expect(issued.secret).toMatch(/^agw_live_[A-Za-z0-9_-]{43}$/);
    expect(issued.secret!.startsWith(issued.apiKey!.displayPrefix)).toBe(true);
    const list = await gw.gql<{ apiKeys: Array<{ id: string }> }>(`query($m: ID) { apiKeys(merchantId: $m) { id role displayPrefix lastUsedAt } }`, { m: merchantA });
    expect(list.body.data!.apiKeys.map((k) => k.id)).toContain(issued.apiKey!.id);
    expect(list.raw).not.toContain(issued.secret!);
  });

  it('validates issueApiKey input in the payload', async () => {
    expect((await issue('MERCHANT', null)).errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'merchantId' })]);
    expect((await issue('PLATFORM_ADMIN', merchantA)).errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'merchantId' })]);
    expect((await issue('MERCHANT', 'mer_missing')).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'merchantId' })]);
    expect((await issue('MERCHANT', merchantA, '  ')).errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'name' })]);
  });

  it('a merchant key sees only its own merchant', async () => {
    const keyA = (await issue('MERCHANT', merchantA)).secret!;
    const firstResponse = gw.responses.length;
    const viewer = await gw.gql<{ viewer: { role: string; merchant: { id: string } } }>(VIEWER, {}, keyA);
    expect(viewer.body.data!.viewer).toMatchObject({ role: 'MERCHANT', merchant: { id: merchantA } });

    const list = await gw.gql<{ merchants: { nodes: Array<{ id: string }> } }>(MERCHANTS, { first: 50 }, keyA);
    expect(list.body.data!.merchants.nodes.map((m) => m.id)).toEqual([merchantA]);

    const other = await gw.gql<{ merchant: null }>(`query($id: ID!) { merchant(id: $id) { id name } }`, { id: merchantB }, keyA);
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data!.merchant).toBeNull();

    const keys = await gw.gql(`query($m: ID) { apiKeys(merchantId: $m) { id } }`, { m: merchantB }, keyA);
    expect(keys.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const seenByA = gw.responses.slice(firstResponse).join('\n');
    expect(seenByA).not.toContain(merchantB);
    expect(seenByA).not.toContain('C_B"');
  });

  it('refuses admin mutations to merchant keys', async () => {
    const keyA = (await issue('MERCHANT', merchantA)).secret!;
    const res = await gw.gql(`mutation($id: ID!) { disableMerchant(id: $id) { errors { code } } }`, { id: merchantB }, keyA);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const issueRes = await gw.gql(ISSUE_API_KEY, { input: { role: 'PLATFORM_ADMIN', name: 'escalate' } }, keyA);
    expect(issueRes.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets read-only keys query but never mutate', async () => {
    const readOnly = (await issue('MERCHANT_READONLY', merchantA)).secret!;
    const viewer = await gw.gql<{ viewer: { role: string } }>(VIEWER, {}, readOnly);
    expect(viewer.body.data!.viewer.role).toBe('MERCHANT_READONLY');
    const res = await gw.gql(`mutation($id: ID!) { enableMerchant(id: $id) { errors { code } } }`, { id: merchantA }, readOnly);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.body.errors?.[0]?.message).toMatch(/MERCHANT_READONLY/);
  });

  it('revoked keys are refused immediately', async () => {
    const issued = await issue('MERCHANT', merchantA);
    expect((await gw.gql(VIEWER, {}, issued.secret!)).status).toBe(200);
    const revoked = await gw.gql<{ revokeApiKey: { apiKey: { revokedAt: string } } }>(REVOKE_API_KEY, { id: issued.apiKey!.id });
    expect(revoked.body.data!.revokeApiKey.apiKey.revokedAt).toBeTruthy();
    const after = await gw.gql(VIEWER, {}, issued.secret!);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await gw.gql<{ revokeApiKey: { errors: Array<{ code: string }> } }>(REVOKE_API_KEY, { id: issued.apiKey!.id });
    expect(again.body.data!.revokeApiKey.errors[0]!.code).toBe('ALREADY_REVOKED');
  });

  it("disabling a merchant stops its keys at once; enabling restores them", async () => {
    const merchantC = await createMerchant('C');
    const key = (await issue('MERCHANT', merchantC)).secret!;
    expect((await gw.gql(VIEWER, {}, key)).status).toBe(200);
    await gw.gql(`mutation($id: ID!) { disableMerchant(id: $id) { errors { code } } }`, { id: merchantC });
    const refused = await gw.gql(VIEWER, {}, key);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await issue('MERCHANT', merchantC)).errors[0]!.code).toBe('MERCHANT_DISABLED');
    await gw.gql(`mutation($id: ID!) { enableMerchant(id: $id) { errors { code } } }`, { id: merchantC });
    expect((await gw.gql(VIEWER, {}, key)).status).toBe(200);
  });

  it('records lastUsedAt without a write per request', async () => {
    const issued = await issue('MERCHANT', merchantA, 'usage');
    for (let i = 0; i < 3; i++) await gw.gql(VIEWER, {}, issued.secret!);
    const rows = await gw.gateway.orm.em
      .getConnection()
      .execute<Array<{ last_used_at: Date | null }>>('select last_used_at from api_keys where id = ?', [issued.apiKey!.id]);
    // The write is fire-and-forget; wait for it by polling the row, bounded.
    let lastUsed = rows[0]?.last_used_at ?? null;
    for (let i = 0; i < 50 && lastUsed === null; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const again = await gw.gateway.orm.em.getConnection().execute<Array<{ last_used_at: Date | null }>>('select last_used_at from api_keys where id = ?', [issued.apiKey!.id]);
      lastUsed = again[0]?.last_used_at ?? null;
    }
    expect(lastUsed).not.toBeNull();
  });

  it('the tenant filter fails closed: an unscoped entity manager cannot read tenant rows', async () => {
    const { Merchant } = await import('../../../src/modules/merchants/merchant.entity.js');
    await expect(gw.gateway.orm.em.fork().find(Merchant, {})).rejects.toThrow(/No arguments provided for filter 'tenant'/);
  });
});

describe('ADMIN_API_KEY from the environment', () => {
  it('is a platform admin key, and no key is generated then', async () => {
    const adminKey = 'env-admin-' + 'k'.repeat(40);
    const gw = await startTestGateway({ ADMIN_API_KEY: adminKey });
    try {
      expect(gw.gateway.generatedAdminKey).toBeUndefined();
      const res = await gw.gql<{ viewer: { role: string; apiKeyId: string } }>(VIEWER, {}, adminKey);
      expect(res.body.data!.viewer).toMatchObject({ role: 'PLATFORM_ADMIN', apiKeyId: 'env:ADMIN_API_KEY' });
      const count = await gw.gateway.orm.em.getConnection().execute<Array<{ n: string }>>('select count(*)::text as n from api_keys');
      expect(count[0]!.n).toBe('0');
    } finally {
      await gw.close();
    }
  });
});
