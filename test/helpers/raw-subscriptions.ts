import pg from 'pg';
import WebSocket from 'ws';
import { BEFORE_FIRST_EVENT_SQL, NOTIFY_EVENTS_SQL } from '../../src/modules/events/event-channel.js';
import { waitFor } from './notify-env.js';

/** One `next` message as received: its GraphQL result. */
export interface NextPayload {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A graphql-transport-ws socket driven by hand, so that one socket can carry many subscriptions (graphql-ws's client
 * opens one operation per call but tests here need to see the frames of several operations on one socket).
 */
export interface RawSocket {
  /** `next` payloads per operation id, in arrival order. */
  readonly received: Map<string, NextPayload[]>;
  readonly completed: Set<string>;
  readonly closeCode: number | undefined;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  complete(id: string): void;
  /**
   * Resolves on the server's pong: the messages sent before it have been read. Not that a subscribe before it is live:
   * graphql-ws answers a ping at once, while a subscription reaches the event hub only after its async onSubscribe
   * (see untilLive).
   */
  ping(): Promise<void>;
  /** Stops reading from the TCP socket (the kernel buffers fill, then the server's own buffer). */
  pause(): void;
  resume(): void;
  until(predicate: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

export async function openRawSocket(httpUrl: string, apiKey: string): Promise<RawSocket> {
  const ws = new WebSocket(httpUrl.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
  const received = new Map<string, NextPayload[]>();
  const completed = new Set<string>();
  let closeCode: number | undefined;
  let pongs: Array<() => void> = [];
  let acked!: () => void;
  const ack = new Promise<void>((resolve) => (acked = resolve));
  // The TCP socket under the websocket, from the upgrade response (its public handle).
  let tcp: import('node:net').Socket | undefined;
  ws.on('upgrade', (response) => (tcp = response.socket));
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${apiKey}` } })));
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: NextPayload };
    if (message.type === 'connection_ack') acked();
    else if (message.type === 'next') received.get(message.id!)?.push(message.payload!);
    else if (message.type === 'complete') completed.add(message.id!);
    else if (message.type === 'pong') {
      const waiting = pongs;
      pongs = [];
      for (const resolve of waiting) resolve();
    }
  });
  ws.on('close', (code) => (closeCode = code));
  ws.on('error', () => undefined);
  await Promise.race([ack, waitFor(() => (closeCode !== undefined ? true : undefined), 10_000, 'connection_ack').then(() => {
    throw new Error(`socket closed (${closeCode}) before connection_ack`);
  })]);
  const socket = () => tcp!;
  return {
    received,
    completed,
    get closeCode() {
      return closeCode;
    },
    subscribe(id, query, variables = {}) {
      received.set(id, []);
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    },
    complete(id) {
      ws.send(JSON.stringify({ id, type: 'complete' }));
    },
    ping() {
      return new Promise<void>((resolve) => {
        pongs.push(resolve);
        ws.send('{"type":"ping"}');
      });
    },
    pause: () => socket().pause(),
    resume: () => socket().resume(),
    until: (predicate, timeoutMs = 10_000, what = 'condition') => waitFor(() => (predicate() ? true : undefined), timeoutMs, what).then(() => undefined),
    close: () =>
      new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close();
      }),
  };
}

/**
 * Writes probe events for the merchant until every subscription on the socket has received one (the only sign that a
 * live-only subscription has reached the event hub), then waits until every probe is committed, so that none lands
 * among the events the caller writes next.
 */
export async function untilLive(socket: RawSocket, databaseUrl: string, merchantId: string, tag: string): Promise<void> {
  const probes: Array<Promise<void>> = [];
  await socket.until(() => {
    probes.push(writeEvents(databaseUrl, merchantId, 1, 0, `probe${tag}${probes.length}`));
    return [...socket.received.values()].every((got) => got.length > 0);
  }, 10_000, `${tag} subscriptions live`);
  await Promise.all(probes);
}

/**
 * Writes `count` events for a merchant the way the gateway does (xid first, the NOTIFY queued to go out on commit),
 * committing after `holdMs`. `type` and `payload` are the events' own (a type this schema does not know stands for an
 * event written by a newer gateway version during a rolling deploy).
 */
export async function writeEvents(
  url: string,
  merchantId: string,
  count: number,
  holdMs: number,
  tag: string,
  options: { type?: string; payload?: Record<string, unknown> } = {},
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(BEFORE_FIRST_EVENT_SQL);
    await client.query(NOTIFY_EVENTS_SQL, [merchantId]);
    for (let i = 0; i < count; i++) {
      await client.query(
        `insert into events (merchant_id, aggregate_type, aggregate_id, type, payload, source, created_at) values ($1, 'PAYMENT', $2, $3, $4, 'JOB', now())`,
        [merchantId, `${tag}_${i}`, options.type ?? 'STATUS_CHANGED', JSON.stringify(options.payload ?? {})],
      );
    }
    if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
    await client.query('commit');
  } finally {
    await client.end();
  }
}
