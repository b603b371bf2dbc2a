import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/notify-env.js';
import { CREATE_ENDPOINT } from '../../helpers/webhook-env.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.js';
import { cyclesOf, startScheduleWorld, type ScheduleWorld } from '../schedules/schedule-helpers.js';

const ENV = {
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
  WEBHOOK_SWEEP_SECONDS: '0.5',
  WEBHOOK_TIMEOUT_MS: '1500',
};

/** The value of one series in Prometheus text (labels in any order), or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('webhook and schedule metrics', () => {
  let w: ScheduleWorld;
  let ok: WebhookReceiver;
  let gone: WebhookReceiver;
  const scrape = async () => {
    const response = await fetch(`${w.h.gateway.url}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const createEndpoint = async (url: string) => {
    const response = await fetch(`${w.h.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.merchant.key}` },
      body: JSON.stringify({ query: CREATE_ENDPOINT, variables: { input: { merchantId: w.merchant.merchantId, url } } }),
    });
    const body = (await response.json()) as { data?: { createWebhookEndpoint: { secret: string | null } } };
    const secret = body.data?.createWebhookEndpoint.secret;
    if (!secret) throw new Error(`createWebhookEndpoint failed: ${JSON.stringify(body)}`);
    return secret;
  };

  beforeAll(async () => {
    w = await startScheduleWorld(new Date('2027-01-01T00:00:00Z'), ENV);
    ok = await startWebhookReceiver();
    gone = await startWebhookReceiver();
    gone.answer = () => ({ status: 410 });
  }, 180_000);
  afterAll(async () => {
    await w?.close();
    await ok?.close();
    await gone?.close();
  });

  it('counts deliveries by outcome with their latency, the backlog, and endpoints disabled by reason', async () => {
    ok.secrets.push(await createEndpoint(`${ok.url}/hooks`));
    gone.secrets.push(await createEndpoint(`${gone.url}/hooks`));
    // Any event of the merchant is delivered: a schedule far in the future gives one (CREATED) and charges nothing.
    await w.create({ amount: { value: '500', currency: 'USD' }, recurrence: { frequency: 'MONTHLY', anchorDay: 1 }, startAt: '2030-01-01T09:00:00Z', description: 'Later plan' });
    await gone.until((received) => received.length >= 1, 15_000, 'the 410 answer');
    // The 410 disables the endpoint; that is an event too, delivered to the other endpoint.
    await ok.until((received) => received.some((r) => r.body.type === 'WEBHOOK_ENDPOINT.WEBHOOK_ENDPOINT_DISABLED'), 15_000, 'the disabled event');

    const text = await waitFor(async () => {
      const body = await scrape();
      return sample(body, 'agw_webhook_deliveries_total', { merchant: w.merchant.merchantId, outcome: 'delivered' })! >= 2 ? body : undefined;
    }, 15_000, 'the delivered attempts to be counted');
    expect(sample(text, 'agw_webhook_deliveries_total', { merchant: w.merchant.merchantId, outcome: 'retrying' })).toBe(1);
    expect(sample(text, 'agw_webhook_endpoints_disabled_total', { reason: 'GONE' })).toBe(1);
    expect(sample(text, 'agw_webhook_delivery_duration_seconds_count', { result: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'agw_webhook_delivery_duration_seconds_count', { result: 'error' })).toBe(1);
    expect(sample(text, 'agw_webhook_endpoints', { status: 'ENABLED' })).toBe(1);
    expect(sample(text, 'agw_webhook_endpoints', { status: 'DISABLED' })).toBe(1);
    // The backlog gauge is the database's PENDING count (the disabled endpoint's waiting deliveries).
    const [pending] = await w.h.gateway.orm.em.getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from webhook_messages where status = 'PENDING' and merchant_id = ?`, [w.merchant.merchantId]);
    expect(sample(await scrape(), 'agw_webhook_pending', { merchant: w.merchant.merchantId }) ?? 0).toBe(pending!.n);
  });

  it('counts schedule charges, dunning retries and settled cycles, and schedules by status', async () => {
    // The first attempt is short of balance (retryable); the retry an hour later succeeds.
    await w.script('01', 1);
    const id = await w.create({
      amount: { value: '1000', currency: 'USD' },
      recurrence: { frequency: 'DAILY' },
      startAt: '2027-01-01T09:00:00Z',
      description: 'Daily plan',
      dunning: { retryOffsetsSeconds: [3_600], onRetriesExhausted: 'PAST_DUE' },
    });
    const due = Date.parse('2027-01-01T09:00:00Z');
    w.travelTo(new Date(due + 1_000));
    await w.waitForSchedule(id, (s) => cyclesOf(s)[0]?.status === 'RETRY_SCHEDULED');
    w.travelTo(new Date(due + 3_600_000 + 60_000));
    await w.waitForSchedule(id, (s) => cyclesOf(s)[0]?.status === 'PAID');

    const merchant = w.merchant.merchantId;
    const text = await scrape();
    expect(sample(text, 'agw_schedule_charges_total', { merchant })).toBe(2);
    expect(sample(text, 'agw_schedule_charge_failures_total', { merchant })).toBe(1);
    expect(sample(text, 'agw_schedule_dunning_retries_total', { merchant })).toBe(1);
    expect(sample(text, 'agw_schedule_cycles_total', { merchant, outcome: 'paid' })).toBe(1);
    expect(sample(text, 'agw_schedules', { status: 'ACTIVE' })).toBe(2);
    // Bounded labels: no schedule or payment id.
    expect(text).not.toContain(id);
  }, 120_000);
});
