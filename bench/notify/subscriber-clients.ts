// Child process: BENCH_CLIENTS graphql-ws connections to BENCH_URL, one paymentUpdated subscription each. Every event's
// payload carries its send time (`t<epoch ms with fraction>` in the AMS paymentId), so each arrival gives a latency.
// stdout: `READY` once every socket is connected, then `COUNT <received>` every 200 ms. stdin: `RESET`, `REPORT`
// (prints `HIST <json>`: latency histogram in 0.1 ms buckets).
import { createClient } from 'graphql-ws';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';

const url = process.env.BENCH_URL!.replace(/^http/, 'ws') + '/graphql';
const apiKey = process.env.BENCH_API_KEY!;
const clients = Number(process.env.BENCH_CLIENTS ?? 1000);
const BUCKET_MS = 0.1;
let hist = new Map<number, number>();
let received = 0;
const now = () => performance.timeOrigin + performance.now();

let connected = 0;
let failed = 0;
const settled = () => {
  if (connected + failed === clients) console.log(`READY failed=${failed}`);
};
const QUERY = 'subscription { paymentUpdated { event { payload } } }';
for (let i = 0; i < clients; i++) {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${apiKey}` },
    lazy: false,
    retryAttempts: 5,
    onNonLazyError: () => {
      failed++;
      settled();
    },
    on: {
      connected: (() => {
        let first = true;
        return () => {
          if (!first) return;
          first = false;
          connected++;
          settled();
        };
      })(),
    },
  });
  client.subscribe<{ paymentUpdated: { event: { payload: { paymentId?: string } } } }>(
    { query: QUERY },
    {
      next: (value) => {
        const tag = value.data?.paymentUpdated.event.payload.paymentId;
        if (!tag?.startsWith('t')) return;
        received++;
        const bucket = Math.max(0, Math.round((now() - Number(tag.slice(1))) / BUCKET_MS));
        hist.set(bucket, (hist.get(bucket) ?? 0) + 1);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  // Open sockets gradually: a burst of thousands of handshakes makes the OS drop SYNs.
  if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 50));
}
setInterval(() => console.log(`COUNT ${received}`), 200).unref();
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'RESET') {
    hist = new Map();
    received = 0;
  } else if (line === 'REPORT') {
    console.log(`HIST ${JSON.stringify([...hist.entries()])}`);
  }
});
process.stdin.resume();
