import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { formatSignatureHeader, signMessage, verifySignatureHeader, type SignatureCheck } from '../../src/ams/signing/index.js';
import { apiForPath, type AmsApiName } from '../../src/ams/wire/endpoints.js';
import { formatAmsDateTime } from '../../src/shared/time.js';
import type { AmsTestKeys } from './ams-test-keys.js';

/** A request as the fake AMS received it, with its signature already checked against the merchant public key. */
export interface ReceivedAmsRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  json: unknown;
  api: AmsApiName | undefined;
  signatureCheck: SignatureCheck;
}

export type FakeAnswer =
  | {
      kind: 'json';
      /** An object is serialised; a string is sent byte for byte (for malformed bodies). */
      body: unknown;
      status?: number;
      signing?: 'valid' | 'none' | 'wrong-key' | 'tampered';
      headers?: Record<string, string>;
    }
  | { kind: 'hang' }
  | { kind: 'reset' }
  /** Sends the status line, headers and half a body, then kills the connection. */
  | { kind: 'reset-mid-body' };

export type FakeHandler = (request: ReceivedAmsRequest, index: number) => FakeAnswer | Promise<FakeAnswer>;

export const SUCCESS_RESULT = { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } as const;

export function answer(body: unknown, options: Omit<Extract<FakeAnswer, { kind: 'json' }>, 'kind' | 'body'> = {}): FakeAnswer {
  return { kind: 'json', body, ...options };
}

export function resultAnswer(resultStatus: 'S' | 'F' | 'U', resultCode: string, extra: Record<string, unknown> = {}): FakeAnswer {
  return answer({ result: { resultCode, resultStatus, resultMessage: resultCode.toLowerCase() }, ...extra });
}

export interface FakeAmsServer {
  url: string;
  port: number;
  requests: ReceivedAmsRequest[];
  setHandler(handler: FakeHandler): void;
  /** Resolves once `count` requests have arrived; rejects after `timeoutMs`. */
  waitForRequests(count: number, timeoutMs?: number): Promise<ReceivedAmsRequest[]>;
  close(): Promise<void>;
}

export interface FakeServerOptions {
  /** Serve HTTPS with this certificate instead of plain HTTP. */
  tls?: { key: string; cert: string };
}

/** A remote port per request, to see keep-alive reuse. */
export const remotePortOf = new WeakMap<ReceivedAmsRequest, number>();

/** A real HTTP(S) server on a free port that speaks AMS: verifies request signatures and signs its answers. */
export async function startFakeAmsServer(
  keys: AmsTestKeys,
  initial: FakeHandler = () => resultAnswer('S', 'SUCCESS'),
  options: FakeServerOptions = {},
): Promise<FakeAmsServer> {
  let handler = initial;
  const requests: ReceivedAmsRequest[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const hanging = new Set<ServerResponse>();

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const rawBody = Buffer.concat(chunks);
        const path = req.url ?? '';
        const clientId = String(req.headers['client-id'] ?? '');
        let json: unknown;
        try {
          json = JSON.parse(rawBody.toString('utf8'));
        } catch {
          json = undefined;
        }
        const received: ReceivedAmsRequest = {
          method: req.method ?? '',
          path,
          headers: req.headers,
          rawBody,
          json,
          api: apiForPath(path),
          signatureCheck: verifySignatureHeader(
            { method: req.method ?? '', path, clientId, time: String(req.headers['request-time'] ?? ''), body: rawBody },
            req.headers['signature'] as string | undefined,
            keys.merchant.publicKey,
          ),
        };
        requests.push(received);
        if (req.socket.remotePort !== undefined) remotePortOf.set(received, req.socket.remotePort);
        for (const waiter of [...waiters]) {
          if (requests.length >= waiter.count) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
        const reply = await handler(received, requests.length - 1);
        if (reply.kind === 'hang') {
          hanging.add(res);
          return;
        }
        if (reply.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (reply.kind === 'reset-mid-body') {
          res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': '1000' });
          res.write('{"result":{"resultCode":"SUCC', () => req.socket.destroy());
          return;
        }
        const body = Buffer.from(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body), 'utf8');
        const responseTime = formatAmsDateTime(new Date());
        const headers: Record<string, string> = {
          'content-type': 'application/json; charset=UTF-8',
          'client-id': clientId,
          'response-time': responseTime,
          ...reply.headers,
        };
        const signing = reply.signing ?? 'valid';
        if (signing !== 'none') {
          const signedBody = signing === 'tampered' ? Buffer.concat([body, Buffer.from(' ')]) : body;
          const key = signing === 'wrong-key' ? keys.stranger.privateKey : keys.alipay.privateKey;
          const signature = signMessage({ method: 'POST', path, clientId, time: responseTime, body: signedBody }, key);
          headers['signature'] = formatSignatureHeader(signature, 1);
        }
        res.writeHead(reply.status ?? 200, headers);
        res.end(body);
      })();
    });
  };
  const server: Server = options.tls ? createTlsServer(options.tls, onRequest) : createServer(onRequest);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    setHandler(next) {
      handler = next;
    },
    waitForRequests(count, timeoutMs = 5_000) {
      if (requests.length >= count) return Promise.resolve(requests.slice(0, count));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${count} requests (got ${requests.length})`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(requests.slice(0, count));
          },
        });
      });
    },
    async close() {
      if (!server.listening) return;
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A port that was free a moment ago and now has no listener: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  server.close();
  await once(server, 'close');
  return port;
}
