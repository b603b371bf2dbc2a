import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanKind } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, onboardMerchant, startNotifyGateway, waitFor, type TestMerchant } from '../../helpers/notify-env.js';

const PAY = `mutation($input: PayInput!) { pay(input: $input) { payment { id status } errors { code message } } }`;

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** True when `ancestor` is on the parent chain of `span`. */
function descendsFrom(span: ReadableSpan, ancestor: ReadableSpan, spans: readonly ReadableSpan[]): boolean {
  const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  for (let at: ReadableSpan | undefined = span; at; at = byId.get(parentOf(at) ?? '')) {
    if (parentOf(at) === ancestor.spanContext().spanId) return true;
  }
  return false;
}

describe('tracing with an in-memory exporter', () => {
  const exporter = new InMemorySpanExporter();
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant;
  let authorizationId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 100 });
    // LOG_LEVEL=debug: one record per GraphQL operation, made inside its span.
    gw = await startNotifyGateway({ LOG_LEVEL: 'debug' }, { traceExporter: exporter });
    shop = await onboardMerchant(gw, sandbox, 'Traced shop');
    authorizationId = await activeAuthorization(gw, sandbox, shop);
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  it('puts a pay mutation in one trace: the GraphQL operation, the service call, the AMS call and SQL, linked by parents', async () => {
    exporter.reset();
    const response = await gw.gql<{ pay: { payment: { id: string; status: string } | null } }>(
      PAY,
      { input: { authorizationId, amount: { currency: 'PHP', value: '1000' }, orderDescription: 'traced', referenceOrderId: 'ord_traced_1' } },
      shop.merchantKey,
    );
    expect(response.body.data?.pay.payment?.status).toBe('SUCCEEDED');
    const traceId = response.headers.get('x-trace-id');
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(response.headers.get('traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    expect(response.headers.get('x-request-id')).toBeTruthy();

    // The operation's span ends once the response is written: wait for it.
    const spans = await waitFor(() => {
      const found = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
      return found.some((s) => s.name === 'graphql mutation pay') ? found : undefined;
    }, 5_000, 'the operation span');
    const operation = spans.find((s) => s.name === 'graphql mutation pay')!;
    expect(operation.kind).toBe(SpanKind.SERVER);
    expect(parentOf(operation)).toBeUndefined();
    expect(operation.attributes['graphql.operation.type']).toBe('mutation');

    const service = spans.find((s) => s.name === 'payments.pay');
    expect(service).toBeDefined();
    expect(parentOf(service!)).toBe(operation.spanContext().spanId);

    // The sandbox serves AMS under its own prefix (/ams/sandbox/api/v1/…).
    const ams = spans.find((s) => /^POST \/ams\/.*\/v1\/payments\/pay$/.test(s.name));
    expect(ams?.kind).toBe(SpanKind.CLIENT);
    expect(ams?.attributes['http.response.status_code']).toBe(200);
    expect(descendsFrom(ams!, service!, spans)).toBe(true);

    const sql = spans.filter((s) => s.name === 'db.query');
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.every((s) => descendsFrom(s, service!, spans) || descendsFrom(s, operation, spans))).toBe(true);
    expect(sql.some((s) => descendsFrom(s, service!, spans))).toBe(true);
    // Statement texts only (placeholders), never values: the authorization id is a value of this call.
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain(authorizationId);

    // Log records made while the operation ran carry its trace id.
    const logged = gw.logs.filter((line) => line.includes(`"traceId":"${traceId}"`));
    expect(logged.some((line) => line.includes('"msg":"graphql operation"') && line.includes('"operation":"pay"'))).toBe(true);
  });

  it("continues a caller's trace from its traceparent header", async () => {
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${shop.merchantKey}`, traceparent: `00-${callerTrace}-00f067aa0ba902b7-01` },
      body: JSON.stringify({ query: `query($id: ID!) { authorization(id: $id) { status } }`, variables: { id: authorizationId } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-trace-id')).toBe(callerTrace);
    const operation = await waitFor(() => exporter.getFinishedSpans().find((s) => s.spanContext().traceId === callerTrace && s.name === 'graphql query authorization'), 5_000, 'the span');
    expect(operation.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
  });
});

describe('tracing configured by OTEL_* variables', () => {
  let collector: Server;
  const bodies: string[] = [];

  beforeAll(async () => {
    collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        bodies.push(`${req.url} ${Buffer.concat(chunks).toString('utf8')}`);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => collector?.close(resolve));
  });

  it('is off by default: no trace header', async () => {
    const gw = await startTestGateway({ JOBS_ENABLED: 'false' });
    try {
      const response = await gw.gql(`{ __typename }`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-trace-id')).toBeNull();
      expect(gw.logs.some((line) => line.includes('"traceId"'))).toBe(false);
    } finally {
      await gw.close();
    }
  });

  it('exports over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT with OTEL_SERVICE_NAME', async () => {
    const { port } = collector.address() as AddressInfo;
    const gw = await startTestGateway({
      JOBS_ENABLED: 'false',
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_SERVICE_NAME: 'agw-otlp-test',
    });
    let traceId: string | null;
    try {
      const response = await gw.gql(`query { merchants(first: 1) { nodes { id } } }`);
      traceId = response.headers.get('x-trace-id');
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      // Shutting down flushes the batch.
      await gw.close();
    }
    const exported = bodies.filter((b) => b.startsWith('/v1/traces '));
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.join('\n')).toContain('agw-otlp-test');
    expect(exported.join('\n')).toContain(traceId!);
  });
});
