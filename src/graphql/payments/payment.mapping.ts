import type { Outcome } from '../../modules/outcome.js';
import { cancelDeadline } from '../../modules/payments/cancel-window.js';
import type { PaymentErrorCode } from '../../modules/payments/payment-errors.js';
import type { Payment } from '../../modules/payments/payment.entity.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { toAmsCallResult, toFailure, toMoney } from '../operations/operation-types.js';
import { PaymentError, PaymentPayload, PaymentType } from './payment.types.js';

export function toPaymentType(p: Payment): PaymentType {
  return Object.assign(new PaymentType(), {
    id: p.id,
    merchantId: p.merchantId,
    authorizationId: p.authorizationId,
    paymentRequestId: p.paymentRequestId,
    amsPaymentId: p.amsPaymentId,
    amount: toMoney(p.amountValue, p.currency),
    status: p.status,
    statusReason: p.statusReason,
    failure: toFailure(p),
    paymentMethodType: p.paymentMethodType,
    referenceOrderId: p.referenceOrderId,
    orderDescription: p.orderDescription,
    paymentTime: p.paymentTime,
    cancelTime: p.cancelTime,
    cancelDeadline: cancelDeadline(p.createdAt),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  });
}

export function toPaymentPayload(outcome: Outcome<OperationResult<Payment>, PaymentErrorCode>): PaymentPayload {
  const payload = new PaymentPayload();
  if (!outcome.ok) return Object.assign(payload, { payment: null, ams: null, replayed: false, errors: toPayloadErrors(PaymentError, outcome.errors) });
  return Object.assign(payload, {
    payment: toPaymentType(outcome.value.record),
    ams: toAmsCallResult(outcome.value.ams),
    replayed: outcome.value.replayed,
    errors: [],
  });
}
