import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { authorize, payBody, sandboxWithMerchant, type AmsTestClient } from './helpers.js';

describe('sandbox faults', () => {
  let sandbox: Sandbox;
  let client: AmsTestClient;
  let accessToken: string;

  beforeAll(async () => {
    ({ sandbox, client } = await sandboxWithMerchant({ faultSeed: 42 }));
    ({ accessToken } = await authorize(client));
  });
  beforeEach(() => sandbox.clearFaults());
  afterAll(() => sandbox.close());

  const statusOf = (paymentRequestId: unknown) => sandbox.payments().find((p) => p.paymentRequestId === paymentRequestId)?.status;

  it('latency delays the answer', async () => {
    sandbox.addFault({ kind: 'latency', api: 'pay', delayMs: 150 });
    const started = Date.now();
    const answer = await client.call('payments/pay', payBody(accessToken, '100'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    expect(answer.json.result.resultStatus).toBe('S');
  });

  it('timeout processes the call but answers late (after a client timeout the payment exists)', async () => {
    sandbox.addFault({ kind: 'timeout', api: 'pay', delayMs: 400, count: 1 });
    const body = payBody(accessToken, '100');
    const late = client.call('payments/pay', body);
    await expect.poll(() => statusOf(body.paymentRequestId)).toBe('SUCCESS');
    const started = Date.now();
    expect((await late).json.result.resultStatus).toBe('S');
    expect(Date.now() - started).toBeGreaterThan(100);
  });

  it('http5xx answers an HTML 503 without processing', async () => {
    sandbox.addFault({ kind: 'http5xx', api: 'pay', count: 1 });
    const body = payBody(accessToken, '100');
    const answer = await client.call('payments/pay', body);
    expect(answer.status).toBe(503);
    expect(statusOf(body.paymentRequestId)).toBeUndefined();
    expect((await client.call('payments/pay', body)).json.result.resultStatus).toBe('S');
  });

  it('reset drops the connection; with applied:true the payment happened anyway', async () => {
    sandbox.addFault({ kind: 'reset', api: 'pay', count: 1, applied: true });
    const body = payBody(accessToken, '100');
    await expect(client.call('payments/pay', body)).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(statusOf(body.paymentRequestId)).toBe('SUCCESS');
  });

  it('unknown answers a signed U after processing; the retry returns the real result', async () => {
    sandbox.addFault({ kind: 'unknown', api: 'pay', count: 1 });
    const body = payBody(accessToken, '100');
    const first = await client.call('payments/pay', body);
    expect(first.json.result).toMatchObject({ resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U' });
    expect(first.verified).toBe(true);
    expect((await client.call('payments/pay', body)).json.result.resultStatus).toBe('S');
  });

  it('unsigned answers an F or U gateway error without a signature header', async () => {
    sandbox.addFault({ kind: 'unsigned', api: 'inquiryPayment', resultStatus: 'F', count: 1 });
    const answer = await client.call('payments/inquiryPayment', { paymentRequestId: 'X' });
    expect(answer.json.result).toMatchObject({ resultCode: 'SYSTEM_ERROR', resultStatus: 'F' });
    expect(answer.headers.signature).toBeUndefined();
    expect(answer.verified).toBe(false);
  });

  it('is scoped by api and client, and retires after count', async () => {
    sandbox.addFault({ kind: 'unknown', api: 'refund' });
    sandbox.addFault({ kind: 'unknown', clientId: 'SANDBOX_SOMEONE_ELSE' });
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultStatus).toBe('S');
    sandbox.clearFaults();
    sandbox.addFault({ kind: 'unknown', api: 'pay', count: 2 });
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultStatus);
    expect(results).toEqual(['U', 'U', 'S']);
  });

  it('probability draws from a seeded RNG: the same seed gives the same pattern', async () => {
    const pattern = async () => {
      sandbox.clearFaults();
      sandbox.seedFaults(7);
      sandbox.addFault({ kind: 'unknown', api: 'pay', probability: 0.5 });
      const out: string[] = [];
      for (let i = 0; i < 12; i++) out.push((await client.call('payments/pay', payBody(accessToken, '100'))).json.result.resultStatus);
      return out.join('');
    };
    const first = await pattern();
    expect(first).toMatch(/U/);
    expect(first).toMatch(/S/);
    expect(await pattern()).toBe(first);
  });

  it('is switchable over the control API', async () => {
    const added = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'http5xx', api: 'pay', status: 502 }) });
    const { id } = (await added.json()) as { id: string };
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).status).toBe(502);
    const listed = (await (await fetch(`${sandbox.url}/__sandbox/faults`)).json()) as { faults: Array<{ id: string; hits: number }> };
    expect(listed.faults).toEqual([expect.objectContaining({ id, hits: 1 })]);
    expect((await fetch(`${sandbox.url}/__sandbox/faults/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await client.call('payments/pay', payBody(accessToken, '100'))).status).toBe(200);
    const bad = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'meteor' }) });
    expect(bad.status).toBe(400);
    expect((await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(200);
  });
});
