import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { authorize, payBody, sandboxWithMerchant, type AmsTestClient } from './helpers.js';

describe('sandbox under bad input', () => {
  let sandbox: Sandbox;
  let client: AmsTestClient;

  beforeAll(async () => {
    ({ sandbox, client } = await sandboxWithMerchant({ stateLimit: 3 }));
  });
  afterAll(() => sandbox.close());

  it('answers every malformed body on every API with an AMS-shaped F, never a stack trace', async () => {
    const endpoints = [
      'authorizations/consult', 'authorizations/applyToken', 'authorizations/revoke', 'payments/pay',
      'payments/inquiryPayment', 'payments/cancel', 'payments/refund', 'payments/inquiryRefund', 'customs/declare',
      'customs/inquiryDeclarationRequests', 'merchants/registration', 'merchants/inquiryRegistrationStatus',
      'merchants/inquiryRegistrationInfo',
    ];
    const bodies: string[] = [
      '', 'null', '42', '"text"', '{}', '[1,2]', '{"a":', '\u0000\u0001',
      JSON.stringify({ paymentAmount: 'x', scopes: 'AGREEMENT_PAY', merchantInfo: [], declarationRequestIds: {} }),
      JSON.stringify({ paymentRequestId: { nested: true }, refundAmount: { currency: 1, value: [] }, grantType: 7 }),
      '{"deep":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
      randomBytes(256).toString('latin1'),
    ];
    for (const endpoint of endpoints) {
      for (const body of bodies) {
        const answer = await client.call(endpoint, body);
        expect(answer.status, `${endpoint} ${body.slice(0, 20)}`).toBe(200);
        expect(answer.json.result.resultStatus, `${endpoint} ${body.slice(0, 20)}`).toBe('F');
        expect(answer.raw).not.toMatch(/at .*\.ts:\d+/);
        expect(answer.verified).toBe(true);
      }
    }
  });

  it('survives garbage on the socket and keeps serving', async () => {
    const url = new URL(sandbox.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.end('NOT HTTP AT ALL\r\n\r\n'));
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });
    const health = await fetch(`${sandbox.url}/__sandbox/health`);
    expect(health.status).toBe(200);
  });

  it('keeps state bounded: the least recently used payment is evicted past stateLimit', async () => {
    const { accessToken } = await authorize(client);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const body = payBody(accessToken, '100');
      await client.call('payments/pay', body);
      ids.push(String(body.paymentRequestId));
    }
    expect((await client.call('payments/inquiryPayment', { paymentRequestId: ids[0] })).json.result.resultCode).toBe('ORDER_NOT_EXIST');
    expect((await client.call('payments/inquiryPayment', { paymentRequestId: ids[3] })).json.result.resultCode).toBe('SUCCESS');
    expect(sandbox.payments().length).toBe(3);
  });

  it('answers control-API misuse with JSON errors', async () => {
    const badJson = await fetch(`${sandbox.url}/__sandbox/clock/advance`, { method: 'POST', body: '{' });
    expect(badJson.status).toBe(400);
    const negative = await fetch(`${sandbox.url}/__sandbox/clock/advance`, { method: 'POST', body: '{"seconds":-1}' });
    expect(negative.status).toBe(400);
    const wrongMethod = await fetch(`${sandbox.url}/__sandbox/keys`, { method: 'POST' });
    expect(wrongMethod.status).toBe(405);
    const noConsult = await fetch(`${sandbox.url}/__sandbox/authorizations/approve`, { method: 'POST', body: '{"authUrl":"http://x/__sandbox/authorize/NOPE"}' });
    expect(noConsult.status).toBe(404);
    const page = await fetch(`${sandbox.url}/__sandbox/authorize/NOPE`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('no consult matches');
  });
});
