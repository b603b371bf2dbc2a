import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { activeAuthorization, onboardMerchant, pay, startNotifyGateway, subscribe, waitFor, type TestMerchant } from '../../helpers/notify-env.js';

const TOKEN = 'metrics-token-0123456789abcdef';

/** The value of one series in Prometheus text (labels in any order), or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const wanted = Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`));
    if (wanted) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('GET /metrics', () => {
  let sandbox: Sandbox;
  let gw: TestGateway;
  let shop: TestMerchant;
  const scrape = async () => {
    const response = await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, notificationTimeScale: 0.001, asyncDelayMs: 100 });
    gw = await startNotifyGateway({ METRICS_TOKEN: TOKEN, JOBS_MAINTENANCE_SECONDS: '1' });
    shop = await onboardMerchant(gw, sandbox, 'Metrics shop');
  });
  afterAll(async () => {
    await gw?.close();
    await sandbox?.close();
  });

  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${gw.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${gw.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
  });

  it('counts GraphQL operations, AMS calls, notifications, sockets, subscriptions, delivery lag, breakers, pools and jobs', async () => {
    const authorizationId = await activeAuthorization(gw, sandbox, shop);
    const sub = subscribe(gw.url, shop.readonlyKey, `subscription { paymentUpdated { cursor event { toStatus } } }`);
    try {
      // …02: PROCESSING, then SUCCEEDED by notifyPayment, pushed to the subscriber.
      const placed = await pay(gw, shop, authorizationId, '1002');
      expect(placed.payment?.status).toBe('PROCESSING');
      await sub.until((items) => JSON.stringify(items).includes('SUCCEEDED'), 10_000, 'SUCCEEDED push');
      await gw.gql(`query { payment(id: "pay_missing") { id } }`, {}, null);

      const text = await waitFor(async () => {
        const body = await scrape();
        return sample(body, 'agw_jobs', { queue: 'payment-sync' }) !== undefined ? body : undefined;
      }, 15_000, 'a pg-boss state report');
      expect(sample(text, 'agw_graphql_operation_duration_seconds_count', { operation: 'pay', type: 'mutation', outcome: 'ok' })).toBe(1);
      expect(sample(text, 'agw_graphql_operation_duration_seconds_count', { operation: 'payment', outcome: 'UNAUTHENTICATED' })).toBe(1);
      expect(sample(text, 'agw_ams_calls_total', { api: 'pay', status: 'U', code: 'PAYMENT_IN_PROCESS' })).toBe(1);
      expect(sample(text, 'agw_ams_call_duration_seconds_count', { api: 'pay', status: 'U' })).toBe(1);
      expect(sample(text, 'agw_notifications_total', { kind: 'payment', outcome: 'applied' })).toBe(1);
      expect(sample(text, 'agw_notifications_total', { kind: 'authorization', outcome: 'applied' })).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'agw_websocket_connections')).toBe(1);
      expect(sample(text, 'agw_subscriptions')).toBe(1);
      expect(sample(text, 'agw_event_delivery_lag_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'agw_outbound_breaker_state', { merchant: shop.id })).toBe(0);
      expect(sample(text, 'agw_outbound_in_flight', { merchant: shop.id })).toBe(0);
      expect(sample(text, 'agw_db_pool_connections', { pool: 'orm', state: 'used' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'agw_jobs', { queue: 'payment-sync', state: 'failed' })).toBe(0);
      expect(sample(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
      // Bounded labels: no payment id anywhere.
      expect(text).not.toContain(placed.payment!.id);
    } finally {
      await sub.dispose();
    }
  });

  it('counts refused notifications by reason', async () => {
    const response = await fetch(`${gw.url}/ams/notify/${shop.id}/payment`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    const text = await scrape();
    expect(sample(text, 'agw_notifications_total', { kind: 'payment', outcome: 'refused' })).toBe(1);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startNotifyGateway({ JOBS_ENABLED: 'false' });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('answers loopback clients', async () => {
    const response = await fetch(`${gw.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('agw_graphql_operation_duration_seconds');
  });
});
