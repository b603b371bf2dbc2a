import type { Outcome } from '../../modules/outcome.js';
import { cancelDeadline } from '../../modules/payments/cancel-window.js';
import type { PaymentErrorCode } from '../../modules/payments/payment-errors.js';
import type { Payment } from '../../modules/payments/payment.entity.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toPayloadErrors } from '../core/payload-error.js';
import { toAmsCallResult, toFailure, toMoney } from '../operations/operation-types.js';
import { toPspCustomerInfo } from '../operations/wire-inputs.types.js';
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
    merchantRegion: p.merchantRegion ?? null,
    userRegion: p.userRegion ?? null,
    settlementCurrency: p.settlementCurrency ?? null,
    paymentExpiryTime: p.paymentExpiryTime ?? null,
    orderDetails: (p.orderDetails as Record<string, unknown> | null) ?? null,
    normalUrl: p.userAction?.normalUrl ?? null,
    schemeUrl: p.userAction?.schemeUrl ?? null,
    applinkUrl: p.userAction?.applinkUrl ?? null,
    paymentActionForm: p.userAction?.paymentActionForm ?? null,
    customsDeclarationAmount: p.customsDeclarationAmount ? toMoney(p.customsDeclarationAmount.value, p.customsDeclarationAmount.currency) : null,
    pspCustomerInfo: toPspCustomerInfo(p.pspCustomerInfo ?? null),
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
