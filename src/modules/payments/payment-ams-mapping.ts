import type { Amount, InquiryPaymentResponse, PayResponse, PspCustomerInfo } from '../../ams/index.js';
import { parseAmsDateTime } from '../../shared/time.js';
import type { AmsCallOutcome } from '../shared/ams-call.js';
import { unresolvedReason } from '../shared/ams-call.js';
import type { TransitionPlan } from '../shared/record-transition.js';
import { paymentStatusFromAms, type PaymentStatus } from './payment-status.js';
import type { Payment, PaymentUserAction } from './payment.entity.js';
import { failurePlan } from '../shared/ams-operation.js';

type Plan = TransitionPlan<Payment, PaymentStatus>;

const time = (value: string | undefined) => (value ? parseAmsDateTime(value) : null);

/** The user-action URLs of a pay answer, or null when AMS sent none. */
function userActionOf(body: PayResponse): PaymentUserAction | null {
  const action: PaymentUserAction = {};
  for (const key of ['normalUrl', 'schemeUrl', 'applinkUrl', 'appIdentifier', 'paymentActionForm'] as const) {
    const value = body[key];
    if (typeof value === 'string' && value !== '') action[key] = value;
  }
  return Object.keys(action).length > 0 ? { ...action } : null;
}

/** What AMS reports about the payment beyond its status; only the facts present (an absent one never erases a stored one). */
export function paymentFactsFrom(body: { pspCustomerInfo?: PspCustomerInfo | undefined; customsDeclarationAmount?: Amount | undefined }): Partial<Payment> {
  return {
    ...(body.pspCustomerInfo ? { pspCustomerInfo: body.pspCustomerInfo } : {}),
    ...(body.customsDeclarationAmount ? { customsDeclarationAmount: body.customsDeclarationAmount } : {}),
  };
}

function payFacts(body: PayResponse): Partial<Payment> {
  const userAction = userActionOf(body);
  return { ...paymentFactsFrom(body), ...(userAction ? { userAction } : {}) };
}

/** The pay response → our transition (ams-spec §8.1). */
export function planFromPay(outcome: AmsCallOutcome<PayResponse>): Plan {
  switch (outcome.kind) {
    case 'S':
      return {
        to: 'SUCCEEDED',
        set: { amsPaymentId: outcome.body.paymentId ?? null, paymentTime: time(outcome.body.paymentTime), statusReason: null, ...payFacts(outcome.body) },
        payload: { paymentId: outcome.body.paymentId ?? null },
      };
    case 'F':
    case 'NOT_SENT':
      return failurePlan<Payment, PaymentStatus>(outcome, 'FAILED');
    case 'U':
      return {
        to: 'PROCESSING',
        set: { statusReason: unresolvedReason(outcome), ...(outcome.body.paymentId ? { amsPaymentId: outcome.body.paymentId } : {}), ...payFacts(outcome.body) },
        payload: { reason: unresolvedReason(outcome) },
      };
    case 'UNKNOWN':
      return { to: 'PROCESSING', set: { statusReason: unresolvedReason(outcome) }, payload: { reason: unresolvedReason(outcome) } };
  }
}

/**
 * What an inquiry (or a notification carrying the same fields) says about the payment. Null when the status is
 * one we do not know: nothing is guessed.
 */
export function planFromPaymentStatus(body: InquiryPaymentResponse): Plan | null {
  const to = body.paymentStatus ? paymentStatusFromAms(body.paymentStatus) : null;
  if (!to) return null;
  const ids = { ...(body.paymentId ? { amsPaymentId: body.paymentId } : {}), ...paymentFactsFrom(body) };
  switch (to) {
    case 'SUCCEEDED':
      return { to, set: { ...ids, paymentTime: time(body.paymentTime), statusReason: null }, payload: { paymentId: body.paymentId ?? null } };
    case 'FAILED':
      return {
        to,
        set: { ...ids, failureCode: body.paymentResultCode ?? 'FAIL', failureMessage: body.paymentResultMessage ?? null, statusReason: null },
        payload: { code: body.paymentResultCode ?? 'FAIL' },
      };
    case 'CANCELLED':
      return { to, set: { ...ids, statusReason: null }, payload: {} };
    case 'PROCESSING':
    case 'PENDING':
      return { to: 'PROCESSING', set: { ...ids, statusReason: `INQUIRY ${body.paymentStatus}` } };
  }
}
