import type { InquiryPaymentResponse, NotifyPaymentBody } from '../../ams/index.js';
import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import { planFromPaymentStatus } from './payment-ams-mapping.js';
import { findPayment } from './payment-lookup.js';
import { paymentMachine } from './payment-status.js';
import { Payment } from './payment.entity.js';

/** notifyPayment speaks in result S/F/U; the inquiry mapping speaks paymentStatus. One mapping serves both. */
function asStatusReport(body: NotifyPaymentBody): InquiryPaymentResponse {
  const pending = body.notifyType === 'PAYMENT_PENDING' || body.result.resultStatus === 'U';
  return {
    result: body.result,
    paymentStatus: pending ? 'PROCESSING' : body.result.resultStatus === 'S' ? 'SUCCESS' : 'FAIL',
    paymentResultCode: body.result.resultCode,
    ...(body.result.resultMessage ? { paymentResultMessage: body.result.resultMessage } : {}),
    paymentId: body.paymentId,
    paymentRequestId: body.paymentRequestId,
    ...(body.paymentTime ? { paymentTime: body.paymentTime } : {}),
  };
}

/**
 * Applies a verified notifyPayment (for the notification receiver, with the scope of the merchant its path names)
 * through the same transition as inquiry, source NOTIFICATION. Null when the payment is not one of this merchant's.
 * Duplicates are no-ops; a result contradicting a final status becomes an ANOMALY event.
 */
export async function applyPaymentNotification(deps: OperationDeps, scope: RequestScope, body: NotifyPaymentBody): Promise<Payment | null> {
  const payment = await findPayment(scope.em.fork(), { paymentRequestId: body.paymentRequestId });
  if (!payment) return null;
  return recordTransition(
    deps,
    scope,
    { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, id: payment.id, source: 'NOTIFICATION' },
    () => planFromPaymentStatus(asStatusReport(body)),
  );
}
