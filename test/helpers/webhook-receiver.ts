import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  webhookId: string;
  timestamp: number;
  signatures: string[];
  body: { version: number; type: string; timestamp: string; data: Record<string, unknown> };
  raw: string;
  receivedAt: number;
}

/** What the receiver answers a request with (after an optional delay); default 204. */
export type Answer = { status: number; body?: string; delayMs?: number } | 'hang';

export interface WebhookReceiver {
  readonly url: string;
  /** Every request that verified, in arrival order (also those answered with an error status). */
  readonly received: ReceivedWebhook[];
  /** Requests whose signature did not verify (must stay empty). */
  readonly rejected: string[];
  /** Verifies with these secrets (any one suffices, as a receiver mid-rotation does). */
  secrets: string[];
  answer: (webhook: ReceivedWebhook) => Answer;
  /** Resolves once `predicate(received)` holds. */
  until(predicate: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number, what?: string): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/**
 * A real merchant backend on port 0 that checks every request with the Standard Webhooks reference verifier
 * (`standardwebhooks`' Webhook.verify: HMAC over id.timestamp.body, and the timestamp tolerance), independent of the
 * gateway's signing code path.
 */
export async function startWebhookReceiver(secrets: string[] = []): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const rejected: string[] = [];
  const waiters = new Set<() => void>();
  const hanging = new Set<ServerResponse>();
  const receiver: WebhookReceiver = {
    url: '',
    received,
    rejected,
    secrets,
    answer: () => ({ status: 204 }),
    until: (predicate, timeoutMs = 15_000, what = 'webhooks') =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (received ${received.length})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const headers = {
        'webhook-id': String(request.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
      };
      const verified = receiver.secrets.some((secret) => {
        try {
          new Webhook(secret).verify(raw, headers);
          return true;
        } catch {
          return false;
        }
      });
      if (!verified) {
        rejected.push(raw);
        response.writeHead(401).end('bad signature');
        return;
      }
      const webhook: ReceivedWebhook = {
        webhookId: headers['webhook-id'],
        timestamp: Number(headers['webhook-timestamp']),
        signatures: headers['webhook-signature'].split(' '),
        body: JSON.parse(raw) as ReceivedWebhook['body'],
        raw,
        receivedAt: Date.now(),
      };
      const answer = receiver.answer(webhook);
      if (answer === 'hang') {
        hanging.add(response);
        response.on('close', () => hanging.delete(response));
        return;
      }
      received.push(webhook);
      for (const waiter of [...waiters]) waiter();
      const send = () => response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body ?? '');
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (receiver as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}
