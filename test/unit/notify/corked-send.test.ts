import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { sendCorked, unsentBytes } from '../../../src/server/corked-send.js';

// Real sockets on the loopback: the server side of a ws connection, written to the way the direct feed writes.

describe('corked sends', () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  /** Both ends, each with its TCP socket taken from the upgrade's public request / response. */
  async function pair(): Promise<{ server: WebSocket; serverTcp: Socket; client: WebSocket; clientTcp: Socket; received: string[] }> {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(wss, 'listening');
    const accepted = once(wss, 'connection');
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
    const upgraded = once(client, 'upgrade');
    const opened = once(client, 'open');
    const received: string[] = [];
    client.on('message', (data, isBinary) => received.push(isBinary ? '<binary>' : String(data)));
    const [server, request] = (await accepted) as [WebSocket, IncomingMessage];
    const [response] = (await upgraded) as [IncomingMessage];
    await opened;
    closers.push(async () => {
      client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    });
    return { server, serverTcp: request.socket, client, clientTcp: response.socket, received };
  }

  const waitUntil = async (check: () => boolean) => {
    for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(check()).toBe(true);
  };

  it('delivers every message as its own text frame, in order, across the flushes of one tick', async () => {
    const { server, serverTcp, received } = await pair();
    const sent = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ n: i, text: 'é ✓' }));
    for (const message of sent) sendCorked(server, serverTcp, Buffer.from(message));
    await waitUntil(() => received.length === sent.length);
    expect(received).toEqual(sent);
  });

  it("counts as backlog only what earlier ticks left unsent, not this tick's own writes", async () => {
    const { server, serverTcp, clientTcp } = await pair();
    expect(unsentBytes(server, serverTcp)).toBe(0);
    // The client stops reading: several MB in one tick fill the kernel's buffers and then Node's.
    clientTcp.pause();
    // 600 messages: more than one mid-loop flush (every 256), ~10 MB.
    const big = Buffer.alloc(16 * 1024, 'x');
    for (let i = 0; i < 600; i++) sendCorked(server, serverTcp, big);
    expect(unsentBytes(server, serverTcp)).toBe(0); // same tick: on its way, not a backlog
    await new Promise((resolve) => setImmediate(resolve));
    expect(unsentBytes(server, serverTcp)).toBeGreaterThan(1024 * 1024); // next tick: what the kernel would not take
    expect(unsentBytes(server, serverTcp)).toBe(server.bufferedAmount);
  });
});
