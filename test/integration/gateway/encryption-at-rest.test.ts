import { sign, verify } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestScope } from '../../../src/modules/request-scope.js';
import { createLogger } from '../../../src/shared/logger.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { generateRsaKeyPair, type TestKeyPair } from '../../helpers/keys.js';
import { CREATE_MERCHANT } from '../../helpers/operations.js';

describe('merchant private keys at rest', () => {
  let gw: TestGateway;
  let merchantKeys: TestKeyPair;
  let alipayKeys: TestKeyPair;
  let merchantId: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    merchantKeys = generateRsaKeyPair();
    alipayKeys = generateRsaKeyPair();
    const res = await gw.gql<{ createMerchant: { merchant: { id: string } } }>(CREATE_MERCHANT, {
      input: {
        name: 'Secretive',
        clientId: 'SECRET_1',
        baseUrl: 'https://ams.example.com',
        merchantPrivateKey: merchantKeys.privateKeyPem,
        alipayPublicKey: alipayKeys.publicKeyBase64,
      },
    });
    merchantId = res.body.data!.createMerchant.merchant.id;
  });
  afterAll(async () => {
    await gw?.close();
  });

  /** A distinctive slice of the key's base64 body: enough to spot the key anywhere, whatever its wrapping. */
  const keyMarkers = () => {
    const der = merchantKeys.privateKeyBase64;
    return [der.slice(40, 80), der.slice(-120, -80)];
  };

  it('stores only ciphertext in the database', async () => {
    const client = new pg.Client({ connectionString: gw.database.url });
    await client.connect();
    try {
      const dump = await client.query<{ row: string }>(
        `select row_to_json(c)::text as row from merchant_credentials c
         union all select row_to_json(m)::text from merchants m
         union all select row_to_json(k)::text from api_keys k`,
      );
      const text = dump.rows.map((r) => r.row).join('\n');
      for (const marker of keyMarkers()) expect(text).not.toContain(marker);
      const stored = await client.query<{ merchant_private_key_encrypted: string }>(
        'select merchant_private_key_encrypted from merchant_credentials',
      );
      expect(stored.rows[0]!.merchant_private_key_encrypted).toMatch(/^agw1\.[0-9a-f]{16}\./);
      // API keys: hashes only.
      expect(text).not.toContain(gw.adminKey);
    } finally {
      await client.end();
    }
  });

  it('decrypts to a working signing key for the AMS client (credentialsFor)', async () => {
    const adminScope = createRequestScope(
      gw.gateway.orm.em,
      { role: 'PLATFORM_ADMIN', merchantId: null, keyId: 'test' },
      'test',
      createLogger({ level: 'silent' }),
    );
    const merchant = await gw.gateway.services.merchants.get(adminScope, merchantId);
    const credentials = await gw.gateway.services.merchants.credentialsFor(adminScope, merchant!);
    expect(credentials).toMatchObject({ clientId: 'SECRET_1', baseUrl: 'https://ams.example.com', keyVersion: 1 });
    const message = Buffer.from('POST /ams/api/v1/payments/pay\nSECRET_1.2026-11-26T00:00:00+08:00.{}');
    const signature = sign('sha256', message, credentials.merchantPrivateKey);
    const merchantPublicKey = { key: Buffer.from(merchantKeys.publicKeyBase64, 'base64'), format: 'der', type: 'spki' } as const;
    expect(verify('sha256', message, merchantPublicKey, signature)).toBe(true);
    expect(credentials.alipayPublicKey.export({ format: 'der', type: 'spki' }).toString('base64')).toBe(alipayKeys.publicKeyBase64);

    // Another merchant's scope cannot load these credentials: the tenant filter hides the rows.
    const otherScope = createRequestScope(
      gw.gateway.orm.em,
      { role: 'MERCHANT', merchantId: 'mer_other', keyId: 'test' },
      'test',
      createLogger({ level: 'silent' }),
    );
    await expect(gw.gateway.services.merchants.credentialsFor(otherScope, merchant!)).rejects.toThrow(/no credential/);
  });

  it('never returns the private key in any GraphQL response, nor writes it to the logs', async () => {
    await gw.gql(`query($id: ID!) { merchant(id: $id) { id credentials { keyVersion merchantPublicKey merchantKeyFingerprint alipayPublicKey } } }`, { id: merchantId });
    await gw.gql('{ __type(name: "MerchantCredential") { fields { name } } }');
    const everything = gw.responses.join('\n') + gw.logs.join('\n');
    expect(gw.responses.length).toBeGreaterThan(2);
    for (const marker of keyMarkers()) expect(everything).not.toContain(marker);
    expect(everything).not.toMatch(/PRIVATE KEY/);
    expect(gw.responses.join('\n')).not.toMatch(/privateKey"\s*:/i);
  });
});
