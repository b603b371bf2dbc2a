import type { Sql } from '../../persistence/sql-pool.js';
import type { Logger } from '../../shared/logger.js';
import type { AggregateType, EventSource, EventType } from './event.entity.js';
import { HorizonFollower } from './horizon-follower.js';
import { SafeHorizon } from './safe-horizon.js';

/** An event as delivered to subscribers (plain data; ids as decimal strings). */
export interface SequencedEvent {
  id: string;
  merchantId: string;
  aggregateType: AggregateType;
  aggregateId: string;
  type: EventType;
  fromStatus: string | null;
  toStatus: string | null;
  payload: Record<string, unknown>;
  source: EventSource;
  createdAt: Date;
}

interface EventRow {
  id: string;
  merchant_id: string;
  aggregate_type: AggregateType;
  aggregate_id: string;
  type: EventType;
  from_status: string | null;
  to_status: string | null;
  payload: Record<string, unknown>;
  source: EventSource;
  created_at: Date | string;
}

export const EVENT_COLUMNS = 'id::text as id, merchant_id, aggregate_type, aggregate_id, type, from_status, to_status, payload, source, created_at';

export function toSequencedEvent(row: EventRow): SequencedEvent {
  return {
    id: row.id,
    merchantId: row.merchant_id,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    type: row.type,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    payload: row.payload,
    source: row.source,
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
  };
}

const FETCH_BATCH = 1000;
/**
 * With no local subscriber a pass only keeps `released` current (where a new live-only subscriber starts), so it runs
 * at most this often instead of once per commit: each pass polls pg_stat_activity until the running writers finish,
 * which under load costs more than the writes themselves. A subscriber arriving meanwhile gets the events since the
 * last pass (well under a second old) first, in order — nothing is lost or repeated.
 */
const IDLE_PASS_INTERVAL_MS = 250;

/**
 * Releases committed events in id order with no gap, however transactions interleave: it moves from one safe horizon
 * (safe-horizon.ts) to the next, fetching and delivering the events in between, in id order. Writers never wait for
 * readers.
 */
export class EventSequencer extends HorizonFollower {
  private releasedId = 0n;

  constructor(
    private sql: Sql,
    private readonly deliver: (events: readonly SequencedEvent[]) => void,
    logger: Logger,
    /** False when nobody listens: the horizon still advances but no rows are read. */
    private readonly wantsRows: () => boolean = () => true,
  ) {
    super(new SafeHorizon(sql, logger), logger, 'event sequencer');
  }

  /** Switches to another connection (before start). */
  useSql(sql: Sql): void {
    this.sql = sql;
    this.horizon.useSql(sql);
  }

  /** Every event with an id ≤ this has been delivered (or never existed). */
  get released(): string {
    return this.releasedId.toString();
  }

  async start(): Promise<void> {
    await this.horizon.start();
    // Start at the current safe horizon: history is replayed per subscriber from its own cursor, not from here.
    const horizon = await this.horizon.read(this.releasedId);
    if (horizon !== null) this.releasedId = horizon;
  }

  /** Something may have committed: run a pass (coalesced; a pass already running runs once more). */
  wake(): void {
    if (this.passes.stopped) return;
    if (this.wantsRows()) this.passes.request();
    else this.passes.requestAfter(IDLE_PASS_INTERVAL_MS);
  }

  protected async pass(): Promise<void> {
    const horizon = await this.horizonPast(this.releasedId);
    if (horizon === null) return;
    if (!this.wantsRows()) {
      this.releasedId = horizon;
      return;
    }
    let from = this.releasedId;
    while (from < horizon && !this.passes.stopped) {
      // `events.id`, not `id`: EVENT_COLUMNS aliases id::text as id, and ORDER BY would sort that text (10 before 9),
      // after which the iterators drop the smaller ids as already seen.
      const rows = await this.sql.query<EventRow>({
        text: `select ${EVENT_COLUMNS} from events where id > $1 and id <= $2 order by events.id limit ${FETCH_BATCH}`,
        values: [from.toString(), horizon.toString()],
      });
      const events = rows.map(toSequencedEvent);
      // Ids between rows that are absent belong to rolled-back transactions: below the horizon they never appear.
      from = events.length < FETCH_BATCH ? horizon : BigInt(events[events.length - 1]!.id);
      this.releasedId = from;
      if (events.length > 0) this.deliver(events);
    }
  }
}
