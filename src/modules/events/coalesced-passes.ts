/**
 * Runs a pass one at a time, coalescing wake-ups: a request while a pass runs makes it run once more, never twice
 * at once. A pass that throws is reported and the loop ends; the next request starts it again.
 */
export class CoalescedPasses {
  private running: Promise<void> | undefined;
  private again = false;
  private stoppedFlag = false;
  private delayed: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** A pass is running (or about to run once more). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  get stopped(): boolean {
    return this.stoppedFlag;
  }

  /** Run a pass now, or once more after the running one. */
  request(): void {
    if (this.stoppedFlag) return;
    this.again = true;
    this.running ??= this.loop();
  }

  /** A pass waits on requestAfter's timer. */
  get waiting(): boolean {
    return this.delayed !== undefined;
  }

  /** Run a pass once `delayMs` have passed; a request already waiting keeps its time. */
  requestAfter(delayMs: number): void {
    if (this.stoppedFlag) return;
    this.delayed ??= setTimeout(() => {
      this.delayed = undefined;
      this.request();
    }, delayMs);
    this.delayed.unref?.();
  }

  /** Resolves when no pass is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** No pass starts after this; a running one sees `stopped` and finishes early. */
  stop(): void {
    this.stoppedFlag = true;
    if (this.delayed) clearTimeout(this.delayed);
    this.delayed = undefined;
  }

  private async loop(): Promise<void> {
    try {
      while (this.again && !this.stoppedFlag) {
        this.again = false;
        await this.pass();
      }
    } catch (error) {
      if (!this.stoppedFlag) this.onError(error);
    } finally {
      // No await between the last check of `again` and here, so a request() cannot fall in between and be lost.
      this.running = undefined;
    }
  }
}
