/**
 * Real everything for the Auto Debit operation tests: an embedded Postgres (one cluster per test file, a fresh
 * database), the AMS sandbox on port 0, and the gateway from src/app.ts on port 0, driven over HTTP with the typed
 * operations generated from schema/operations/*.graphql. Merchants are onboarded the way an operator would: the
 * merchant's public key is registered with the sandbox's control API, then createMerchant / issueApiKey as admin.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { startGateway, type Gateway } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import { ensureDatabase } from '../../src/persistence/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/persistence/embedded-postgres.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import { createLogger, silentLogger } from '../../src/shared/logger.js';
import { CreateMerchantDocument, IssueApiKeyDocument } from '../generated/graphql.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface MerchantKeys {
  merchantId: string;
  clientId: string;
  /** MERCHANT role. */
  key: string;
  readonlyKey: string;
}

export interface OpsHarness {
  gateway: Gateway;
  sandbox: Sandbox;
  adminKey: string;
  /** Raw GraphQL call: data and errors as the server sent them. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables: V, apiKey: string | null): Promise<GraphQLResponse<T>>;
  /** GraphQL call that must succeed without top-level errors. */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables: V, apiKey: string): Promise<T>;
  /** Onboards a merchant whose AMS endpoint is the sandbox, with a MERCHANT and a MERCHANT_READONLY key. */
  createMerchant(name: string): Promise<MerchantKeys>;
  /** POSTs to the sandbox control API. */
  control<T>(path: string, body: unknown): Promise<T>;
  /** Rows of a table in the gateway's database (to prove what was or was not persisted). */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  sandbox?: SandboxOptions;
  publicBaseUrl?: string;
  /** Per-attempt AMS timeout for every API (default 1.5 s: faults delay answers by more). */
  amsTimeoutMs?: number;
}

/** Waits until `probe` returns a value accepted by `done`, polling; fails with the last value after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`condition not reached within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    last = await probe();
  }
  return last;
}

export async function startOpsHarness(options: HarnessOptions = {}): Promise<OpsHarness> {
  // The postgres OS user must reach the data directory: not a mkdtemp() directory, not under a 0700 parent.
  const dataDir = join(tmpdir(), `agw-ops-${randomBytes(6).toString('hex')}`);
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  let postgres: EmbeddedPostgres | undefined;
  let sandbox: Sandbox | undefined;
  let gateway: Gateway | undefined;
  const cleanup = async () => {
    await gateway?.close();
    await sandbox?.close();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
    await ensureDatabase(postgres.superuserUrl, 'ops');
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, notificationRetries: 'never', notificationTimeoutMs: 500, ...options.sandbox });
    const adminKey = `adm_${randomBytes(24).toString('hex')}`;
    const config = loadConfig({
      DATABASE_URL: postgres.urlFor('ops').reveal(),
      MASTER_KEY: randomBytes(32).toString('base64'),
      ADMIN_API_KEY: adminKey,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: options.publicBaseUrl } : {}),
    });
    const timeout = options.amsTimeoutMs ?? 1_500;
    gateway = await startGateway(config, {
      // OPS_TEST_LOG=debug shows the gateway's logs while debugging a test.
      logger: process.env.OPS_TEST_LOG ? createLogger({ level: process.env.OPS_TEST_LOG, name: 'gateway' }) : silentLogger,
      // One attempt per call: retries are the AMS client's concern (tested there); here each fault must show.
      amsClientDefaults: { defaultTimeoutMs: timeout, timeoutsMs: { pay: timeout }, retry: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 20 } },
    });
    const url = `${gateway.url}/graphql`;
    const sandboxUrl = sandbox.url;
    const runningGateway = gateway;

    const request = async <T, V>(document: TypedDocumentNode<T, V>, variables: V, apiKey: string | null) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    };
    const gql = async <T, V>(document: TypedDocumentNode<T, V>, variables: V, apiKey: string) => {
      const result = await request(document, variables, apiKey);
      if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    };
    const control = async <T>(path: string, body: unknown): Promise<T> => {
      const response = await fetch(`${sandboxUrl}/__sandbox/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status} ${text}`);
      return JSON.parse(text) as T;
    };
    const runningSandbox = sandbox;

    return {
      gateway: runningGateway,
      sandbox: runningSandbox,
      adminKey,
      request,
      gql,
      control,
      async createMerchant(name) {
        const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const clientId = `${name.replace(/[^A-Za-z0-9]/g, '')}-${randomBytes(4).toString('hex')}`;
        await control('clients', { clientId, publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64') });
        const created = await gql(
          CreateMerchantDocument,
          {
            input: {
              name,
              clientId,
              baseUrl: sandboxUrl,
              merchantPrivateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
              alipayPublicKey: runningSandbox.alipayPublicKey,
            },
          },
          adminKey,
        );
        const merchantId = created.createMerchant.merchant?.id;
        if (!merchantId) throw new Error(`createMerchant failed: ${JSON.stringify(created.createMerchant.errors)}`);
        const issue = async (role: 'MERCHANT' | 'MERCHANT_READONLY') => {
          const issued = await gql(IssueApiKeyDocument, { input: { merchantId, name: `${name} ${role}`, role } }, adminKey);
          if (!issued.issueApiKey.secret) throw new Error(`issueApiKey failed: ${JSON.stringify(issued.issueApiKey.errors)}`);
          return issued.issueApiKey.secret;
        };
        return { merchantId, clientId, key: await issue('MERCHANT'), readonlyKey: await issue('MERCHANT_READONLY') };
      },
      async count(table) {
        const rows = await runningGateway.orm.em.getConnection().execute<{ n: string }[]>(`select count(*)::text as n from "${table}"`);
        return Number(rows[0]?.n ?? 0);
      },
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
