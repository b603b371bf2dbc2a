import { notifyUrlFor, type SandboxCore } from '../core.js';
import { transitionPayment, type Payment, type Refund } from '../state/payments.js';
import { paymentNotification, refundNotification } from './payment-views.js';

/**
 * Moves a payment to SUCCESS or FAIL once (monotonic) and sends notifyPayment. Every path that finalises a payment —
 * the synchronous answer, the async wallet result, expiry, a completing retry — goes through here.
 */
export function settlePayment(
  core: SandboxCore,
  payment: Payment,
  to: 'SUCCESS' | 'FAIL',
  code: string,
  message: string,
  notify = true,
): boolean {
  if (!transitionPayment(payment, to, core.clock.now(), code, message)) return false;
  const url = notify ? notifyUrlFor(core, payment.clientId, payment.notifyUrl) : undefined;
  // Built only when there is somewhere to send it: pay is the hot path of the benchmark.
  if (url !== undefined) core.notifier.send('notifyPayment', payment.clientId, url, paymentNotification(payment));
  return true;
}

/** A processing payment the wallet never confirms is closed at its expiry time (ams-spec §7.6). */
export function scheduleExpiry(core: SandboxCore, payment: Payment): void {
  payment.cancelTimers.push(
    core.scheduler.at(payment.expiresAt.getTime(), () =>
      settlePayment(core, payment, 'FAIL', 'ORDER_IS_CLOSED', 'the payment expired before the wallet confirmed it'),
    ),
  );
}

/** The wallet's asynchronous answer, `asyncDelayMs` of sandbox time after the request. */
export function scheduleWalletResult(core: SandboxCore, payment: Payment, to: 'SUCCESS' | 'FAIL', code: string, message: string): void {
  payment.cancelTimers.push(core.scheduler.after(core.options.asyncDelayMs, () => settlePayment(core, payment, to, code, message)));
}

/** Finishes a processing refund once and sends notifyRefund. */
export function settleRefund(core: SandboxCore, refund: Refund, to: 'SUCCESS' | 'FAIL', code: string, message: string): void {
  if (refund.status !== 'PROCESSING') return;
  refund.status = to;
  refund.resultCode = code;
  refund.resultMessage = message;
  refund.finishedAt = core.clock.now();
  core.notifier.send('notifyRefund', refund.clientId, notifyUrlFor(core, refund.clientId, refund.notifyUrl), refundNotification(refund));
}
