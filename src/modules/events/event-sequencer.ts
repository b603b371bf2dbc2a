import type { Sql } from '../../persistence/sql-pool.js';
import type { Logger } from '../../shared/logger.js';
import type { AggregateType, EventSource, EventType } from './event.entity.js';

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
const MAX_WAIT_STEP_MS = 20;
/**
 * With no local subscriber a pass only keeps `released` current (where a new live-only subscriber starts), so it runs
 * at most this often instead of once per commit: each pass polls pg_stat_activity until the running writers finish,
 * which under load costs more than the writes themselves. A subscriber arriving meanwhile gets the events since the
 * last pass (well under a second old) first, in order — nothing is lost or repeated.
 */
const IDLE_PASS_INTERVAL_MS = 250;
const STALL_WARNING_MS = 5_000;

/**
 * Releases committed events in id order with no gap, however transactions interleave.
 *
 * The classic trap: bigserial ids are drawn at insert time, but transactions commit in any order, so a reader that
 * saw id 7 and then asks for "id > 7" can miss id 6 if its transaction commits later. Comparing each event's xid
 * with the snapshot's xmin is not enough either (a transaction can get its xid before another but draw its id after).
 *
 * What is exact: read the sequence's last value Q first, then list the transactions running in this database
 * (pg_stat_activity.backend_xid). Every id ≤ Q was drawn by a transaction that already had an xid (EventBatch
 * assigns it before the first insert, see event-channel.ts), so that transaction is either finished or in the list.
 * Once all of those have finished, every id ≤ Q that will ever exist is committed and visible: Q is a safe horizon. Events in (released, Q] are then fetched
 * and delivered in id order, and `released` moves to Q. Writers never wait for readers.
 *
 * Cost of the method: a long-running write transaction in this database holds delivery back until it ends
 * (correctness is kept; latency is not). The gateway never calls AMS inside a transaction, so its own are short.
 */
export class EventSequencer {
  private releasedId = 0n;
  private running: Promise<void> | undefined;
  private again = false;
  private idleWake: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private sequenceName = 'events_id_seq';

  constructor(
    private sql: Sql,
    private readonly deliver: (events: readonly SequencedEvent[]) => void,
    private readonly logger: Logger,
    /** False when nobody listens: the horizon still advances but no rows are read. */
    private readonly wantsRows: () => boolean = () => true,
  ) {}

  /** Switches to another connection (before start). */
  useSql(sql: Sql): void {
    this.sql = sql;
  }

  /** Every event with an id ≤ this has been delivered (or never existed). */
  get released(): string {
    return this.releasedId.toString();
  }

  async start(): Promise<void> {
    const [row] = await this.sql.query<{ name: string | null }>({ text: `select pg_get_serial_sequence('events', 'id') as name`, values: [] });
    if (row?.name) this.sequenceName = row.name;
    // Start at the current safe horizon: history is replayed per subscriber from its own cursor, not from here.
    const horizon = await this.safeHorizon();
    if (horizon !== null) this.releasedId = horizon;
  }

  /** Something may have committed: run a pass (coalesced; a pass already running runs once more). */
  wake(): void {
    if (this.stopped) return;
    if (!this.wantsRows()) {
      this.idleWake ??= setTimeout(() => {
        this.idleWake = undefined;
        this.runPasses();
      }, IDLE_PASS_INTERVAL_MS);
      this.idleWake.unref?.();
      return;
    }
    this.runPasses();
  }

  private runPasses(): void {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.loop();
  }

  /** Resolves when no pass is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.idleWake) clearTimeout(this.idleWake);
    this.idleWake = undefined;
  }

  private async loop(): Promise<void> {
    try {
      while (this.again && !this.stopped) {
        this.again = false;
        await this.pass();
      }
    } catch (error) {
      if (!this.stopped) this.logger.error({ err: error }, 'event sequencer pass failed; retrying on the next wake-up');
    } finally {
      // No await between the last check of `again` and here, so a wake() cannot fall in between and be lost.
      this.running = undefined;
    }
  }

  private async pass(): Promise<void> {
    const horizon = await this.safeHorizon();
    if (horizon === null || horizon <= this.releasedId || this.stopped) return;
    if (!this.wantsRows()) {
      this.releasedId = horizon;
      return;
    }
    let from = this.releasedId;
    while (from < horizon && !this.stopped) {
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

  /** The largest id Q such that every event with id ≤ Q is committed or will never exist; null if none yet. */
  private async safeHorizon(): Promise<bigint | null> {
    const [seq] = await this.sql.query<{ last_value: string; is_called: boolean }>({
      text: `select last_value::text as last_value, is_called from ${this.sequenceName}`,
      values: [],
    });
    if (!seq || !seq.is_called) return null;
    const horizon = BigInt(seq.last_value);
    if (horizon <= this.releasedId) return horizon;
    // Listed strictly after reading the sequence (a separate statement). A snapshot's in-progress list would not do:
    // it omits running xids at or above its xmax (latest completed + 1), which is exactly where fresh writers are.
    // Each backend's backend_xid is set when its xid is assigned and cleared when its commit becomes visible.
    const running = await this.sql.query<{ xid: string }>({
      text: `select backend_xid::text as xid from pg_stat_activity where backend_xid is not null and datname = current_database()`,
      values: [],
    });
    if (running.length > 0) await this.waitFor(running.map((r) => r.xid));
    return horizon;
  }

  private async waitFor(xids: string[]): Promise<void> {
    const started = Date.now();
    let pending = xids;
    let step = 0;
    let warned = false;
    while (pending.length > 0 && !this.stopped) {
      const rows = await this.sql.query<{ xid: string }>({
        text: `select backend_xid::text as xid from pg_stat_activity where backend_xid::text = any($1::text[])`,
        values: [`{${pending.join(',')}}`],
      });
      pending = rows.map((r) => r.xid);
      if (pending.length === 0) return;
      if (!warned && Date.now() - started > STALL_WARNING_MS) {
        warned = true;
        this.logger.warn({ xids: pending }, 'event delivery held back by a long-running transaction');
      }
      step = Math.min(step === 0 ? 1 : step * 2, MAX_WAIT_STEP_MS);
      await new Promise((resolve) => setTimeout(resolve, step));
    }
  }
}
