import type { AmsRequestOf } from '../../ams/index.js';
import { findPayment } from '../payments/payment-lookup.js';
import type { RequestScope } from '../request-scope.js';
import { notifyUrl } from '../shared/notify-urls.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { Refund } from './refund.entity.js';

/** The refund request for a stored refund; a resend carries the identical refundRequestId and amount (ams-spec §3.6). */
export async function refundRequestFor(deps: OperationDeps, scope: RequestScope, record: Refund): Promise<AmsRequestOf<'refund'>> {
  const payment = await findPayment(scope.em.fork(), { id: record.paymentId });
  if (!payment?.amsPaymentId) throw new Error(`payment ${record.paymentId} has no AMS paymentId`);
  const refundNotifyUrl = notifyUrl(deps.publicBaseUrl, record.merchantId, 'refund');
  return {
    refundRequestId: record.refundRequestId,
    paymentId: payment.amsPaymentId,
    refundAmount: { currency: record.currency, value: record.amountValue },
    ...(record.referenceRefundId ? { referenceRefundId: record.referenceRefundId } : {}),
    ...(record.refundReason ? { refundReason: record.refundReason } : {}),
    ...(refundNotifyUrl ? { refundNotifyUrl } : {}),
  };
}
