import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { publicKeyToBase64 } from '../../src/ams/signing/index.js';

/** One GraphQL request; throws with the errors when there is no data. */
export async function gql<T>(url: string, key: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (!json.data) throw new Error(`GraphQL failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

export interface BenchMerchant {
  merchantId: string;
  /** A MERCHANT API key's secret. */
  key: string;
  /** The merchant's RSA private key (what it signs AMS requests with). */
  merchantKey: KeyObject;
}

/** A merchant registered on a sandbox child (its public key) and onboarded on the gateway, with a MERCHANT key. */
export async function onboardBenchMerchant(gatewayUrl: string, sandboxUrl: string, adminKey: string, clientId: string): Promise<BenchMerchant> {
  const merchantKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const keys = (await (await fetch(`${sandboxUrl}/__sandbox/keys`)).json()) as { alipayPublicKey: string };
  await fetch(`${sandboxUrl}/__sandbox/clients`, { method: 'POST', body: JSON.stringify({ clientId, publicKey: publicKeyToBase64(merchantKey) }) });
  const created = await gql<{ createMerchant: { merchant: { id: string } } }>(
    gatewayUrl,
    adminKey,
    'mutation($i:CreateMerchantInput!){createMerchant(input:$i){merchant{id} errors{message}}}',
    {
      i: {
        name: 'bench',
        clientId,
        baseUrl: sandboxUrl,
        merchantPrivateKey: merchantKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        alipayPublicKey: keys.alipayPublicKey,
      },
    },
  );
  const merchantId = created.createMerchant.merchant.id;
  const issued = await gql<{ issueApiKey: { secret: string } }>(gatewayUrl, adminKey, 'mutation($i:IssueApiKeyInput!){issueApiKey(input:$i){secret}}', {
    i: { merchantId, role: 'MERCHANT', name: 'bench' },
  });
  return { merchantId, key: issued.issueApiKey.secret, merchantKey };
}

/** consult → approve on the sandbox's consent page → applyToken: an ACTIVE authorization's id. */
export async function authorizeBenchUser(gatewayUrl: string, sandboxUrl: string, key: string): Promise<string> {
  const consulted = await gql<{ consult: { authorization: { id: string; normalUrl: string } } }>(
    gatewayUrl,
    key,
    'mutation($i:ConsultInput!){consult(input:$i){authorization{id normalUrl}}}',
    { i: { customerBelongsTo: 'GCASH', authRedirectUrl: 'https://merchant.example/return', terminalType: 'WEB' } },
  );
  const approved = (await (
    await fetch(`${sandboxUrl}/__sandbox/authorizations/approve`, { method: 'POST', body: JSON.stringify({ authUrl: consulted.consult.authorization.normalUrl }) })
  ).json()) as { authCode: string; authState: string };
  const authorizationId = consulted.consult.authorization.id;
  await gql(gatewayUrl, key, 'mutation($i:ApplyTokenInput!){applyToken(input:$i){authorization{status}}}', {
    i: { authorizationId, authCode: approved.authCode, authState: approved.authState },
  });
  return authorizationId;
}
