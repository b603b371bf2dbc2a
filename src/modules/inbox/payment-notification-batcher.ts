import type { StatementDeps } from '../shared/operation-deps.js';
import { applyPaymentNotificationsFast, shapeOf, type FastPaymentNotification, type FastPaymentResult } from './apply-payment-fast.js';

/** Batch statements in flight at once: enough to overlap one batch's commit (disk flush) with the next ones. */
const MAX_IN_FLIGHT = 4;
const MAX_BATCH = 64;

interface Waiting {
  item: FastPaymentNotification;
  shape: string;
  paymentKey: string;
  resolve: (decided: FastPaymentResult | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for payment notifications: while up to MAX_IN_FLIGHT batch statements run, notifications that arrive
 * wait here and go together in the next one (applyPaymentNotificationsFast). Nothing waits on a timer: an idle
 * gateway sends each notification at once, alone; under load a batch takes whatever queued meanwhile, so the
 * per-statement costs (planning, round trip, commit) are shared. Each caller still gets its own answer only after
 * the statement that carries it has committed.
 *
 * A batch takes one statement shape and at most one notification per payment (one row can move once per
 * statement), and no payment that a running statement carries (two statements never wait on each other's row
 * locks); the others keep their place for the next batch. Should a batch fail, its notifications are tried again
 * one by one, so that one bad item fails only its own caller.
 */
export class PaymentNotificationBatcher {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  /** Payments some running statement carries: their next notifications wait for it (no two statements lock one row). */
  private readonly paymentsInFlight = new Set<string>();

  constructor(private readonly deps: StatementDeps) {}

  apply(item: FastPaymentNotification): Promise<FastPaymentResult | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, shape: shapeOf(item), paymentKey: `${item.entry.merchantId}\u0000${item.paymentRequestId}`, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.takeBatch();
      if (batch.length === 0) return; // all waiting ones are for payments in flight: the next settle pumps again
      this.inFlight++;
      for (const waiting of batch) this.paymentsInFlight.add(waiting.paymentKey);
      void this.run(batch).finally(() => {
        for (const waiting of batch) this.paymentsInFlight.delete(waiting.paymentKey);
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** The oldest eligible notification's shape; then, in arrival order, others of that shape for other payments. */
  private takeBatch(): Waiting[] {
    const taken = new Set<string>(this.paymentsInFlight);
    const shape = this.waiting.find((waiting) => !taken.has(waiting.paymentKey))?.shape;
    const batch: Waiting[] = [];
    const left: Waiting[] = [];
    for (const waiting of this.waiting) {
      if (batch.length < MAX_BATCH && waiting.shape === shape && !taken.has(waiting.paymentKey)) {
        taken.add(waiting.paymentKey);
        batch.push(waiting);
      } else left.push(waiting);
    }
    this.waiting.splice(0, this.waiting.length, ...left);
    return batch;
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const results = await applyPaymentNotificationsFast(
        this.deps,
        batch.map((waiting) => waiting.item),
      );
      batch.forEach((waiting, i) => waiting.resolve(results[i] ?? null));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One item may be what failed (say, a value Postgres refuses): each again on its own, so that the others are
      // decided as if they had come alone. Nothing of the failed statement was written.
      await Promise.all(batch.map((waiting) => this.run([waiting])));
    }
  }
}
