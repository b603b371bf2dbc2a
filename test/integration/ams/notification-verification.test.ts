import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NOTIFICATION_ACK_BODY,
  buildNotificationAck,
  rawNotificationFromHeaders,
  verifyNotificationAs,
  type NotificationVerification,
} from '../../../src/ams/notifications/index.js';
import { formatSignatureHeader, signMessage } from '../../../src/ams/signing/index.js';
import type { NotifyPaymentBody } from '../../../src/ams/wire/index.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';

const keys = amsTestKeys();
const CLIENT_ID = 'SANDBOX_5X00000000000000';
let server: Server;
let port: number;
let verdicts: Array<NotificationVerification<NotifyPaymentBody>>;

/** A merchant endpoint built the way the gateway should: raw bytes in, verify, ack only when verified. */
beforeAll(async () => {
  verdicts = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = rawNotificationFromHeaders(req.method ?? '', req.url ?? '', req.headers, Buffer.concat(chunks));
      const verdict = verifyNotificationAs('notifyPayment', raw, {
        alipayPublicKey: keys.alipay.publicKeyBase64,
        expectedClientId: CLIENT_ID,
      });
      verdicts.push(verdict);
      if (!verdict.ok) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      const ack = buildNotificationAck({ clientId: CLIENT_ID });
      res.writeHead(ack.statusCode, ack.headers).end(ack.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.close();
  await once(server, 'close');
});

const notification: NotifyPaymentBody = {
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'PAY_20240101_0001',
  paymentId: '20240101190741010007000000001',
  paymentAmount: { currency: 'PHP', value: '30000' },
  paymentCreateTime: '2024-01-01T12:00:00+08:00',
  paymentTime: '2024-01-01T12:00:01+08:00',
};

interface Delivery {
  path: string;
  body: string;
  signedPath?: string;
  signedBody?: string;
  headers?: Record<string, string | undefined>;
  key?: 'alipay' | 'stranger';
}

/** Posts a notification like Antom does (pretty-printed bodies included), returns the HTTP answer. */
async function deliver(delivery: Delivery): Promise<{ status: number; body: string }> {
  const requestTime = '2019-01-01T01:01:01Z';
  const signature = signMessage(
    {
      method: 'POST',
      path: delivery.signedPath ?? delivery.path,
      clientId: CLIENT_ID,
      time: requestTime,
      body: delivery.signedBody ?? delivery.body,
    },
    delivery.key === 'stranger' ? keys.stranger.privateKey : keys.alipay.privateKey,
  );
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': CLIENT_ID,
    'request-time': requestTime,
    signature: formatSignatureHeader(signature, 1),
  };
  for (const [name, value] of Object.entries(delivery.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: delivery.path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(delivery.body);
  });
}

describe('notification verification on raw bytes', () => {
  it('verifies a notification on a path with a query string and acks with the exact body', async () => {
    const body = JSON.stringify(notification, null, 3);
    const reply = await deliver({ path: '/antom/notify/payment?merchant=m1', body });
    expect(reply).toEqual({ status: 200, body: '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}' });
    expect(reply.body).toBe(NOTIFICATION_ACK_BODY);
    const verdict = verdicts.at(-1)!;
    expect(verdict.ok).toBe(true);
    if (verdict.ok) {
      expect(verdict.body.paymentId).toBe(notification.paymentId);
      expect(verdict.requestTime).toBe('2019-01-01T01:01:01Z');
    }
  });

  const rejections: Array<[string, Delivery, string]> = [
    ['a body changed after signing', { path: '/n', body: JSON.stringify(notification), signedBody: JSON.stringify(notification, null, 2) }, 'SIGNATURE_MISMATCH'],
    ['a path without the signed query', { path: '/n?x=1', body: JSON.stringify(notification), signedPath: '/n' }, 'SIGNATURE_MISMATCH'],
    ['a signature from another key', { path: '/n', body: JSON.stringify(notification), key: 'stranger' }, 'SIGNATURE_MISMATCH'],
    ['no signature header', { path: '/n', body: JSON.stringify(notification), headers: { signature: undefined } }, 'MISSING_SIGNATURE'],
    ['a garbled signature header', { path: '/n', body: JSON.stringify(notification), headers: { signature: 'nonsense' } }, 'MALFORMED_SIGNATURE'],
    ['no request-time', { path: '/n', body: JSON.stringify(notification), headers: { 'request-time': undefined } }, 'MISSING_REQUEST_TIME'],
    ['no client-id', { path: '/n', body: JSON.stringify(notification), headers: { 'client-id': undefined } }, 'MISSING_CLIENT_ID'],
    ['another merchant\'s client-id', { path: '/n', body: JSON.stringify(notification), headers: { 'client-id': 'OTHER' } }, 'CLIENT_ID_MISMATCH'],
    ['a signed body that is not JSON', { path: '/n', body: 'not json' }, 'MALFORMED_BODY'],
    ['a signed body of the wrong kind', { path: '/n', body: JSON.stringify({ authorizationNotifyType: 'TOKEN_CANCELED' }) }, 'UNEXPECTED_BODY'],
  ];
  for (const [name, delivery, reason] of rejections) {
    it(`rejects ${name} (${reason}) and does not ack`, async () => {
      const reply = await deliver(delivery);
      expect(reply.status).toBe(401);
      expect(verdicts.at(-1)).toMatchObject({ ok: false, reason });
    });
  }
});
