import { formatAmsDateTime } from '../../shared/time.js';
import type { Payment, Refund } from '../state/payments.js';
import type { Token } from '../state/authorizations.js';

const time = (date: Date | undefined) => (date === undefined ? undefined : formatAmsDateTime(date));

function refundView(refund: Refund) {
  return {
    refundId: refund.refundId,
    refundRequestId: refund.refundRequestId,
    amount: refund.amount,
    status: refund.status,
    resultCode: refund.resultCode,
    createdAt: time(refund.createdAt),
    finishedAt: time(refund.finishedAt),
  };
}

/** Ground truth for chaos checks: what the sandbox believes, including internals no API shows. */
export function paymentView(payment: Payment) {
  return {
    clientId: payment.clientId,
    paymentId: payment.paymentId,
    paymentRequestId: payment.paymentRequestId,
    amount: payment.amount,
    paymentMethodType: payment.paymentMethodType,
    status: payment.status,
    resultCode: payment.resultCode,
    createdAt: time(payment.createdAt),
    paidAt: time(payment.paidAt),
    failedAt: time(payment.failedAt),
    cancelledAt: time(payment.cancelledAt),
    expiresAt: time(payment.expiresAt),
    refunds: payment.refunds.map(refundView),
  };
}

/** Full token values on purpose: this is a local simulator, and tests drive pay and unbind with them. */
export function tokenView(token: Token) {
  return {
    clientId: token.clientId,
    accessToken: token.accessToken,
    customerBelongsTo: token.customerBelongsTo,
    status: token.status,
    accessTokenExpiryTime: time(token.accessTokenExpiresAt),
    refreshTokenExpiryTime: time(token.refreshTokenExpiresAt),
  };
}
