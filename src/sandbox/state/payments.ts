import type { Amount } from '../pipeline/fields.js';
import { failed, type AmsResult } from '../results.js';
import { BoundedMap } from './bounded-map.js';
import { withinCancelWindow, withinRefundWindow } from './windows.js';

export type PaymentStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'CANCELLED';
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL';

export interface Refund {
  clientId: string;
  refundId: string;
  refundRequestId: string;
  paymentId: string;
  amount: Amount;
  status: RefundStatus;
  resultCode: string;
  resultMessage: string;
  createdAt: Date;
  /** When it reached SUCCESS or FAIL. */
  finishedAt: Date | undefined;
  notifyUrl: string | undefined;
  referenceRefundId: string | undefined;
  refundReason: string | undefined;
  /** Key parameters for the idempotency check (ams-spec §3.6). */
  fingerprint: string;
}

export interface Payment {
  clientId: string;
  paymentId: string;
  paymentRequestId: string;
  amount: Amount;
  paymentMethodType: string;
  /** The access token used (paymentMethod.paymentMethodId). */
  paymentMethodId: string;
  referenceOrderId: string;
  /** order.orderDescription and order.merchant.referenceMerchantId, echoed in the report files. */
  orderDescription?: string | undefined;
  referenceMerchantId?: string | undefined;
  status: PaymentStatus;
  /** paymentResultCode: SUCCESS, PAYMENT_IN_PROCESS, or the failure code. */
  resultCode: string;
  resultMessage: string;
  createdAt: Date;
  paidAt: Date | undefined;
  failedAt: Date | undefined;
  cancelledAt: Date | undefined;
  expiresAt: Date;
  notifyUrl: string | undefined;
  userLoginId: string | undefined;
  refunds: Refund[];
  fingerprint: string;
  /** Scenario 05: the first answer was U UNKNOWN_EXCEPTION; a retry with the same request id completes it. */
  completesOnRetry: boolean;
  /** Scenario 14: the wallet asks the user to confirm; the pay answer carries these URLs while it is in process. */
  userActionUrl?: string;
  /** Cancels the pending async outcome or expiry timer once the payment is final. */
  cancelTimers: Array<() => void>;
}

const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  PROCESSING: ['SUCCESS', 'FAIL', 'CANCELLED'],
  SUCCESS: ['CANCELLED'],
  FAIL: [],
  CANCELLED: [],
};

/** Status machines are monotonic: a final status never moves back. Returns whether the move is allowed. */
export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinal(status: PaymentStatus): boolean {
  return status !== 'PROCESSING';
}

/** Applies a payment transition; a disallowed one changes nothing and returns false. */
export function transitionPayment(
  payment: Payment,
  to: PaymentStatus,
  at: Date,
  code = to === 'SUCCESS' ? 'SUCCESS' : to === 'CANCELLED' ? 'ORDER_IS_CANCELED' : 'PROCESS_FAIL',
  message = code === 'SUCCESS' ? 'success' : code,
): boolean {
  if (!canTransition(payment.status, to)) return false;
  payment.status = to;
  payment.resultCode = code;
  payment.resultMessage = message;
  if (to === 'SUCCESS') payment.paidAt = at;
  if (to === 'FAIL') payment.failedAt = at;
  if (to === 'CANCELLED') payment.cancelledAt = at;
  // A final payment has no pending async outcome or expiry left to run.
  if (isFinal(to)) for (const cancel of payment.cancelTimers.splice(0)) cancel();
  return true;
}

/** Money reserved by refunds that succeeded or may still succeed. */
export function refundedOrPending(payment: Payment): bigint {
  return payment.refunds.filter((r) => r.status !== 'FAIL').reduce((sum, r) => sum + BigInt(r.amount.value), 0n);
}

/** Why a cancel is refused, or null when it may proceed (ams-spec §5.6, addendum B.3). */
export function cancelRefusal(payment: Payment, now: Date): AmsResult | null {
  if (payment.status === 'CANCELLED') return null;
  if (payment.status === 'FAIL') {
    return failed('ORDER_STATUS_INVALID', `the payment is ${payment.status} (${payment.resultCode}); nothing to cancel`);
  }
  if (payment.refunds.some((r) => r.status !== 'FAIL')) {
    return failed('PROCESS_FAIL', 'the payment has refunds and can no longer be cancelled');
  }
  if (!withinCancelWindow(payment.createdAt, now)) {
    return failed('CANCEL_WINDOW_EXCEED', 'the cancellation window (T+1 00:15 UTC+8) has passed; refund instead');
  }
  return null;
}

/** Why a refund is refused, or null (ams-spec §7.3, addendum B.4). */
export function refundRefusal(payment: Payment, amount: Amount, now: Date, windowMonths = 12): AmsResult | null {
  if (payment.status === 'CANCELLED') return failed('ORDER_IS_CANCELED', 'the payment was cancelled');
  if (payment.status === 'FAIL' && payment.resultCode === 'ORDER_IS_CLOSED') {
    return failed('ORDER_IS_CLOSED', 'the payment is closed');
  }
  if (payment.status !== 'SUCCESS' || !payment.paidAt) {
    return failed('ORDER_STATUS_INVALID', `the payment is ${payment.status}; only successful payments can be refunded`);
  }
  if (amount.currency !== payment.amount.currency) {
    return failed('CURRENCY_NOT_SUPPORT', `refund currency ${amount.currency} differs from the payment's`);
  }
  if (!withinRefundWindow(payment.paidAt, now, windowMonths)) {
    return failed('REFUND_WINDOW_EXCEED', `the ${windowMonths}-month refund window has passed`);
  }
  if (refundedOrPending(payment) + BigInt(amount.value) > BigInt(payment.amount.value)) {
    return failed('REFUND_AMOUNT_EXCEED', 'the total refunded amount would exceed the paid amount');
  }
  return null;
}

const scoped = (clientId: string, id: string) => `${clientId}\u0000${id}`;

/** Payments and refunds per client, bounded; indexes by Antom id and by the merchant's request id. */
export class PaymentStore {
  private readonly byRequestId: BoundedMap<string, Payment>;
  private readonly byPaymentId: BoundedMap<string, Payment>;
  private readonly refundsByRequestId: BoundedMap<string, Refund>;
  private readonly refundsById: BoundedMap<string, Refund>;

  constructor(limit: number) {
    this.byPaymentId = new BoundedMap(limit, (_, payment) => {
      for (const cancel of payment.cancelTimers.splice(0)) cancel();
    });
    this.byRequestId = new BoundedMap(limit);
    this.refundsByRequestId = new BoundedMap(limit);
    this.refundsById = new BoundedMap(limit);
  }

  add(payment: Payment): void {
    this.byRequestId.set(scoped(payment.clientId, payment.paymentRequestId), payment);
    this.byPaymentId.set(scoped(payment.clientId, payment.paymentId), payment);
  }

  byRequest(clientId: string, paymentRequestId: string): Payment | undefined {
    return this.byRequestId.get(scoped(clientId, paymentRequestId));
  }

  byId(clientId: string, paymentId: string): Payment | undefined {
    return this.byPaymentId.get(scoped(clientId, paymentId));
  }

  addRefund(payment: Payment, refund: Refund): void {
    payment.refunds.push(refund);
    this.refundsByRequestId.set(scoped(refund.clientId, refund.refundRequestId), refund);
    this.refundsById.set(scoped(refund.clientId, refund.refundId), refund);
  }

  refundByRequest(clientId: string, refundRequestId: string): Refund | undefined {
    return this.refundsByRequestId.get(scoped(clientId, refundRequestId));
  }

  refundById(clientId: string, refundId: string): Refund | undefined {
    return this.refundsById.get(scoped(clientId, refundId));
  }

  /** Ground truth for tests and chaos checks, newest last. */
  list(clientId?: string): Payment[] {
    return [...this.byPaymentId.values()].filter((p) => clientId === undefined || p.clientId === clientId);
  }
}
