import pg from 'pg';
import type { Logger } from '../../shared/logger.js';
import type { Secret } from '../../shared/secret.js';
import { EVENTS_CHANNEL } from './event-channel.js';

/**
 * Wakes the other instances after events committed, off the commit path: one NOTIFY at a time on its own connection,
 * and everything committed while one is in flight is announced by a single next one.
 *
 * Why not `pg_notify` inside the writing transaction: Postgres takes a database-wide lock in PreCommit_Notify and
 * holds it until the commit record is flushed, so every notifying commit would wait for the previous one's fsync —
 * no group commit, whatever the concurrency (BENCHMARKS.md has the figures).
 *
 * A NOTIFY is only a hint (the sequencer finds the committed events itself, in id order; pg-listener.ts re-checks
 * on a safety timer and after reconnects), sent only after the commit: a crash between the commit and the NOTIFY
 * (or a failed NOTIFY) costs other instances up to the listener's safety interval of latency, never an event. The local instance is woken directly
 * by the event log (services.ts), not by its own NOTIFY.
 *
 * The NOTIFY's own tiny transaction commits with synchronous_commit off: losing a wake-up in a crash is harmless,
 * and it must not wait for a WAL flush (it would hold the notify lock across it).
 */
export class CommitNotifier {
  private readonly pool: pg.Pool;
  private pending = new Set<string>();
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    url: Secret<string>,
    private readonly logger: Logger,
  ) {
    this.pool = new pg.Pool({ connectionString: url.reveal(), max: 1, application_name: 'agw-events-notifier' });
    this.pool.on('error', () => undefined); // a dropped idle connection is replaced on the next query
  }

  /** Events of these merchants committed: wake the other instances (coalesced, never awaited by the writer). */
  notify(merchantIds: Iterable<string>): void {
    if (this.stopped) return;
    for (const id of merchantIds) this.pending.add(id);
    this.running ??= this.loop();
  }

  /** Resolves when nothing is being sent (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.stopped = true;
    await this.idle();
    await this.pool.end();
  }

  private async loop(): Promise<void> {
    try {
      while (this.pending.size > 0 && !this.stopped) {
        const merchants = [...this.pending];
        this.pending = new Set();
        // The payload is informational (listeners re-read the log); one merchant's id, or '*' for several.
        const payload = merchants.length === 1 ? merchants[0]! : '*';
        try {
          await this.send(payload);
        } catch (error) {
          this.logger.warn({ err: error }, 'could not send the events wake-up; other instances catch up on their safety timer');
        }
      }
    } finally {
      // No await between the last check of `pending` and here, so a notify() cannot fall in between and be lost.
      this.running = undefined;
    }
  }

  private async send(payload: string): Promise<void> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      // One round trip (simple query protocol, so the payload is inlined as an escaped literal).
      await client.query(
        `begin; set local synchronous_commit to off; select pg_notify('${EVENTS_CHANNEL}', ${client.escapeLiteral(payload)}); commit`,
      );
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
