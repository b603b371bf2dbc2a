import type { Logger } from '../../shared/logger.js';
import { CoalescedPasses } from './coalesced-passes.js';
import type { SafeHorizon } from './safe-horizon.js';

/**
 * A reader of the event log that follows the safe horizon (safe-horizon.ts) in coalesced passes: the event
 * sequencer and the webhook fan-out. Each pass reads up to the horizon it finds, never past it.
 */
export abstract class HorizonFollower {
  protected readonly passes: CoalescedPasses;

  constructor(
    protected readonly horizon: SafeHorizon,
    logger: Logger,
    name: string,
  ) {
    this.passes = new CoalescedPasses(
      () => this.pass(),
      (error) => logger.error({ err: error }, `${name} pass failed; retrying on the next wake-up`),
    );
  }

  /** Resolves when no pass is running (tests and shutdown). */
  idle(): Promise<void> {
    return this.passes.idle();
  }

  stop(): void {
    this.passes.stop();
    this.horizon.stop();
  }

  protected abstract pass(): Promise<void>;

  /** The safe horizon when it has moved past `after` and the follower still runs; null otherwise. */
  protected async horizonPast(after: bigint): Promise<bigint | null> {
    const horizon = await this.horizon.read(after);
    return horizon === null || horizon <= after || this.passes.stopped ? null : horizon;
  }
}
