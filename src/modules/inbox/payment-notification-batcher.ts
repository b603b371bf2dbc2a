import type { RawSql } from '../../persistence/raw-sql.js';
import type { EventLog } from '../events/event-log.js';
import { applyPaymentNotificationsFast, shapeOf, type FastPaymentNotification } from './apply-payment-fast.js';

/** Batch statements in flight at once: enough to overlap one batch's commit (disk flush) with the next ones. */
const MAX_IN_FLIGHT = 4;
const MAX_BATCH = 64;

interface Waiting {
  item: FastPaymentNotification;
  shape: string;
  paymentKey: string;
  resolve: (applied: { paymentId: string } | null) => void;
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
 * statement); the others keep their place for the next batch.
 */
export class PaymentNotificationBatcher {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(
    private readonly sql: RawSql,
    private readonly events: EventLog,
  ) {}

  apply(item: FastPaymentNotification): Promise<{ paymentId: string } | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, shape: shapeOf(item), paymentKey: `${item.entry.merchantId}\u0000${item.paymentRequestId}`, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.takeBatch();
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private takeBatch(): Waiting[] {
    const shape = this.waiting[0]!.shape;
    const payments = new Set<string>();
    const batch: Waiting[] = [];
    const left: Waiting[] = [];
    for (const waiting of this.waiting) {
      if (batch.length < MAX_BATCH && waiting.shape === shape && !payments.has(waiting.paymentKey)) {
        payments.add(waiting.paymentKey);
        batch.push(waiting);
      } else left.push(waiting);
    }
    this.waiting.splice(0, this.waiting.length, ...left);
    return batch;
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const results = await applyPaymentNotificationsFast(
        this.sql,
        this.events,
        batch.map((waiting) => waiting.item),
      );
      batch.forEach((waiting, i) => waiting.resolve(results[i] ?? null));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
