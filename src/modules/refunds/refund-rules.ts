import type { EntityManager } from '@mikro-orm/postgresql';
import { problem, type Problem } from '../outcome.js';
import type { Payment } from '../payments/payment.entity.js';
import type { MoneyValue } from '../shared/input-checks.js';
import type { RefundErrorCode } from './refund-errors.js';
import { countsAgainstRefundable } from './refund-status.js';
import { Refund } from './refund.entity.js';

/** "Usually 12 months after the initial payment" (ams-spec §7.3): calendar months from the payment time. */
export function refundDeadline(payment: Payment): Date {
  const from = payment.paymentTime ?? payment.createdAt;
  const deadline = new Date(from.getTime());
  deadline.setUTCMonth(deadline.getUTCMonth() + 12);
  return deadline;
}

/** Minor units already committed to refunds: every refund that has not FAILED (an unknown one may still succeed). */
export function committedAmount(refunds: readonly Refund[]): bigint {
  return refunds.filter((r) => countsAgainstRefundable(r.status)).reduce((sum, r) => sum + BigInt(r.amountValue), 0n);
}

export async function committedRefunds(em: EntityManager, paymentId: string): Promise<bigint> {
  return committedAmount(await em.find(Refund, { paymentId }, { refresh: true }));
}

/** What stops any refund of this payment (or of this currency), whatever its amount. */
function blockingProblems(payment: Payment, currency: string, now: Date): Problem<RefundErrorCode>[] {
  if (payment.status !== 'SUCCEEDED' || !payment.amsPaymentId) {
    return [problem('PAYMENT_NOT_REFUNDABLE', 'paymentId', `payment ${payment.id} is ${payment.status}; only a SUCCEEDED payment can be refunded`)];
  }
  if (payment.cancelRequestedAt) {
    return [problem('CANCEL_IN_PROGRESS', 'paymentId', `a cancel of payment ${payment.id} is in progress; refund after it has failed`)];
  }
  if (currency !== payment.currency) {
    return [problem('CURRENCY_MISMATCH', 'amount.currency', `amount.currency ${currency} differs from the payment's ${payment.currency}`)];
  }
  const deadline = refundDeadline(payment);
  if (now.getTime() > deadline.getTime()) {
    return [problem('REFUND_WINDOW_EXCEEDED', 'paymentId', `payment ${payment.id} could be refunded until ${deadline.toISOString()} (12 months)`)];
  }
  return [];
}

/**
 * The refund rules, checked before AMS is called and while the caller holds the payment's row lock, so that two
 * concurrent refunds cannot both fit into the same remaining amount.
 */
export async function refundProblems(em: EntityManager, payment: Payment, amount: MoneyValue, now: Date): Promise<Problem<RefundErrorCode>[]> {
  const blocking = blockingProblems(payment, amount.currency, now);
  if (blocking.length > 0) return blocking;
  const committed = await committedRefunds(em, payment.id);
  const remaining = BigInt(payment.amountValue) - committed;
  if (BigInt(amount.value) > remaining) {
    return [
      problem(
        'AMOUNT_EXCEEDS_REFUNDABLE',
        'amount.value',
        `amount.value ${amount.value} exceeds what is left to refund: ${remaining} ${payment.currency} of ${payment.amountValue} paid (${committed} already refunded or in progress)`,
      ),
    ];
  }
  return [];
}

export interface RefundTotals {
  /** Minor units of SUCCEEDED refunds. */
  refunded: string;
  /** What a new refund may ask for now under the rules above (0 when the payment cannot be refunded at all). */
  refundable: string;
}

/** The totals of one payment from its refunds, under the same rules `refundProblems` applies. */
export function refundTotals(payment: Payment, refunds: readonly Refund[], now: Date): RefundTotals {
  const refunded = refunds.filter((r) => r.status === 'SUCCEEDED').reduce((total, r) => total + BigInt(r.amountValue), 0n);
  const remaining = BigInt(payment.amountValue) - committedAmount(refunds);
  const blocked = blockingProblems(payment, payment.currency, now).length > 0;
  return { refunded: refunded.toString(), refundable: blocked || remaining < 0n ? '0' : remaining.toString() };
}
