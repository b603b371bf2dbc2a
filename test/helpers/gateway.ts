import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startGateway, type Gateway } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import { REDACTED_PATHS } from '../../src/shared/logger.js';
import type { Clock } from '../../src/shared/clock.js';
import { activeTraceFields } from '../../src/observability/spans.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } ; path?: string[] }> };
  raw: string;
}

export interface TestGateway {
  gateway: Gateway;
  url: string;
  database: TestDatabase;
  adminKey: string;
  /** Every raw GraphQL response body this helper saw (to assert that no secret ever appears in one). */
  responses: string[];
  /** Every log line the gateway wrote. */
  logs: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, apiKey?: string | null): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real gateway (src/app.ts) on port 0 against a fresh database of the shared test Postgres, driven over HTTP.
 * Without ADMIN_API_KEY in `env`, the generated bootstrap admin key is used, which also exercises that path.
 */
export async function startTestGateway(env: Record<string, string> = {}, options: { clock?: Clock; traceExporter?: SpanExporter } = {}): Promise<TestGateway> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'agw-gw-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    MASTER_KEY: randomBytes(32).toString('base64'),
    SANDBOX_ENABLED: 'false',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  // As main.ts: records made inside a span carry its trace id.
  // At least info (tests read those lines); LOG_LEVEL=debug or trace shows more.
  const level = config.logLevel === 'debug' || config.logLevel === 'trace' ? config.logLevel : 'info';
  const logger = pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, mixin: activeTraceFields }, sink);
  const gateway = await startGateway(config, {
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.traceExporter ? { traceExporter: options.traceExporter } : {}),
  });
  const adminKey = env.ADMIN_API_KEY ?? gateway.generatedAdminKey?.reveal();
  if (!adminKey) throw new Error('expected a generated admin key on a fresh database');
  const responses: string[] = [];

  return {
    gateway,
    url: gateway.url,
    database,
    adminKey,
    responses,
    logs,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, apiKey: string | null = adminKey) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(apiKey === null ? {} : { authorization: `Bearer ${apiKey}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      const raw = await response.text();
      responses.push(raw);
      return { status: response.status, headers: response.headers, body: JSON.parse(raw) as GraphQLResponse<T>['body'], raw };
    },
    async close() {
      await gateway.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
