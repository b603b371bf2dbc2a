// A merchant backend for the webhook bench, in its own process: verifies every request with the Standard Webhooks
// reference verifier (when SECRET is set via POST /secret), answers 204, and records each webhook-id's arrival time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

let verifier: Webhook | undefined;
let verified = 0;
let rejected = 0;
const arrivals = new Map<string, number>();

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (request.url === '/secret') {
      verifier = new Webhook(body);
      response.writeHead(204).end();
      return;
    }
    if (request.url === '/stats') {
      const ids = [...arrivals];
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ verified, rejected, arrivals: ids }));
      return;
    }
    try {
      verifier?.verify(body, request.headers as Record<string, string>);
      verified++;
      const id = String(request.headers['webhook-id']);
      if (!arrivals.has(id)) arrivals.set(id, Date.now());
      response.writeHead(204).end();
    } catch {
      rejected++;
      response.writeHead(401).end();
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
