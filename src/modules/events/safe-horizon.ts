import type { Logger } from '../../shared/logger.js';
import type { Sql } from '../../persistence/sql-pool.js';

const MAX_WAIT_STEP_MS = 20;
const STALL_WARNING_MS = 5_000;

/**
 * The largest event id Q such that every event with an id ≤ Q is committed or will never exist. Every reader that
 * must not miss an event (the subscription fan-out, the webhook fan-out) advances its cursor only up to it.
 *
 * The classic trap: bigserial ids are drawn at insert time, but transactions commit in any order, so a reader that
 * saw id 7 and then asks for "id > 7" can miss id 6 if its transaction commits later. Comparing each event's xid
 * with the snapshot's xmin is not enough either (a transaction can get its xid before another but draw its id after).
 *
 * What is exact: read the sequence's last value Q first, then list the transactions running in this database
 * (pg_stat_activity.backend_xid). Every id ≤ Q was drawn by a transaction that already had an xid (EventBatch
 * assigns it before the first insert, see event-channel.ts), so that transaction is either finished or in the list.
 * Once all of those have finished, every id ≤ Q that will ever exist is committed and visible: Q is a safe horizon.
 *
 * Cost of the method: a long-running write transaction in this database holds readers back until it ends
 * (correctness is kept; latency is not). The gateway never calls AMS inside a transaction, so its own are short.
 */
export class SafeHorizon {
  private sequenceName = 'events_id_seq';
  private stopped = false;

  constructor(
    private sql: Sql,
    private readonly logger: Logger,
  ) {}

  useSql(sql: Sql): void {
    this.sql = sql;
  }

  async start(): Promise<void> {
    const [row] = await this.sql.query<{ name: string | null }>({ text: `select pg_get_serial_sequence('events', 'id') as name`, values: [] });
    if (row?.name) this.sequenceName = row.name;
  }

  /** Ends any wait in progress (shutdown). */
  stop(): void {
    this.stopped = true;
  }

  /** The current safe horizon; null if no event id was ever drawn. At or below `known` it returns without waiting. */
  async read(known: bigint): Promise<bigint | null> {
    const [seq] = await this.sql.query<{ last_value: string; is_called: boolean }>({
      text: `select last_value::text as last_value, is_called from ${this.sequenceName}`,
      values: [],
    });
    if (!seq || !seq.is_called) return null;
    const horizon = BigInt(seq.last_value);
    if (horizon <= known) return horizon;
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
