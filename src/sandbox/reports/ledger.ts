import type { Payment, PaymentStore, Refund } from '../state/payments.js';
import { within, type ReportPeriod } from '../../shared/utc8-days.js';

export type LedgerType = 'PAYMENT' | 'REFUND' | 'CANCEL';

/** One money movement the reports list: a success, a refund, or the reversal of a paid payment by cancel. */
export interface LedgerEntry {
  type: LedgerType;
  /** When it became final (paidAt, refund finishedAt, cancelledAt): the report's paymentTime. */
  at: Date;
  payment: Payment;
  refund: Refund | undefined;
  /** Signed minor units: forward rows positive, reverse rows negative (A.3). */
  amountMinor: bigint;
  currency: string;
}

const ORDER: Record<LedgerType, number> = { PAYMENT: 0, CANCEL: 1, REFUND: 2 };

/**
 * The sandbox's ground truth for one client and period, oldest first. Only successful movements count (the legacy
 * transaction report "covers successful transactions"): a failed or still-processing payment moved no money, and a
 * payment cancelled before it succeeded has neither a PAYMENT nor a CANCEL row.
 */
export function collectLedger(store: PaymentStore, clientId: string, period: ReportPeriod): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const payment of store.list(clientId)) {
    const paid = BigInt(payment.amount.value);
    const currency = payment.amount.currency;
    if (within(period, payment.paidAt)) {
      entries.push({ type: 'PAYMENT', at: payment.paidAt, payment, refund: undefined, amountMinor: paid, currency });
    }
    if (payment.status === 'CANCELLED' && payment.paidAt !== undefined && within(period, payment.cancelledAt)) {
      entries.push({ type: 'CANCEL', at: payment.cancelledAt, payment, refund: undefined, amountMinor: -paid, currency });
    }
    for (const refund of payment.refunds) {
      if (refund.status === 'SUCCESS' && within(period, refund.finishedAt)) {
        const amountMinor = -BigInt(refund.amount.value);
        entries.push({ type: 'REFUND', at: refund.finishedAt, payment, refund, amountMinor, currency: refund.amount.currency });
      }
    }
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.type] - ORDER[b.type]);
}
