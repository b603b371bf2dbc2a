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
 * One subscription's event stream: first the events it missed (read from the log after its cursor), then live ones,
 * in id order with no gap and no duplicate.
 *
 * Registration with the hub is synchronous and returns `startAfter`, the sequencer's released horizon: every event
 * ≤ startAfter is already committed and readable, every later one will be pushed to this iterator. So the replay
 * reads (cursor, startAfter] from the log while live events queue up, and live events ≤ the last one handed out are
 * skipped (a cursor ahead of this instance's horizon, e.g. from another instance).
 *
 * Hand-written rather than an async generator: a generator parked on `await` cannot be stopped by `return()` until
 * its next event, which would leak every unsubscribed idle subscription.
 */
export class EventIterator implements AsyncIterableIterator<SequencedEvent> {
  private readonly live: SequencedEvent[] = [];
  private replay: SequencedEvent[] = [];
  private replayFrom: bigint | null;
  private readonly replayTo: bigint;
  private lastId: bigint;
  private waiter: ((value: IteratorResult<SequencedEvent>) => void) | undefined;
  private done = false;
  private readonly subscription: Subscription;

  constructor(private readonly options: EventIteratorOptions) {
    this.subscription = options.hub.subscribe({ filter: options.filter, push: (event) => this.push(event) });
    this.replayTo = BigInt(this.subscription.startAfter);
    this.replayFrom = options.afterId === null ? null : BigInt(options.afterId);
    this.lastId = this.replayFrom ?? this.replayTo;
    if (this.replayFrom !== null && this.replayFrom >= this.replayTo) this.replayFrom = null;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<SequencedEvent> {
    return this;
  }

  async next(): Promise<IteratorResult<SequencedEvent>> {
    while (!this.done) {
      const replayed = await this.nextReplayed();
      if (this.done) break;
      if (replayed) return this.emit(replayed);
      if (this.replayFrom !== null) continue;
      const event = this.live.shift();
      if (event) {
        if (BigInt(event.id) <= this.lastId) continue;
        return this.emit(event);
      }
      return new Promise((resolve) => {
        this.waiter = resolve;
      });
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

  private emit(event: SequencedEvent): IteratorResult<SequencedEvent> {
    this.lastId = BigInt(event.id);
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
    if (waiter && this.replayFrom === null && this.replay.length === 0 && this.live.length === 0) {
      this.waiter = undefined;
      if (BigInt(event.id) > this.lastId) waiter(this.emit(event));
      else this.waiter = waiter;
      return;
    }
    if (this.live.length >= this.options.bufferLimit) {
      // Never block the others: this subscriber is disconnected and resumes from its cursor.
      this.finish();
      this.options.onOverflow();
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
    this.subscription.unsubscribe();
    this.live.length = 0;
    this.replay = [];
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.({ done: true, value: undefined });
  }
}
