import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';

interface Task {
  dueAt: number;
  run: () => void;
  timer: NodeJS.Timeout | undefined;
}

/** setTimeout cannot wait longer than 2^31-1 ms; longer tasks wake up early and re-arm. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Runs callbacks at instants of the sandbox clock, with one timer per task (no polling loop). When the clock jumps
 * forward (time travel), `rearm` runs everything that became due, in due order, and re-arms the rest — so payment
 * expiry, async results and notification retries all follow the travelled clock.
 */
export class Scheduler {
  private readonly tasks = new Set<Task>();
  private closed = false;

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Schedules `run` at sandbox time `dueAt` (ms since epoch); returns a function that cancels it. */
  at(dueAt: number, run: () => void): () => void {
    const task: Task = { dueAt, run, timer: undefined };
    if (this.closed) return () => undefined;
    this.tasks.add(task);
    this.arm(task);
    return () => {
      clearTimeout(task.timer);
      this.tasks.delete(task);
    };
  }

  after(delayMs: number, run: () => void): () => void {
    return this.at(this.clock.now().getTime() + delayMs, run);
  }

  get pending(): number {
    return this.tasks.size;
  }

  /** Call after the clock moved: fires what is due now, re-arms the rest. */
  rearm(): void {
    const now = this.clock.now().getTime();
    const due = [...this.tasks].filter((t) => t.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
    for (const task of this.tasks) clearTimeout(task.timer);
    for (const task of due) this.fire(task);
    for (const task of this.tasks) this.arm(task);
  }

  close(): void {
    this.closed = true;
    for (const task of this.tasks) clearTimeout(task.timer);
    this.tasks.clear();
  }

  private arm(task: Task): void {
    const delay = Math.max(0, task.dueAt - this.clock.now().getTime());
    task.timer = setTimeout(() => this.onTimer(task), Math.min(delay, MAX_TIMER_MS));
    task.timer.unref();
  }

  private onTimer(task: Task): void {
    if (!this.tasks.has(task)) return;
    if (task.dueAt > this.clock.now().getTime()) this.arm(task);
    else this.fire(task);
  }

  private fire(task: Task): void {
    if (!this.tasks.delete(task)) return;
    clearTimeout(task.timer);
    try {
      task.run();
    } catch (error) {
      this.log.error({ err: error }, 'sandbox scheduled task failed');
    }
  }
}
