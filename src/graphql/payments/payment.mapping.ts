import type { Outcome } from '../../modules/outcome.js';
import { cancelDeadline } from '../../modules/payments/cancel-window.js';
import type { PaymentErrorCode } from '../../modules/payments/payment-errors.js';
import type { Payment } from '../../modules/payments/payment.entity.js';
import type { OperationResult } from '../../modules/shared/operation-result.js';
import { toOperationPayload } from '../operations/operation-payload.js';
import { toOperationRecordFields } from '../operations/operation-record.types.js';
import { toMoney } from '../operations/operation-types.js';
import { toPspCustomerInfo } from '../operations/wire-inputs.types.js';
import { PaymentPayload, PaymentType } from './payment.types.js';

export function toPaymentType(p: Payment): PaymentType {
  return Object.assign(new PaymentType(), toOperationRecordFields(p), {
    authorizationId: p.authorizationId,
    paymentRequestId: p.paymentRequestId,
    amsPaymentId: p.amsPaymentId,
    amount: toMoney(p.amountValue, p.currency),
    status: p.status,
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
  });
}

export function toPaymentPayload(outcome: Outcome<OperationResult<Payment>, PaymentErrorCode>): PaymentPayload {
  return toOperationPayload(PaymentPayload, outcome, toPaymentType);
}
