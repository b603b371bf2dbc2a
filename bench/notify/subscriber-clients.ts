// Child process: BENCH_CLIENTS subscriptions to BENCH_URL's paymentUpdated, BENCH_PER_SOCKET of them on each
// graphql-transport-ws socket (default 1: one browser tab each). Every event's payload carries its send time
// (`t<epoch ms with fraction>` in the AMS paymentId), so each arrival gives a latency.
// BENCH_CLIENT=lean (default) speaks the protocol over a bare `ws` socket and reads the tag out of each `next` message
// without parsing the rest, so that the clients' share of these 2 cores stays small; BENCH_CLIENT=graphql-ws uses the graphql-ws client
// library (one subscription per socket), as a browser app would — it costs about 19 µs per message here.
// stdout: `READY failed=<n>` once every socket is settled, then `COUNT <received>` every 200 ms. stdin: `RESET`,
// `REPORT` (prints `HIST <json>`: latency histogram in 0.1 ms buckets).
import { createClient } from 'graphql-ws';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';

const url = process.env.BENCH_URL!.replace(/^http/, 'ws') + '/graphql';
const apiKey = process.env.BENCH_API_KEY!;
const subscriptions = Number(process.env.BENCH_CLIENTS ?? 1000);
const kind = process.env.BENCH_CLIENT ?? 'lean';
const perSocket = kind === 'graphql-ws' ? 1 : Math.max(1, Number(process.env.BENCH_PER_SOCKET ?? 1));
const BUCKET_MS = 0.1;
const QUERY = 'subscription { paymentUpdated { event { payload } } }';
const TAG = '"paymentId":"t';
let hist = new Map<number, number>();
let received = 0;
const now = () => performance.timeOrigin + performance.now();

function record(tag: string | undefined): void {
  if (!tag?.startsWith('t')) return;
  received++;
  const bucket = Math.max(0, Math.round((now() - Number(tag.slice(1))) / BUCKET_MS));
  hist.set(bucket, (hist.get(bucket) ?? 0) + 1);
  if (process.env.BENCH_PER_EVENT) perEvent.set(tag, Math.max(perEvent.get(tag) ?? 0, bucket * BUCKET_MS));
}
const perEvent = new Map<string, number>();

type Next = { data?: { paymentUpdated: { event: { payload: { paymentId?: string } } } } };

/** graphql-transport-ws by hand: connection_init → ack → one subscribe per subscription; answers pings. */
function leanSocket(count: number, settle: (ok: boolean) => void): void {
  const ws = new WebSocket(url, 'graphql-transport-ws', { skipUTF8Validation: true });
  let acked = false;
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${apiKey}` } })));
  ws.on('message', (data) => {
    const text = String(data);
    // A `next` message: read its tag where it stands (a client's own parsing runs on its own machine in real life).
    const at = text.startsWith('{"id":') ? text.indexOf(TAG) : -1;
    if (at >= 0) return record(text.slice(at + TAG.length - 1, text.indexOf('"', at + TAG.length)));
    const message = JSON.parse(text) as { type: string; id?: string; payload?: Next };
    if (message.type === 'next') record(message.payload?.data?.paymentUpdated.event.payload.paymentId);
    else if (message.type === 'ping') ws.send('{"type":"pong"}');
    else if (message.type === 'connection_ack' && !acked) {
      acked = true;
      for (let i = 0; i < count; i++) ws.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query: QUERY } }));
      settle(true);
    }
  });
  ws.on('error', () => undefined);
  ws.on('close', () => {
    if (!acked) settle(false);
  });
}

function libraryClient(settle: (ok: boolean) => void): void {
  let first = true;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${apiKey}` },
    lazy: false,
    retryAttempts: 5,
    onNonLazyError: () => settle(false),
    on: {
      connected: () => {
        if (!first) return;
        first = false;
        settle(true);
      },
    },
  });
  client.subscribe<Next['data'] & object>(
    { query: QUERY },
    { next: (value) => record(value.data?.paymentUpdated.event.payload.paymentId), error: () => undefined, complete: () => undefined },
  );
}

const sockets = Math.ceil(subscriptions / perSocket);
let settled = 0;
let failed = 0;
const settle = (ok: boolean) => {
  if (!ok) failed += perSocket;
  if (++settled === sockets) console.log(`READY failed=${Math.min(failed, subscriptions)}`);
};
for (let i = 0; i < sockets; i++) {
  const count = Math.min(perSocket, subscriptions - i * perSocket);
  if (kind === 'graphql-ws') libraryClient(settle);
  else leanSocket(count, settle);
  // Open sockets gradually: a burst of thousands of handshakes makes the OS drop SYNs.
  if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 50));
}
setInterval(() => console.log(`COUNT ${received}`), 200).unref();
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'RESET') {
    hist = new Map();
    received = 0;
  } else if (line === 'REPORT') {
    if (process.env.BENCH_PER_EVENT) console.error(`PER-EVENT max ms ${JSON.stringify([...perEvent.values()].map((v) => Math.round(v)))}`);
    console.log(`HIST ${JSON.stringify([...hist.entries()])}`);
  }
});
process.stdin.resume();
// A clean exit on SIGTERM, so that `--cpu-prof` (BENCH_CHILD_PROF) writes its profile.
process.on('SIGTERM', () => process.exit(0));
