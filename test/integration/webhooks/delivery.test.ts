import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../../helpers/gateway.js';
import { waitFor } from '../../helpers/notify-env.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.js';
import {
  appendEvents,
  createEndpoint,
  createWebhookMerchant,
  deliveries,
  ENDPOINT_QUERY,
  startWebhookGateway,
  type WebhookMerchant,
} from '../../helpers/webhook-env.js';

async function attemptIdsCrossAPowerOfTen(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ last }] = (await client.query<{ last: string }>(`select last_value::text as last from webhook_attempts_id_seq`)).rows as [{ last: string }];
    const next = 10n ** BigInt(last.length + 1) - 1n;
    await client.query(`select setval('webhook_attempts_id_seq', $1::bigint - 1)`, [next.toString()]);
  } finally {
    await client.end();
  }
}

describe('webhook delivery to a real receiver (Standard Webhooks, verified independently)', { timeout: 60_000 }, () => {
  let gw: TestGateway;
  let shop: WebhookMerchant;
  const receivers: WebhookReceiver[] = [];
  const receiver = async () => {
    const r = await startWebhookReceiver();
    receivers.push(r);
    return r;
  };

  beforeAll(async () => {
    gw = await startWebhookGateway({ WEBHOOK_RETRY_SCHEDULE_SECONDS: '0.2,0.4,0.6' });
    shop = await createWebhookMerchant(gw);
  });
  afterAll(async () => {
    for (const r of receivers) await r.close();
    await gw?.close();
  });

  it('delivers every event of the log, signed, with the documented body, in order per aggregate', async () => {
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url, description: 'all events' });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    hooks.secrets = [endpoint.secret];
    const ids = [
      ...(await appendEvents(gw, shop.id, [
        { aggregateId: 'pay_A', type: 'CREATED', toStatus: 'PENDING' },
        { aggregateId: 'pay_B', type: 'CREATED', toStatus: 'PENDING' },
      ])),
      ...(await appendEvents(gw, shop.id, [{ aggregateId: 'pay_A', toStatus: 'SUCCEEDED', payload: { amount: { value: '100', currency: 'PHP' } } }])),
      // A type no module writes yet: any event of the log is deliverable, not a fixed list.
      ...(await appendEvents(gw, shop.id, [{ aggregateType: 'REGISTRATION', aggregateId: 'reg_1', type: 'ANOMALY' }])),
    ];
    await hooks.until((all) => all.length >= ids.length, 10_000, 'four webhooks');
    expect(hooks.rejected).toEqual([]);
    expect(hooks.received.map((w) => w.webhookId).sort()).toEqual(ids.map((id) => `msg_${id}`).sort());
    const paid = hooks.received.find((w) => w.webhookId === `msg_${ids[2]}`)!;
    expect(paid.body).toEqual({
      version: 1,
      type: 'PAYMENT.STATUS_CHANGED',
      timestamp: expect.any(String),
      data: {
        id: ids[2],
        cursor: expect.any(String),
        merchantId: shop.id,
        aggregateType: 'PAYMENT',
        aggregateId: 'pay_A',
        type: 'STATUS_CHANGED',
        fromStatus: null,
        toStatus: 'SUCCEEDED',
        payload: { amount: { value: '100', currency: 'PHP' } },
        source: 'API',
        createdAt: paid.body.timestamp,
      },
    });
    expect(hooks.received.find((w) => w.webhookId === `msg_${ids[3]}`)!.body.type).toBe('REGISTRATION.ANOMALY');
    const payA = hooks.received.filter((w) => w.body.data.aggregateId === 'pay_A').map((w) => w.body.data.id);
    expect(payA).toEqual([ids[0], ids[2]]);

    // An attempt is recorded once its answer is in, a moment after the receiver saw the request.
    const log = await waitFor(async () => {
      const entries = await deliveries(gw, shop.merchantKey, endpoint.id);
      return entries.length === 4 && entries.every((e) => e.status !== 'PENDING') ? entries : undefined;
    }, 10_000, 'four attempts recorded');
    for (const entry of log) {
      expect(entry.status).toBe('DELIVERED');
      expect(entry.attempts).toEqual([{ statusCode: 204, latencyMs: expect.any(Number), responseBody: null, error: null, succeeded: true }]);
    }
  });

  it('sends only the event types an endpoint asked for (AGGREGATE.TYPE and AGGREGATE.*)', async () => {
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url, eventTypes: ['REFUND.*', 'PAYMENT.CREATED'] });
    hooks.secrets = [endpoint.secret];
    const [created, changed, refunded] = await appendEvents(gw, shop.id, [
      { aggregateId: 'pay_F', type: 'CREATED' },
      { aggregateId: 'pay_F', type: 'STATUS_CHANGED' },
      { aggregateType: 'REFUND', aggregateId: 'ref_F', type: 'STATUS_CHANGED' },
    ]);
    await hooks.until((all) => all.length >= 2, 10_000, 'two filtered webhooks');
    expect(hooks.received.map((w) => w.webhookId).sort()).toEqual([`msg_${created}`, `msg_${refunded}`].sort());
    // The unwanted one is never queued (the log has exactly the two).
    const log = await deliveries(gw, shop.merchantKey, endpoint.id);
    expect(log.map((d) => d.eventId).sort()).toEqual([created, refunded].sort());
    expect(log.map((d) => d.eventId)).not.toContain(changed);
  });

  it('retries a failing answer with backoff, then succeeds; every attempt is in the delivery log', async () => {
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    let calls = 0;
    hooks.answer = () => (++calls <= 2 ? { status: 503, body: 'busy, try later' } : { status: 200, body: 'ok' });
    // The three attempts' ids cross a power of ten (…99, …100, …101): the log's order must be numeric, not textual.
    await attemptIdsCrossAPowerOfTen(gw.database.url);
    const [id] = await appendEvents(gw, shop.id, [{ aggregateId: 'pay_R' }]);
    await hooks.until((all) => all.length >= 3, 10_000, 'three attempts');
    expect(new Set(hooks.received.map((w) => w.webhookId))).toEqual(new Set([`msg_${id}`]));
    const [entry] = await waitFor(async () => {
      const log = await deliveries(gw, shop.merchantKey, endpoint.id);
      return log[0]?.status === 'DELIVERED' ? log : undefined;
    }, 5_000, 'DELIVERED');
    expect(entry!.attemptCount).toBe(3);
    expect(entry!.attempts.map((a) => [a.statusCode, a.succeeded, a.responseBody])).toEqual([
      [503, false, 'busy, try later'],
      [503, false, 'busy, try later'],
      [200, true, 'ok'],
    ]);
    // The backoff spaced the attempts (0.2 s then 0.4 s, plus jitter).
    const times = hooks.received.map((w) => w.receivedAt);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(180);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(380);
  });

  it('gives a message up (FAILED) when the schedule runs out, and a redirect is never followed', async () => {
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    hooks.answer = () => ({ status: 302, body: '' });
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_X' }]);
    const [entry] = await waitFor(async () => {
      const log = await deliveries(gw, shop.merchantKey, endpoint.id);
      return log[0]?.status === 'FAILED' ? log : undefined;
    }, 10_000, 'FAILED');
    expect(entry!.attemptCount).toBe(4);
    expect(entry!.attempts.every((a) => a.statusCode === 302 && a.error === 'redirects are not followed')).toBe(true);
    expect(hooks.received).toHaveLength(4);
  });

  it('410 Gone disables the endpoint and logs a WEBHOOK_ENDPOINT_DISABLED event', async () => {
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, shop.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    hooks.answer = () => ({ status: 410 });
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_G' }]);
    const state = await waitFor(async () => {
      const r = await gw.gql<{ webhookEndpoint: { status: string; disabledReason: string | null } }>(ENDPOINT_QUERY, { id: endpoint.id }, shop.merchantKey);
      return r.body.data?.webhookEndpoint.status === 'DISABLED' ? r.body.data.webhookEndpoint : undefined;
    }, 10_000, 'DISABLED');
    expect(state.disabledReason).toBe('GONE');
    const events = await gw.gql<{ events: { nodes: Array<{ type: string; aggregateType: string; payload: { reason: string } }> } }>(
      `query($id: ID) { events(first: 10, aggregateId: $id) { nodes { type aggregateType payload } } }`,
      { id: endpoint.id },
      shop.merchantKey,
    );
    expect(events.body.data!.events.nodes).toEqual([
      { type: 'WEBHOOK_ENDPOINT_DISABLED', aggregateType: 'WEBHOOK_ENDPOINT', payload: expect.objectContaining({ reason: 'GONE' }) },
    ]);
    // Nothing more goes to a disabled endpoint.
    const before = hooks.received.length;
    await appendEvents(gw, shop.id, [{ aggregateId: 'pay_G2' }]);
    const ping = await gw.gql<{ sendWebhookTestPing: { errors: Array<{ code: string }> } }>(
      `mutation($id: ID!) { sendWebhookTestPing(endpointId: $id) { errors { code } } }`,
      { id: endpoint.id },
      shop.merchantKey,
    );
    expect(ping.body.data!.sendWebhookTestPing.errors).toEqual([{ code: 'ENDPOINT_DISABLED' }]);
    await gw.gateway.webhooks!.sweep();
    expect(hooks.received.length).toBe(before);
  });

  it('test ping, replay one and replay since a time (same webhook-id, independently verified)', async () => {
    const quiet = await createWebhookMerchant(gw, 'Replay shop');
    const hooks = await receiver();
    const endpoint = await createEndpoint(gw, quiet.merchantKey, { url: hooks.url });
    hooks.secrets = [endpoint.secret];
    const ping = await gw.gql<{ sendWebhookTestPing: { delivery: { id: string; webhookId: string; eventType: string } } }>(
      `mutation($id: ID!) { sendWebhookTestPing(endpointId: $id) { delivery { id webhookId eventType } errors { code } } }`,
      { id: endpoint.id },
      quiet.merchantKey,
    );
    const sent = ping.body.data!.sendWebhookTestPing.delivery;
    expect(sent.eventType).toBe('WEBHOOK.PING');
    await hooks.until((all) => all.some((w) => w.webhookId === sent.webhookId), 5_000, 'ping');
    expect(hooks.received.find((w) => w.webhookId === sent.webhookId)!.body).toMatchObject({ version: 1, type: 'WEBHOOK.PING', data: { endpointId: endpoint.id } });

    const since = new Date(Date.now() - 1000).toISOString();
    const ids = await appendEvents(gw, quiet.id, [{ aggregateId: 'pay_P1' }, { aggregateId: 'pay_P2' }]);
    await hooks.until((all) => ids.every((id) => all.some((w) => w.webhookId === `msg_${id}`)), 5_000, 'two events');
    const log = await deliveries(gw, quiet.merchantKey, endpoint.id);
    const first = log.find((d) => d.eventId === ids[0])!;
    const one = await gw.gql<{ replayWebhookDelivery: { delivery: { status: string } ; errors: unknown[] } }>(
      `mutation($id: ID!) { replayWebhookDelivery(id: $id) { delivery { status } errors { code } } }`,
      { id: first.id },
      quiet.merchantKey,
    );
    expect(one.body.data!.replayWebhookDelivery).toEqual({ delivery: { status: 'PENDING' }, errors: [] });
    await hooks.until((all) => all.filter((w) => w.webhookId === `msg_${ids[0]}`).length === 2, 5_000, 'replayed one');

    const many = await gw.gql<{ replayWebhookDeliveries: { count: number; errors: unknown[] } }>(
      `mutation($id: ID!, $since: DateTimeISO!) { replayWebhookDeliveries(endpointId: $id, since: $since) { count errors { code } } }`,
      { id: endpoint.id, since },
      quiet.merchantKey,
    );
    expect(many.body.data!.replayWebhookDeliveries).toEqual({ count: 2, errors: [] });
    await hooks.until((all) => all.filter((w) => w.webhookId === `msg_${ids[1]}`).length === 2, 5_000, 'replayed since');
    expect(hooks.rejected).toEqual([]);
  });

  it('checks endpoint input and keeps merchants apart', async () => {
    const other = await createWebhookMerchant(gw, 'Other shop');
    const mine = await createEndpoint(gw, shop.merchantKey, { url: 'https://hooks.example/a' });
    const bad = await gw.gql<{ createWebhookEndpoint: { errors: Array<{ code: string; field: string }> } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret errors { code field message } } }`,
      { input: { url: 'ftp://x', eventTypes: ['payment.created'] } },
      shop.merchantKey,
    );
    expect(bad.body.data!.createWebhookEndpoint.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', 'url'],
      ['INVALID', 'eventTypes'],
    ]);
    const foreign = await gw.gql<{ webhookEndpoint: unknown; }>(ENDPOINT_QUERY, { id: mine.id }, other.merchantKey);
    expect(foreign.body.data!.webhookEndpoint).toBeNull();
    const del = await gw.gql<{ deleteWebhookEndpoint: { errors: Array<{ code: string }> } }>(
      `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId errors { code } } }`,
      { id: mine.id },
      other.merchantKey,
    );
    expect(del.body.data!.deleteWebhookEndpoint.errors).toEqual([{ code: 'NOT_FOUND' }]);
    // The secret is never readable again.
    const listed = await gw.gql(`query { webhookEndpoints { id url } }`, {}, shop.merchantKey);
    expect(listed.raw).not.toContain(mine.secret);
    for (const raw of gw.responses.filter((r) => !r.includes('createWebhookEndpoint') && !r.includes('rotateWebhookEndpointSecret'))) {
      expect(raw).not.toContain(mine.secret);
    }
    expect(gw.logs.join('')).not.toContain(mine.secret);
  });
});
