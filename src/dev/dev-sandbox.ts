import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicKeyToBase64 } from '../ams/signing/index.js';
import type { Actor } from '../modules/access/actor.js';
import { Merchant } from '../modules/merchants/merchant.entity.js';
import { createRequestScope } from '../modules/request-scope.js';
import type { Services } from '../modules/services.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startSandbox, type Sandbox } from '../sandbox/index.js';
import type { Logger } from '../shared/logger.js';
import { Secret } from '../shared/secret.js';

/** The demo merchant's AMS client id: `SANDBOX_` makes the client use `/ams/sandbox/api` paths, as the SDKs do. */
export const DEMO_CLIENT_ID = 'SANDBOX_DEMO000000000001';
const DEMO_KEY_FILE = 'demo-merchant-api-key.dev';
const ACTOR: Actor = { role: 'PLATFORM_ADMIN', merchantId: null, keyId: 'system:dev-sandbox' };

export interface DevSandbox {
  sandbox: Sandbox;
  merchantId: string;
  /** The demo merchant's API key (kept in a 0600 development file so every start can print it). */
  merchantApiKey: Secret<string>;
}

export interface DevSandboxDeps {
  services: Services;
  rootEm: EntityManager;
  logger: Logger;
  dataDir: string;
  port: number;
  /** Where the sandbox sends notifications when a request names no URL (the gateway's receiver). */
  notifyBaseUrl: string | undefined;
}

/**
 * Development mode: the AMS sandbox runs in this process, and a demo merchant registered with it is ready to use.
 * Its key pair lives in the database like any merchant's; the sandbox keeps its own key under DATA_DIR/sandbox so the
 * stored Alipay public key stays valid across restarts (the sandbox's state itself is in memory).
 */
export async function startDevSandbox(deps: DevSandboxDeps): Promise<DevSandbox> {
  const sandbox = await startSandbox({ port: deps.port, dataDir: join(deps.dataDir, 'sandbox'), logger: deps.logger });
  try {
    const scope = createRequestScope(deps.rootEm, ACTOR, 'dev-sandbox', deps.logger);
    let merchant = await scope.em.findOne(Merchant, { clientId: DEMO_CLIENT_ID });
    let created = false;
    if (!merchant) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const outcome = await deps.services.merchants.create(scope, {
        name: 'Demo merchant (sandbox)',
        clientId: DEMO_CLIENT_ID,
        region: null,
        baseUrl: sandbox.url,
        merchantPrivateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        alipayPublicKey: sandbox.alipayPublicKey,
      });
      if (!outcome.ok) throw new Error(`could not create the demo merchant: ${JSON.stringify(outcome.errors)}`);
      merchant = outcome.value.merchant;
      created = true;
    }
    const credentials = await deps.services.merchants.credentialsFor(scope, merchant);
    if (merchant.baseUrl !== sandbox.url || publicKeyToBase64(credentials.alipayPublicKey) !== sandbox.alipayPublicKey) {
      // The sandbox listens on a new port (SANDBOX_PORT=0) or has a new key (its data dir was removed): follow it.
      merchant.baseUrl = sandbox.url;
      await scope.em.flush();
      if (publicKeyToBase64(credentials.alipayPublicKey) !== sandbox.alipayPublicKey) {
        const rotated = await deps.services.merchants.rotateCredentials(scope, {
          merchantId: merchant.id,
          merchantPrivateKey: credentials.merchantPrivateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
          alipayPublicKey: sandbox.alipayPublicKey,
        });
        if (!rotated.ok) throw new Error(`could not update the demo merchant's keys: ${JSON.stringify(rotated.errors)}`);
      }
    }
    sandbox.registerClient({
      clientId: DEMO_CLIENT_ID,
      publicKey: publicKeyToBase64(credentials.merchantPrivateKey),
      keyVersion: String(merchant.keyVersion),
      // The single "dashboard" URL: the receiver reads the kind from the verified body (src/notifications/README.md).
      ...(deps.notifyBaseUrl ? { notifyUrl: `${deps.notifyBaseUrl}/ams/notify/${merchant.id}` } : {}),
    });
    const merchantApiKey = await demoApiKey(deps, scope, merchant.id, created);
    return { sandbox, merchantId: merchant.id, merchantApiKey };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

async function demoApiKey(
  deps: DevSandboxDeps,
  scope: ReturnType<typeof createRequestScope>,
  merchantId: string,
  merchantIsNew: boolean,
): Promise<Secret<string>> {
  const file = join(deps.dataDir, DEMO_KEY_FILE);
  if (!merchantIsNew && existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    const auth = await deps.services.authenticator.authenticate(stored).catch(() => null);
    if (auth && auth.ok) return new Secret(stored);
  }
  const issued = await deps.services.apiKeys.issue(scope, { role: 'MERCHANT', merchantId, name: 'demo merchant (dev)' });
  if (!issued.ok) throw new Error(`could not issue the demo merchant's API key: ${JSON.stringify(issued.errors)}`);
  writeFileSync(file, issued.value.secret.reveal() + '\n', { mode: 0o600 });
  return issued.value.secret;
}
