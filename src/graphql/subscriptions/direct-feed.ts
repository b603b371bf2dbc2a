import type { ExecutionResult } from 'graphql';
import type { EventFilter, EventHub, Subscription } from '../../modules/events/event-hub.js';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';
import type { DirectConnection } from '../core/context.js';
import type { DirectTarget, EventIterator } from './event-iterator.js';
import { nextFrame, nextFramePrefix } from './next-frames.js';
import type { SharedResult } from './shared-result.js';

/**
 * Unsent bytes a socket may hold per buffered event before its subscriber counts as too slow. Direct writes do not wait
 * for the socket, so a client that stops reading shows up as bytes in the socket's buffer rather than events queued.
 */
const BYTES_PER_BUFFERED_EVENT = 4096;

/**
 * Events the feed may hold for executions still running, as a multiple of the per-subscription event buffer. They are
 * held once for the whole group, and a burst (one transaction of many events) is no sign of a slow client.
 */
const QUEUE_LIMIT_FACTOR = 10;

const CLOSING_BRACE = 0x7d;

interface Member {
  readonly iterator: EventIterator;
  readonly connection: DirectConnection;
  /** The graphql-ws `next` message up to its payload, for this operation id (UTF-8). */
  readonly prefix: Buffer;
}

/** Where a feed gets each event's result: its subscription group, which executes and serialises it once. */
export interface ResultSource {
  shared(event: SequencedEvent): SharedResult;
}

/**
 * Live delivery for one subscription group (same document, variables, role and merchant — hence the same filter):
 * ONE hub subscription for all its parked members instead of one each, and for each event one execution, one
 * serialisation, then one socket write per member (`next` message = the member's prefix + the shared payload).
 *
 * Events wait here, in order, only while the group's execution of the oldest one runs (each event's execution starts
 * when it arrives). A result with errors is not sent from here: every member is detached with that event and the
 * ones after it, and graphql-ws's own path formats and logs them (members re-attach once they park again).
 *
 * Too slow: a member whose socket holds more unsent bytes (written before this tick) than the event buffers of all the
 * subscriptions on that socket together (SUBSCRIPTION_BUFFER_EVENTS × 4 KiB each) — its stream ends and its socket
 * closes with 4008, as with a full event buffer. Should the executions fall behind by more than ten event buffers,
 * every member is closed the same way (they resume from their cursors). A member whose socket has closed is ended.
 *
 * Members with a filter that learns from what it sees (`accept`, e.g. the refunds of one payment) keep their own
 * hub subscription: their filter state is their own.
 */
export class DirectFeed {
  private readonly members = new Map<EventIterator, Member>();
  /** Events received and not yet sent, each with its result (held here: the group's cache keeps only recent ones). */
  private readonly queue: Array<{ event: SequencedEvent; shared: SharedResult }> = [];
  private subscription: Subscription | undefined;
  private waiting = false;

  constructor(
    private readonly hub: EventHub,
    private readonly group: ResultSource,
  ) {}

  /** The DirectTarget of one subscription on `connection`. */
  targetFor(connection: DirectConnection): DirectTarget {
    const prefix = nextFramePrefix(connection.operationId);
    return {
      attach: (iterator) => this.attach({ iterator, connection, prefix }),
      release: (iterator) => this.remove(iterator),
    };
  }

  private attach(member: Member): boolean {
    const filter = member.iterator.filter;
    if (filter.accept) return false;
    if (!this.subscription) {
      const shared: EventFilter = { merchantId: filter.merchantId, aggregateType: filter.aggregateType ?? null, aggregateId: filter.aggregateId ?? null };
      this.subscription = this.hub.subscribe({ filter: shared, push: (event) => this.receive(event) });
    }
    this.members.set(member.iterator, member);
    return true;
  }

  private remove(iterator: EventIterator): void {
    this.members.delete(iterator);
    if (this.members.size === 0) this.close();
  }

  private close(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.queue.length = 0;
    this.waiting = false;
  }

  private receive(event: SequencedEvent): void {
    // Its execution starts now: a burst executes concurrently, and is sent in order.
    this.queue.push({ event, shared: this.group.shared(event) });
    if (!this.waiting) this.pump();
    // Executions falling far behind the events (a database too slow for the selected fields): bound the memory.
    else if (this.queue.length > this.bufferLimit() * QUEUE_LIMIT_FACTOR) this.overflowAll();
  }

  private readonly resume = (): void => {
    this.waiting = false;
    this.pump();
  };

  private pump(): void {
    while (this.queue.length > 0 && this.members.size > 0) {
      const { event, shared } = this.queue[0]!;
      if (shared.json === undefined) {
        this.waiting = true;
        shared.whenSettled(this.resume);
        return;
      }
      if (shared.json === null) return this.detachAll();
      this.queue.shift();
      this.send(BigInt(event.id), shared.result!, Buffer.from(shared.json));
    }
  }

  /**
   * Each member's frame goes through its operation's `onNext` hook, as on graphql-ws's path. When the hook leaves the
   * result as it is (it does for a result without errors), the frame is the member's prefix, the payload and `}`:
   * copied bytes, the payload encoded once for all; a result the hook replaces is framed by graphql-ws's formatter.
   */
  private send(id: bigint, result: ExecutionResult, payload: Buffer): void {
    for (const member of this.members.values()) {
      const iterator = member.iterator;
      if (id <= iterator.lastId) continue; // it had this one before it attached
      const connection = member.connection;
      if (!connection.isOpen()) {
        // Nothing can reach it any more: end the stream rather than rely on graphql-ws to (releases it; deleting the
        // current entry while iterating a Map is safe).
        void iterator.return();
        continue;
      }
      if (this.tooSlow(connection, iterator.bufferLimit)) {
        iterator.overflow(); // releases it, as above
        continue;
      }
      iterator.markSent(id);
      const replaced = connection.onNext(result);
      if (replaced) {
        connection.send(Buffer.from(nextFrame(connection.operationId, replaced)));
        continue;
      }
      const prefix = member.prefix;
      const message = Buffer.allocUnsafe(prefix.length + payload.length + 1);
      prefix.copy(message, 0);
      payload.copy(message, prefix.length);
      message[message.length - 1] = CLOSING_BRACE;
      connection.send(message);
    }
  }

  /** Its socket's backlog, shared by every subscription on the socket, exceeds their buffers together. */
  private tooSlow(connection: DirectConnection, bufferLimit: number): boolean {
    const limit = bufferLimit * BYTES_PER_BUFFERED_EVENT;
    const backlog = connection.unsentBytes();
    // Counting the socket's subscriptions costs more than the check: only when one buffer's worth is already exceeded.
    return backlog > limit && backlog > limit * connection.subscriptionsOnSocket();
  }

  private bufferLimit(): number {
    const first = this.members.values().next().value;
    return first ? first.iterator.bufferLimit : Infinity;
  }

  private overflowAll(): void {
    for (const member of [...this.members.values()]) member.iterator.overflow();
  }

  /** Hands every member back to graphql-ws's path, with the events it has not been sent, in order. */
  private detachAll(): void {
    const unsent = this.queue.splice(0).map((queued) => queued.event);
    const members = [...this.members.values()];
    this.members.clear();
    this.close();
    for (const member of members) member.iterator.detach(unsent);
  }
}
