import type { Logger } from '../../shared/logger.js';
import type { Sql } from '../../persistence/sql-pool.js';
import { EventSequencer, EVENT_COLUMNS, toSequencedEvent, type SequencedEvent } from './event-sequencer.js';
import type { AggregateType } from './event.entity.js';

/** Which events a subscriber wants. `merchantId: null` = every merchant (platform admins only). */
export interface EventFilter {
  merchantId: string | null;
  aggregateType?: AggregateType | null;
  aggregateId?: string | null;
  /** A further condition evaluated in memory (e.g. "refunds of this payment"); may learn from what it sees. */
  accept?: (event: SequencedEvent) => boolean;
}

export interface HistoryPage {
  events: SequencedEvent[];
  /** The id to continue after, or null when (after, upTo] is exhausted. */
  continueAfter: string | null;
}

export interface EventSink {
  readonly filter: EventFilter;
  push(event: SequencedEvent): void;
}

export interface Subscription {
  /** Live delivery to this sink starts strictly after this id; replay from the log up to it. */
  readonly startAfter: string;
  unsubscribe(): void;
}

export function matches(filter: EventFilter, event: SequencedEvent): boolean {
  if (filter.merchantId !== null && filter.merchantId !== event.merchantId) return false;
  if (filter.aggregateType && filter.aggregateType !== event.aggregateType) return false;
  if (filter.aggregateId && filter.aggregateId !== event.aggregateId) return false;
  return filter.accept ? filter.accept(event) : true;
}

/**
 * This instance's fan-out: one EventSequencer (gap-free, in id order) feeding the local subscribers, indexed by
 * merchant so one merchant's event touches only its own subscribers (and admins watching everything).
 */
export class EventHub {
  private readonly byMerchant = new Map<string, Set<EventSink>>();
  private readonly everyMerchant = new Set<EventSink>();
  private count = 0;
  readonly sequencer: EventSequencer;
  /** Sees each released batch before the subscribers do (delivery-lag metrics). */
  onDispatch: ((events: readonly SequencedEvent[]) => void) | undefined;

  constructor(
    private readonly sql: Sql,
    private readonly logger: Logger,
  ) {
    this.sequencer = new EventSequencer(sql, (events) => this.dispatch(events), logger, () => this.count > 0);
  }

  get subscriberCount(): number {
    return this.count;
  }

  /**
   * `sequencerSql`: a connection of its own for the sequencer, whose frequent small queries (sequence value, running
   * transactions) must neither wait behind request work nor take its connections; default: the shared pool.
   */
  start(sequencerSql?: Sql): Promise<void> {
    if (sequencerSql) this.sequencer.useSql(sequencerSql);
    return this.sequencer.start();
  }

  wake(): void {
    this.sequencer.wake();
  }

  /**
   * Registers a sink. Synchronous on purpose: no delivery can slip in between reading `released` and registering,
   * so the caller replays (cursor, startAfter] from the log and the sink gets everything after startAfter.
   */
  subscribe(sink: EventSink): Subscription {
    const merchantId = sink.filter.merchantId;
    const set = merchantId === null ? this.everyMerchant : this.setFor(merchantId);
    set.add(sink);
    this.count++;
    let active = true;
    return {
      startAfter: this.sequencer.released,
      unsubscribe: () => {
        if (!active) return;
        active = false;
        set.delete(sink);
        this.count--;
        if (merchantId !== null && set.size === 0) this.byMerchant.delete(merchantId);
      },
    };
  }

  /** Events after `after` up to `upTo` (inclusive) that the filter accepts, oldest first, at most `limit`. */
  async history(filter: EventFilter, after: string, upTo: string, limit: number): Promise<HistoryPage> {
    const params: unknown[] = [];
    const where = (column: string, value: unknown) => {
      params.push(value);
      return `${column} $${params.length}`;
    };
    const conditions = [where('id >', after), where('id <=', upTo)];
    if (filter.merchantId !== null) conditions.push(where('merchant_id =', filter.merchantId));
    if (filter.aggregateType) conditions.push(where('aggregate_type =', filter.aggregateType));
    if (filter.aggregateId) conditions.push(where('aggregate_id =', filter.aggregateId));
    const rows = await this.sql.query<Parameters<typeof toSequencedEvent>[0]>({
      text: `select ${EVENT_COLUMNS} from events where ${conditions.join(' and ')} order by events.id limit ${Math.max(1, Math.floor(limit))}`,
      values: params,
    });
    const events = rows.map(toSequencedEvent);
    const last = events[events.length - 1];
    return {
      events: filter.accept ? events.filter(filter.accept) : events,
      continueAfter: events.length >= limit && last ? last.id : null,
    };
  }

  stop(): void {
    this.sequencer.stop();
  }

  private setFor(merchantId: string): Set<EventSink> {
    let set = this.byMerchant.get(merchantId);
    if (!set) {
      set = new Set();
      this.byMerchant.set(merchantId, set);
    }
    return set;
  }

  private dispatch(events: readonly SequencedEvent[]): void {
    this.onDispatch?.(events);
    for (const event of events) {
      const own = this.byMerchant.get(event.merchantId);
      if (own) for (const sink of own) this.offer(sink, event);
      for (const sink of this.everyMerchant) this.offer(sink, event);
    }
  }

  private offer(sink: EventSink, event: SequencedEvent): void {
    if (!matches(sink.filter, event)) return;
    try {
      sink.push(event);
    } catch (error) {
      // One broken subscriber must not stop delivery to the others.
      this.logger.error({ err: error }, 'event subscriber failed');
    }
  }
}
