import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Messages held back per flush. A fan-out of one event to thousands of subscriptions runs as one synchronous loop;
 * flushing every few hundred messages lets the first subscribers receive (and the kernel and their processes work)
 * while the loop goes on, instead of everything leaving at its end.
 */
const MESSAGES_PER_FLUSH = 256;

/** Sockets corked in the current batch, with the bytes they still held from earlier writes when corked. */
/** A text frame: the bytes are UTF-8 JSON (ws would frame a Buffer as binary by default). */
const TEXT = { binary: false } as const;

const corked = new Map<Socket, number>();
let held = 0;
let flushScheduled = false;

/**
 * `ws.send`, with the messages sent to one socket close together going out in one write: the socket is corked on its
 * first message and uncorked after MESSAGES_PER_FLUSH messages in all or on the next tick, whichever comes first
 * (Node's documented cork pattern). One event fanned out to many subscriptions that share a socket then costs one
 * system call there instead of one per subscription.
 *
 * `_socket` is ws's own (undocumented) handle on the TCP socket; without it this is a plain `ws.send`.
 */
export function sendCorked(ws: WebSocket, message: Buffer): void {
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (socket && !corked.has(socket)) {
    corked.set(socket, ws.bufferedAmount);
    socket.cork();
    if (!flushScheduled) {
      flushScheduled = true;
      process.nextTick(flushOnNextTick);
    }
  }
  ws.send(message, TEXT);
  if (++held >= MESSAGES_PER_FLUSH) flush();
}

function flushOnNextTick(): void {
  flushScheduled = false;
  flush();
}

function flush(): void {
  held = 0;
  for (const socket of corked.keys()) socket.uncork();
  corked.clear();
}

/**
 * Bytes written to this socket earlier that the kernel has not taken yet: a slow reader's backlog. Messages corked in
 * the current batch do not count — they leave when it is flushed, however fast the reader.
 */
export function unsentBytes(ws: WebSocket): number {
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  return (socket && corked.get(socket)) ?? ws.bufferedAmount;
}
