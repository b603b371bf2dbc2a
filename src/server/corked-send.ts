import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Messages held back per flush. A fan-out of one event to thousands of subscriptions runs as one synchronous loop;
 * flushing every few hundred messages lets the first subscribers receive (and the kernel and their processes work)
 * while the loop goes on, instead of everything leaving at its end.
 */
const MESSAGES_PER_FLUSH = 256;

/** A text frame: the bytes are UTF-8 JSON (ws would frame a Buffer as binary by default). */
const TEXT = { binary: false } as const;

/** Sockets corked since the last flush. */
const corked = new Set<Socket>();
/**
 * Per socket written this tick: the bytes it still held from earlier ticks when first written to. Kept across the
 * mid-loop flushes (those bytes of this tick are no backlog), cleared on the next tick.
 */
const backlogAtFirstWrite = new Map<Socket, number>();
let held = 0;
let tickScheduled = false;

/**
 * `ws.send`, with the messages sent to one socket close together going out in one write: the socket is corked on its
 * first message and uncorked after MESSAGES_PER_FLUSH messages in all or on the next tick, whichever comes first
 * (Node's documented cork pattern). One event fanned out to many subscriptions that share a socket then costs one
 * system call there instead of one per subscription.
 *
 * `socket` is the TCP socket under `ws`: the upgrade request's public `request.socket`, which ws writes to.
 */
export function sendCorked(ws: WebSocket, socket: Socket, message: Buffer): void {
  if (!backlogAtFirstWrite.has(socket)) backlogAtFirstWrite.set(socket, ws.bufferedAmount);
  if (!corked.has(socket)) {
    socket.cork();
    corked.add(socket);
  }
  if (!tickScheduled) {
    tickScheduled = true;
    process.nextTick(endOfTick);
  }
  ws.send(message, TEXT);
  if (++held >= MESSAGES_PER_FLUSH) flush();
}

function endOfTick(): void {
  tickScheduled = false;
  flush();
  backlogAtFirstWrite.clear();
}

function flush(): void {
  held = 0;
  for (const socket of corked) socket.uncork();
  corked.clear();
}

/**
 * Bytes written to this socket before this tick that the kernel has not taken yet: a slow reader's backlog. What
 * this tick wrote does not count — it is on its way, however fast the reader.
 */
export function unsentBytes(ws: WebSocket, socket: Socket): number {
  return backlogAtFirstWrite.get(socket) ?? ws.bufferedAmount;
}
