import { customsAmountOf } from './customs-amount.js';
import { formatAmsDateTime } from '../../shared/time.js';
import { failed, respond, success, unknown, type ResponseBody } from '../results.js';
import type { Payment, Refund } from '../state/payments.js';

const time = (date: Date | undefined) => (date === undefined ? undefined : formatAmsDateTime(date));

function paymentIds(payment: Payment): Record<string, unknown> {
  return {
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentAmount: payment.amount,
    paymentCreateTime: time(payment.createdAt),
  };
}

function pspCustomerInfo(payment: Payment): Record<string, unknown> | undefined {
  if (payment.userLoginId === undefined) return undefined;
  return { pspName: payment.paymentMethodType, displayCustomerId: payment.userLoginId };
}

/** Where the wallet asks the user to confirm (scenario 14), as Java AlipayPayResponse names the fields. */
function userAction(payment: Payment): Record<string, unknown> {
  const url = payment.userActionUrl;
  if (url === undefined) return {};
  return {
    normalUrl: url,
    schemeUrl: `antomsandbox://confirm?paymentId=${payment.paymentId}`,
    applinkUrl: url,
    paymentActionForm: JSON.stringify({ paymentActionType: 'REDIRECT', redirectUrl: url }),
  };
}

/** The pay answer for the payment's current state: what a first call and an identical retry both get (§3.6). */
export function payResponse(payment: Payment): ResponseBody {
  switch (payment.status) {
    case 'SUCCESS':
      return respond(success(), {
        ...paymentIds(payment),
        paymentTime: time(payment.paidAt),
        pspCustomerInfo: pspCustomerInfo(payment),
      });
    case 'PROCESSING':
      return respond(unknown('PAYMENT_IN_PROCESS', 'payment in process'), { ...paymentIds(payment), ...userAction(payment) });
    case 'FAIL':
      return respond(failed(payment.resultCode, payment.resultMessage), paymentIds(payment));
    case 'CANCELLED':
      return respond(failed('ORDER_IS_CANCELED', 'the payment was cancelled'), paymentIds(payment));
  }
}

function refundTransaction(refund: Refund): Record<string, unknown> {
  return {
    transactionType: 'REFUND',
    transactionStatus: refund.status,
    transactionId: refund.refundId,
    transactionRequestId: refund.refundRequestId,
    transactionAmount: refund.amount,
    transactionTime: time(refund.finishedAt ?? refund.createdAt),
    transactionResult: refundResult(refund),
  };
}

function refundResult(refund: Refund) {
  if (refund.status === 'SUCCESS') return success();
  if (refund.status === 'PROCESSING') return unknown('REFUND_IN_PROCESS', 'refund in process');
  return failed(refund.resultCode, refund.resultMessage);
}

/** inquiryPayment: result S describes the query; the business state is in paymentStatus (ams-spec §5.5). */
export function inquiryPaymentResponse(payment: Payment): ResponseBody {
  const transactions = payment.refunds.map(refundTransaction);
  if (payment.cancelledAt !== undefined) {
    transactions.push({
      transactionType: 'CANCEL',
      transactionStatus: 'SUCCESS',
      transactionTime: time(payment.cancelledAt),
      transactionResult: success(),
    });
  }
  return respond(success(), {
    ...paymentIds(payment),
    paymentStatus: payment.status,
    paymentResultCode: payment.resultCode,
    paymentResultMessage: payment.resultMessage,
    paymentMethodType: payment.paymentMethodType,
    paymentTime: payment.status === 'SUCCESS' ? time(payment.paidAt) : undefined,
    customsDeclarationAmount: payment.status === 'SUCCESS' ? customsAmountOf(payment.amount) : undefined,
    pspCustomerInfo: pspCustomerInfo(payment),
    transactions: transactions.length > 0 ? transactions : undefined,
  });
}

/** notifyPayment PAYMENT_RESULT (ams-spec §6.3); sent only for SUCCESS and FAIL. */
export function paymentNotification(payment: Payment): Record<string, unknown> {
  return {
    notifyType: 'PAYMENT_RESULT',
    result: payment.status === 'SUCCESS' ? success() : failed(payment.resultCode, payment.resultMessage),
    ...paymentIds(payment),
    paymentTime: payment.status === 'SUCCESS' ? time(payment.paidAt) : undefined,
    customsDeclarationAmount: payment.status === 'SUCCESS' ? customsAmountOf(payment.amount) : undefined,
    pspCustomerInfo: pspCustomerInfo(payment),
  };
}

function refundIds(refund: Refund): Record<string, unknown> {
  return {
    refundRequestId: refund.refundRequestId,
    refundId: refund.refundId,
    paymentId: refund.paymentId,
    refundAmount: refund.amount,
  };
}

/** The refund answer for the refund's current state (first call and identical retries). */
export function refundResponse(refund: Refund): ResponseBody {
  return respond(refundResult(refund), {
    ...refundIds(refund),
    refundTime: refund.status === 'PROCESSING' ? undefined : time(refund.finishedAt),
  });
}

export function inquiryRefundResponse(refund: Refund): ResponseBody {
  return respond(success(), {
    ...refundIds(refund),
    refundStatus: refund.status,
    refundTime: refund.status === 'SUCCESS' ? time(refund.finishedAt) : undefined,
  });
}

/** notifyRefund REFUND_RESULT (addendum B.9), for refunds that completed asynchronously. */
export function refundNotification(refund: Refund): Record<string, unknown> {
  return {
    notifyType: 'REFUND_RESULT',
    result: refund.status === 'SUCCESS' ? success() : failed(refund.resultCode, refund.resultMessage),
    refundStatus: refund.status,
    ...refundIds(refund),
    refundTime: time(refund.finishedAt),
  };
}
