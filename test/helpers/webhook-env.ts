import { randomBytes } from 'node:crypto';
import type { OffsetClock } from '../../src/shared/clock.js';
import type { AggregateType, EventType } from '../../src/modules/events/event.entity.js';
import { startTestGateway, type TestGateway } from './gateway.js';
import { generateRsaKeyPair } from './keys.js';
import { CREATE_MERCHANT, ISSUE_API_KEY } from './operations.js';

/** Local receivers, quick sweeps and short timeouts; every other WEBHOOK_* at its default. */
export const WEBHOOK_TEST_ENV: Record<string, string> = {
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
  WEBHOOK_SWEEP_SECONDS: '0.5',
  WEBHOOK_TIMEOUT_MS: '1500',
  JOBS_POLL_SECONDS: '0.5',
  JOBS_MAINTENANCE_SECONDS: '1',
};

export async function startWebhookGateway(env: Record<string, string> = {}, clock?: OffsetClock): Promise<TestGateway> {
  return startTestGateway({ ...WEBHOOK_TEST_ENV, ...env }, clock ? { clock } : {});
}

export interface WebhookMerchant {
  id: string;
  merchantKey: string;
}

/** A merchant with a MERCHANT key (its AMS endpoint is never called by these tests). */
export async function createWebhookMerchant(gw: TestGateway, name = 'Hook shop'): Promise<WebhookMerchant> {
  const keys = generateRsaKeyPair();
  const alipay = generateRsaKeyPair();
  const created = await gw.gql<{ createMerchant: { merchant: { id: string } | null } }>(CREATE_MERCHANT, {
    input: {
      name,
      clientId: `SANDBOX_${randomBytes(6).toString('hex').toUpperCase()}`,
      baseUrl: 'http://127.0.0.1:9',
      merchantPrivateKey: keys.privateKeyBase64,
      alipayPublicKey: alipay.publicKeyBase64,
    },
  });
  const merchant = created.body.data?.createMerchant.merchant;
  if (!merchant) throw new Error(`createMerchant failed: ${created.raw}`);
  const issued = await gw.gql<{ issueApiKey: { secret: string | null } }>(ISSUE_API_KEY, { input: { name: 'backend', role: 'MERCHANT', merchantId: merchant.id } });
  const merchantKey = issued.body.data?.issueApiKey.secret;
  if (!merchantKey) throw new Error(`issueApiKey failed: ${issued.raw}`);
  return { id: merchant.id, merchantKey };
}

export interface AppendSpec {
  aggregateType?: AggregateType;
  aggregateId: string;
  type?: EventType;
  toStatus?: string;
  payload?: Record<string, unknown>;
}

/**
 * Appends events through the gateway's own event log (the path every module's transitions take), one transaction
 * per call, and returns their ids.
 */
export async function appendEvents(gw: TestGateway, merchantId: string, specs: AppendSpec[]): Promise<string[]> {
  const events = gw.gateway.services.operations.events;
  return events.transaction(gw.gateway.orm.em.fork(), async (_tx, batch) => {
    const ids: string[] = [];
    for (const spec of specs) {
      const event = await batch.append({
        merchantId,
        aggregateType: spec.aggregateType ?? 'PAYMENT',
        aggregateId: spec.aggregateId,
        type: spec.type ?? 'STATUS_CHANGED',
        toStatus: spec.toStatus ?? 'SUCCEEDED',
        payload: spec.payload ?? {},
        source: 'API',
      });
      ids.push(event.id);
    }
    return ids;
  });
}

export const CREATE_ENDPOINT = /* GraphQL */ `
  mutation($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { endpoint { id status url eventTypes } secret errors { code field message } }
  }
`;

export interface CreatedEndpoint {
  id: string;
  secret: string;
}

export async function createEndpoint(gw: TestGateway, apiKey: string, input: Record<string, unknown>): Promise<CreatedEndpoint> {
  const r = await gw.gql<{ createWebhookEndpoint: { endpoint: { id: string } | null; secret: string | null } }>(CREATE_ENDPOINT, { input }, apiKey);
  const payload = r.body.data?.createWebhookEndpoint;
  if (!payload?.endpoint || !payload.secret) throw new Error(`createWebhookEndpoint failed: ${r.raw}`);
  return { id: payload.endpoint.id, secret: payload.secret };
}

export const ENDPOINT_QUERY = /* GraphQL */ `
  query($id: ID!) { webhookEndpoint(id: $id) { id status disabledReason failingSince previousSecretExpiresAt } }
`;

export const DELIVERIES = /* GraphQL */ `
  query($id: ID!, $first: Int!, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $id, first: $first, status: $status) {
      nodes { id webhookId eventId eventType status attemptCount nextAttemptAt deliveredAt attempts { statusCode latencyMs responseBody error succeeded } }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

export interface DeliveryNode {
  id: string;
  webhookId: string;
  eventId: string | null;
  eventType: string;
  status: string;
  attemptCount: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  attempts: Array<{ statusCode: number | null; latencyMs: number; responseBody: string | null; error: string | null; succeeded: boolean }>;
}

export async function deliveries(gw: TestGateway, apiKey: string, endpointId: string, status?: string): Promise<DeliveryNode[]> {
  const r = await gw.gql<{ webhookDeliveries: { nodes: DeliveryNode[] } | null }>(DELIVERIES, { id: endpointId, first: 40, status: status ?? null }, apiKey);
  if (!r.body.data?.webhookDeliveries) throw new Error(`webhookDeliveries failed: ${r.raw}`);
  return r.body.data.webhookDeliveries.nodes;
}
