import type { MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityTables } from '../../persistence/entity-tables.js';
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

const EVENT_COLUMNS = ['merchantId', 'aggregateType', 'aggregateId', 'type', 'fromStatus', 'toStatus', 'payload', 'source', 'createdAt'] as const;

interface EventRowInsert {
  text: string;
  parameters(row: GatewayEvent): unknown[];
}

const eventRowInserts = new WeakMap<MetadataStorage, EventRowInsert>();

/** `insert into events (…) select ?::<type>, … returning id`, from the event entity's mapping; once per metadata. */
function eventRowInsert(em: EntityManager): EventRowInsert {
  const metadata = em.getMetadata();
  let insert = eventRowInserts.get(metadata);
  if (!insert) {
    const shape = new EntityTables(metadata).of(GatewayEvent);
    const text = `${shape.insertSelect(Object.fromEntries(EVENT_COLUMNS.map((p) => [p, `?::${shape.sqlType(p)}`])))} returning id::text as id`;
    insert = { text, parameters: (row) => EVENT_COLUMNS.map((p) => shape.parameter(p, row[p])) };
    eventRowInserts.set(metadata, insert);
  }
  return insert;
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
    // Written now, inside the caller's transaction, and never updated later: one statement text built once from the
    // entity's mapping (as the single statements' event insert is), not a query builder run per event.
    const insert = eventRowInsert(this.em);
    const [written] = await this.em.execute<Array<{ id: string }>>(insert.text, insert.parameters(row));
    const id = written?.id;
    if (id === undefined) throw new Error('the event insert returned no id');
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
