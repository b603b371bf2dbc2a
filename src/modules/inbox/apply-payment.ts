import type { EntityManager } from '@mikro-orm/postgresql';
import type { InquiryPaymentResponse, NotifyPaymentBody } from '../../ams/index.js';
import type { EventBatch } from '../events/event-log.js';
import { planFromPaymentStatus } from '../payments/payment-ams-mapping.js';
import { findPayment } from '../payments/payment-lookup.js';
import { paymentMachine, type PaymentStatus } from '../payments/payment-status.js';
import { Payment } from '../payments/payment.entity.js';
import { applyPlan, type TransitionPlan } from '../shared/record-transition.js';
import { fromTransition, ignored, unmatched, type ApplyResult } from './apply-result.js';

/**
 * notifyPayment → the inquiry's transition (planFromPaymentStatus), so a notification and an inquiry that report
 * the same fact have the same effect. PAYMENT_RESULT S = paid, F = failed with the code; PAYMENT_PENDING = still
 * processing. Matched by paymentRequestId (ours), else by AMS paymentId.
 */
export async function applyPaymentNotification(em: EntityManager, events: EventBatch, body: NotifyPaymentBody, now: Date): Promise<ApplyResult> {
  const payment =
    (body.paymentRequestId ? await findPayment(em, { paymentRequestId: body.paymentRequestId }) : null) ??
    (body.paymentId ? await findPayment(em, { amsPaymentId: body.paymentId }) : null);
  if (!payment) return unmatched(`no payment with paymentRequestId ${body.paymentRequestId ?? '-'} / paymentId ${body.paymentId ?? '-'}`);
  const plan = paymentPlanFromNotification(body);
  if (!('to' in plan)) return plan;
  const target = { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, source: 'NOTIFICATION' } as const;
  return fromTransition(payment.id, await applyPlan(em, events, target, payment, plan, now));
}

/** What a payment notification asks for, as the equivalent inquiry's plan; or why it is not acted on. */
export function paymentPlanFromNotification(body: NotifyPaymentBody): TransitionPlan<Payment, PaymentStatus> | ApplyResult {
  let status: string;
  if (body.notifyType === 'PAYMENT_RESULT') status = body.result.resultStatus === 'S' ? 'SUCCESS' : body.result.resultStatus === 'F' ? 'FAIL' : '';
  else if (body.notifyType === 'PAYMENT_PENDING') status = 'PROCESSING';
  else return ignored(`notifyType ${body.notifyType} is not acted on`);
  if (!status) return ignored(`PAYMENT_RESULT with resultStatus ${body.result.resultStatus}`);

  const asInquiry: InquiryPaymentResponse = {
    result: body.result,
    paymentStatus: status,
    paymentId: body.paymentId,
    paymentRequestId: body.paymentRequestId,
    ...(body.paymentTime ? { paymentTime: body.paymentTime } : {}),
    ...(body.pspCustomerInfo ? { pspCustomerInfo: body.pspCustomerInfo } : {}),
    ...(body.customsDeclarationAmount ? { customsDeclarationAmount: body.customsDeclarationAmount } : {}),
    ...(status === 'FAIL' ? { paymentResultCode: body.result.resultCode, paymentResultMessage: body.result.resultMessage } : {}),
  };
  return planFromPaymentStatus(asInquiry) ?? ignored(`payment status ${status} unknown`);
}
