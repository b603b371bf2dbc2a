import type { EventFilter, EventHub, Subscription } from '../../modules/events/event-hub.js';
import type { SequencedEvent } from '../../modules/events/event-sequencer.js';

const REPLAY_PAGE = 200;

export interface EventIteratorOptions {
  hub: EventHub;
  filter: EventFilter;
  /** Replay from the log strictly after this event id; null = live only. */
  afterId: string | null;
  /** Live events held for this subscriber before it counts as too slow. */
  bufferLimit: number;
  /** Called once when the buffer overflows (closes the socket). */
  onOverflow: () => void;
}

/**
 * Where a parked iterator's live events can go instead (see direct-feed.ts). `attach` takes the iterator over from
 * the hub, or answers false; the target later gives it back with `iterator.detach(...)`.
 */
export interface DirectTarget {
  attach(iterator: EventIterator): boolean;
  /** The iterator ended while attached (unsubscribe, closed socket, overflow). */
  release(iterator: EventIterator): void;
}

/**
 * One subscription's event stream: first the events it missed (read from the log after its cursor), then live ones,
 * in id order with no gap and no duplicate.
 *
 * Registration with the hub is synchronous and returns `startAfter`, the sequencer's released horizon: every event
 * ≤ startAfter is already committed and readable, every later one will be pushed to this iterator. So the replay
 * reads (cursor, startAfter] from the log while live events queue up, and live events ≤ the last one handed out are
 * skipped (a cursor ahead of this instance's horizon, e.g. from another instance).
 *
 * A direct target (optional) takes over live delivery while the iterator is parked — nothing queued, nothing
 * replaying, its consumer waiting in `next()`: the iterator leaves the hub and the target writes its events straight
 * to the socket, so one event fanned out to thousands of subscribers is not thousands of iterator steps. The consumer
 * stays parked until the target detaches the iterator (handing back whatever it could not send), and the iterator
 * rejoins the hub. Both moves happen between deliveries, so no event is missed or repeated.
 *
 * Hand-written rather than an async generator: a generator parked on `await` cannot be stopped by `return()` until
 * its next event, which would leak every unsubscribed idle subscription.
 */
export class EventIterator implements AsyncIterableIterator<SequencedEvent> {
  private readonly live: SequencedEvent[] = [];
  private replay: SequencedEvent[] = [];
  private replayFrom: bigint | null;
  private readonly replayTo: bigint;
  private last: bigint;
  private waiter: ((value: IteratorResult<SequencedEvent>) => void) | undefined;
  /** Events a direct target gave back, in order; served before anything else. */
  private handedBack: SequencedEvent[] = [];
  private directTarget: DirectTarget | undefined;
  private attached = false;
  private done = false;
  private subscription: Subscription | undefined;

  constructor(private readonly options: EventIteratorOptions) {
    this.subscription = this.joinHub();
    this.replayTo = BigInt(this.subscription.startAfter);
    this.replayFrom = options.afterId === null ? null : BigInt(options.afterId);
    this.last = this.replayFrom ?? this.replayTo;
    if (this.replayFrom !== null && this.replayFrom >= this.replayTo) this.replayFrom = null;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<SequencedEvent> {
    return this;
  }

  get filter(): EventFilter {
    return this.options.filter;
  }

  get bufferLimit(): number {
    return this.options.bufferLimit;
  }

  /** The id of the last event handed out (to the consumer or, while attached, by the direct target). */
  get lastId(): bigint {
    return this.last;
  }

  /** The direct target records each event it sent for this iterator. */
  markSent(id: bigint): void {
    this.last = id;
  }

  useDirectTarget(target: DirectTarget): void {
    this.directTarget = target;
  }

  /**
   * The direct target gives the iterator back: it rejoins the hub, and `unsent` (events the target received for it
   * but did not send, in order) come first. Call it between deliveries or from inside one: an event the hub offers
   * again at once is at or below `lastId` and skipped.
   */
  detach(unsent: readonly SequencedEvent[]): void {
    if (!this.attached || this.done) return;
    this.attached = false;
    for (const event of unsent) {
      const id = BigInt(event.id);
      if (id <= this.last) continue;
      this.handedBack.push(event);
      this.last = id;
    }
    this.subscription = this.joinHub();
    const waiter = this.waiter;
    if (waiter && this.handedBack.length > 0) {
      this.waiter = undefined;
      void this.next().then(waiter);
    }
  }

  /** Too slow: end the stream and let the owner close the socket (the client resumes from its cursor). */
  overflow(): void {
    if (this.done) return;
    this.finish();
    this.options.onOverflow();
  }

  async next(): Promise<IteratorResult<SequencedEvent>> {
    while (!this.done) {
      const back = this.handedBack.shift();
      if (back) return { done: false, value: back };
      const replayed = await this.nextReplayed();
      if (this.done) break;
      if (replayed) return this.emit(replayed);
      if (this.replayFrom !== null || this.handedBack.length > 0) continue;
      const event = this.live.shift();
      if (event) {
        if (BigInt(event.id) <= this.last) continue;
        return this.emit(event);
      }
      const parked = new Promise<IteratorResult<SequencedEvent>>((resolve) => {
        this.waiter = resolve;
      });
      // Parked with nothing queued: everything before now has been handed over, so a direct target may take over.
      if (this.directTarget && this.directTarget.attach(this)) {
        this.attached = true;
        this.subscription?.unsubscribe();
        this.subscription = undefined;
      }
      return parked;
    }
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<SequencedEvent>> {
    this.finish();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<SequencedEvent>> {
    this.finish();
    throw error;
  }

  private joinHub(): Subscription {
    return this.options.hub.subscribe({ filter: this.options.filter, push: (event) => this.push(event) });
  }

  private emit(event: SequencedEvent): IteratorResult<SequencedEvent> {
    this.last = BigInt(event.id);
    return { done: false, value: event };
  }

  private async nextReplayed(): Promise<SequencedEvent | undefined> {
    if (this.replay.length === 0 && this.replayFrom !== null) {
      const page = await this.options.hub.history(this.options.filter, this.replayFrom.toString(), this.replayTo.toString(), REPLAY_PAGE);
      this.replayFrom = page.continueAfter === null ? null : BigInt(page.continueAfter);
      this.replay = page.events;
    }
    return this.replay.shift();
  }

  private push(event: SequencedEvent): void {
    if (this.done) return;
    const waiter = this.waiter;
    if (waiter && this.replayFrom === null && this.replay.length === 0 && this.live.length === 0 && this.handedBack.length === 0) {
      if (BigInt(event.id) <= this.last) return;
      this.waiter = undefined;
      waiter(this.emit(event));
      return;
    }
    if (this.live.length >= this.options.bufferLimit) {
      // Never block the others: this subscriber is disconnected and resumes from its cursor.
      this.overflow();
      return;
    }
    this.live.push(event);
    if (waiter && this.replayFrom === null) {
      this.waiter = undefined;
      void this.next().then(waiter);
    }
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    if (this.attached) {
      this.attached = false;
      this.directTarget?.release(this);
    }
    this.live.length = 0;
    this.replay = [];
    this.handedBack = [];
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.({ done: true, value: undefined });
  }
}
