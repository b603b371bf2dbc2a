import { formatAmsDateTime } from '../../shared/time.js';
import type { ApiHandler } from '../core.js';
import { failed, respond, success } from '../results.js';
import { cancelRefusal, transitionPayment } from '../state/payments.js';
import { lookupPayment } from './payment-lookup.js';

/**
 * cancel (ams-spec §5.6, §7.2): closes a processing payment or reverses a paid one inside the T+1 00:15 UTC+8 window.
 * Repeating a successful cancel returns the original cancelTime, so "retry with the same parameters" is safe.
 */
export const cancel: ApiHandler = (core, call) => {
  const payment = lookupPayment(core, call);
  if (!payment) return respond(failed('ORDER_NOT_EXIST', 'no payment with the given id'));
  const refusal = cancelRefusal(payment, call.now);
  if (refusal) return respond(refusal, { paymentId: payment.paymentId, paymentRequestId: payment.paymentRequestId });
  if (payment.status !== 'CANCELLED') {
    transitionPayment(payment, 'CANCELLED', call.now, 'ORDER_IS_CANCELED', 'the payment was cancelled');
  }
  return respond(success(), {
    paymentId: payment.paymentId,
    paymentRequestId: payment.paymentRequestId,
    cancelTime: formatAmsDateTime(payment.cancelledAt ?? call.now),
  });
};
