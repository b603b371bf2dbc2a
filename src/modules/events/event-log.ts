import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { BEFORE_FIRST_EVENT_SQL } from './event-channel.js';
import { GatewayEvent, type AggregateType, type EventSource, type EventType } from './event.entity.js';

export interface NewEvent {
  merchantId: string;
  aggregateType: AggregateType;
  aggregateId: string;
  type: EventType;
  fromStatus?: string | null;
  toStatus?: string | null;
  payload?: Record<string, unknown>;
  source: EventSource;
}

/** Collects the events appended inside one transaction, so they can be announced once it commits. */
export class EventBatch {
  readonly events: GatewayEvent[] = [];
  private xidAssigned = false;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * The transaction has already changed a row (an INSERT, or an UPDATE / DELETE that affected at least one row), so
   * Postgres has assigned its xid: the first append can skip the `pg_current_xact_id()` round trip. Call it only
   * when that is certain — a missing xid before an event id is drawn breaks the sequencer's gap-free guarantee.
   */
  xidAssignedByWrite(): void {
    this.xidAssigned = true;
  }

  async append(event: NewEvent): Promise<GatewayEvent> {
    // Once per transaction: the xid before the first id is drawn (see event-channel.ts). Other instances are woken
    // after the commit (commit-notifier.ts), not by a NOTIFY inside this transaction.
    if (!this.xidAssigned) {
      this.xidAssigned = true;
      await this.em.execute(BEFORE_FIRST_EVENT_SQL);
    }
    const row = Object.assign(new GatewayEvent(), {
      merchantId: event.merchantId,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      type: event.type,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      payload: event.payload ?? {},
      source: event.source,
      createdAt: this.clock.now(),
    });
    // A native insert: the row must be written now, inside the caller's transaction, and never updated later.
    const id = await this.em.insert(GatewayEvent, {
      merchantId: row.merchantId,
      aggregateType: row.aggregateType,
      aggregateId: row.aggregateId,
      type: row.type,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      payload: row.payload,
      source: row.source,
      createdAt: row.createdAt,
    });
    row.id = String(id);
    this.events.push(row);
    return row;
  }
}

export type CommittedListener = (events: readonly GatewayEvent[]) => void;

/**
 * The append-only event log. `transaction` runs work in one database transaction with an EventBatch; after the
 * commit (never before, never on rollback) the appended events go to `onCommitted` listeners — the hook the
 * Postgres NOTIFY fan-out (commit-notifier.ts) and subscriptions attach to.
 */
export class EventLog {
  private readonly listeners = new Set<CommittedListener>();

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  onCommitted(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async transaction<T>(em: EntityManager, work: (em: EntityManager, events: EventBatch) => Promise<T>): Promise<T> {
    let batch: EventBatch | undefined;
    const result = await em.transactional(async (tx) => {
      batch = new EventBatch(tx, this.clock);
      return work(tx, batch);
    });
    if (batch && batch.events.length > 0) this.announceCommitted(batch.events);
    return result;
  }

  /**
   * Hands events to the listeners. Only for events already committed: `transaction` calls it after its commit, and
   * the single-statement fast paths (first-transition.ts, pay-intent.ts) after theirs.
   */
  announceCommitted(events: readonly GatewayEvent[]): void {
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        // A broken listener must not turn a committed change into an error for the caller.
        this.logger.error({ err: error }, 'event listener failed');
      }
    }
  }
}
