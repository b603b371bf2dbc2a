/**
 * Real everything for the Auto Debit operation tests: a fresh database on the run's shared embedded Postgres, the AMS sandbox on port 0, and the gateway from src/app.ts on port 0, driven over HTTP with the typed
 * operations generated from schema/operations/*.graphql. Merchants are onboarded the way an operator would: the
 * merchant's public key is registered with the sandbox's control API, then createMerchant / issueApiKey as admin.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { pino } from 'pino';
import { startGateway, type Gateway } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import type { Clock } from '../../src/shared/clock.js';
import { REDACTED_PATHS } from '../../src/shared/logger.js';
import { CreateMerchantDocument, IssueApiKeyDocument } from '../generated/graphql.js';
import { createTestDatabase, type TestDatabase } from './database.js';

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
  /** The merchant's public key as registered with the sandbox (to register the client again with another contract). */
  publicKey: string;
}

export interface OpsHarness {
  gateway: Gateway;
  sandbox: Sandbox;
  adminKey: string;
  /** The gateway's master key (to open a sealed column in a test and prove what it holds). */
  masterKey: Buffer;
  /** Every raw GraphQL response body (to assert that no token ever appears in one). */
  responses: string[];
  /** Every log line the gateway wrote. */
  logs: string[];
  /** Raw GraphQL call: data and errors as the server sent them. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables: V, apiKey: string | null): Promise<GraphQLResponse<T>>;
  /** GraphQL call that must succeed without top-level errors. */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables: V, apiKey: string): Promise<T>;
  /**
   * Onboards a merchant whose AMS endpoint is the sandbox, with a MERCHANT and a MERCHANT_READONLY key. `sandboxClient`
   * adds the sandbox contract (POST /__sandbox/clients: settlementCurrencies, gagw, keyVersion); `merchantInput` adds
   * createMerchant fields.
   */
  createMerchant(name: string, options?: { sandboxClient?: Record<string, unknown>; merchantInput?: Record<string, unknown> }): Promise<MerchantKeys>;
  /** POSTs to the sandbox control API. */
  control<T>(path: string, body: unknown): Promise<T>;
  /** Rows of a table in the gateway's database (to prove what was or was not persisted). */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  sandbox?: SandboxOptions;
  publicBaseUrl?: string;
  /** Per-attempt AMS timeout for every API (default 4 s: generous for a loaded CI machine; timeout faults delay by more). */
  amsTimeoutMs?: number;
  /** The gateway's clock (give the sandbox the same one through `sandbox.clock` to travel in time together). */
  clock?: Clock;
  /** Extra environment variables for the gateway's config. */
  env?: Record<string, string>;
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
  const dataDir = mkdtempSync(join(tmpdir(), 'agw-ops-'));
  let database: TestDatabase | undefined;
  let sandbox: Sandbox | undefined;
  let gateway: Gateway | undefined;
  const cleanup = async () => {
    await gateway?.close();
    await sandbox?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    database = await createTestDatabase();
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 100, notificationRetries: 'never', notificationTimeoutMs: 500, ...options.sandbox });
    const adminKey = `adm_${randomBytes(24).toString('hex')}`;
    const masterKey = randomBytes(32);
    const config = loadConfig({
      DATABASE_URL: database.url,
      MASTER_KEY: masterKey.toString('base64'),
      ADMIN_API_KEY: adminKey,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      // The test starts its own sandbox; no in-process development sandbox and demo merchant.
      SANDBOX_ENABLED: 'false',
      ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: options.publicBaseUrl } : {}),
      ...options.env,
    });
    const timeout = options.amsTimeoutMs ?? 4_000;
    const logs: string[] = [];
    const responses: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        if (process.env.OPS_TEST_LOG) process.stderr.write(chunk);
        done();
      },
    });
    gateway = await startGateway(config, {
      // The production redaction; OPS_TEST_LOG=1 echoes the lines while debugging a test.
      logger: pino({ level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink),
      // One attempt per call: retries are the AMS client's concern (tested there); here each fault must show.
      amsClientDefaults: { defaultTimeoutMs: timeout, timeoutsMs: { pay: timeout }, retry: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 20 } },
      ...(options.clock ? { clock: options.clock } : {}),
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
      const raw = await response.text();
      responses.push(raw);
      return JSON.parse(raw) as GraphQLResponse<T>;
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
      masterKey,
      responses,
      logs,
      request,
      gql,
      control,
      async createMerchant(name, options = {}) {
        const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const clientId = `${name.replace(/[^A-Za-z0-9]/g, '')}-${randomBytes(4).toString('hex')}`;
        const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
        await control('clients', { clientId, publicKey, ...options.sandboxClient });
        const created = await gql(
          CreateMerchantDocument,
          {
            input: {
              name,
              clientId,
              baseUrl: sandboxUrl,
              merchantPrivateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
              alipayPublicKey: runningSandbox.alipayPublicKey,
              ...options.merchantInput,
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
        return { merchantId, clientId, publicKey, key: await issue('MERCHANT'), readonlyKey: await issue('MERCHANT_READONLY') };
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
