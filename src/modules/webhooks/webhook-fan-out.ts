import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { SafeHorizon } from '../events/safe-horizon.js';
import type { MessageStore } from './message-store.js';

/** Events per fan-out statement: bounds one statement's work when a long backlog is caught up. */
const FAN_OUT_BATCH = 5_000;
/**
 * Passes are paced: each one waits for the running writers (safe-horizon.ts), which under load costs more than the
 * statement itself. An event committed while idle still goes at once; under load, events wait at most this long.
 */
const PASS_SPACING_MS = 25;
/** With no enabled endpoint anywhere, the cursor only needs to keep up, not to be prompt. */
const IDLE_PASS_SPACING_MS = 250;

/**
 * Turns the event log into webhook messages. Driven by a cursor stored in the database (webhook_cursor), moved only
 * up to a safe horizon, in the same statement that queues the messages: an event committed is queued exactly once,
 * whatever crashes, and however many instances run this (they take turns on the cursor row). Woken on every local
 * commit and every NOTIFY from another instance; the sweep wakes it too.
 */
export class WebhookFanOut {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private known = 0n;
  private spacing = PASS_SPACING_MS;
  private lastPassAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly horizon: SafeHorizon,
    private readonly messages: MessageStore,
    private readonly clock: Clock,
    private readonly onQueued: (endpointIds: readonly string[]) => void,
    private readonly logger: Logger,
  ) {}

  wake(): void {
    if (this.stopped) return;
    this.again = true;
    if (this.running || this.timer) return;
    const wait = this.lastPassAt + this.spacing - Date.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.running ??= this.loop();
      }, wait);
      this.timer.unref();
      return;
    }
    this.running = this.loop();
  }

  /** Resolves when no pass is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    this.horizon.stop();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async loop(): Promise<void> {
    try {
      while (this.again && !this.stopped) {
        this.again = false;
        this.lastPassAt = Date.now();
        await this.pass();
      }
    } catch (error) {
      if (!this.stopped) this.logger.error({ err: error }, 'webhook fan-out pass failed; retrying on the next wake-up');
    } finally {
      this.running = undefined;
    }
  }

  private async pass(): Promise<void> {
    const horizon = await this.horizon.read(this.known);
    if (horizon === null || horizon <= this.known || this.stopped) return;
    const touched = new Set<string>();
    for (;;) {
      const step = await this.messages.fanOut(horizon, FAN_OUT_BATCH, this.clock.now());
      for (const id of step.endpointIds) touched.add(id);
      this.spacing = step.anyEndpoint ? PASS_SPACING_MS : IDLE_PASS_SPACING_MS;
      if (step.upto >= horizon || this.stopped) break;
    }
    this.known = horizon;
    if (touched.size > 0) this.onQueued([...touched]);
  }
}
