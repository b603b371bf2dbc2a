import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { HorizonFollower } from '../events/horizon-follower.js';
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
export class WebhookFanOut extends HorizonFollower {
  private known = 0n;
  private spacing = PASS_SPACING_MS;
  private lastPassAt = 0;

  constructor(
    horizon: SafeHorizon,
    private readonly messages: MessageStore,
    private readonly clock: Clock,
    private readonly onQueued: (endpointIds: readonly string[]) => void,
    logger: Logger,
  ) {
    super(horizon, logger, 'webhook fan-out');
  }

  wake(): void {
    if (this.passes.stopped) return;
    if (this.passes.busy) {
      this.passes.request(); // the running pass runs once more
      return;
    }
    if (this.passes.waiting) return; // a paced pass is already waiting
    const wait = this.lastPassAt + this.spacing - Date.now();
    if (wait > 0) this.passes.requestAfter(wait);
    else this.passes.request();
  }

  protected async pass(): Promise<void> {
    this.lastPassAt = Date.now();
    const horizon = await this.horizonPast(this.known);
    if (horizon === null) return;
    const touched = new Set<string>();
    for (;;) {
      const step = await this.messages.fanOut(horizon, FAN_OUT_BATCH, this.clock.now());
      for (const id of step.endpointIds) touched.add(id);
      this.spacing = step.anyEndpoint ? PASS_SPACING_MS : IDLE_PASS_SPACING_MS;
      if (step.upto >= horizon || this.passes.stopped) break;
    }
    this.known = horizon;
    if (touched.size > 0) this.onQueued([...touched]);
  }
}
