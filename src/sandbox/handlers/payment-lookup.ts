import type { ApiCall, SandboxCore } from '../core.js';
import { ParamIllegal } from '../results.js';
import type { Payment } from '../state/payments.js';

/** inquiryPayment and cancel take paymentId or paymentRequestId; paymentId wins when both are given. */
export function lookupPayment(core: SandboxCore, { client, fields }: ApiCall): Payment | undefined {
  const paymentId = fields.optString('paymentId', 64);
  const paymentRequestId = fields.optString('paymentRequestId', 64);
  fields.optString('merchantAccountId', 32);
  if (paymentId === undefined && paymentRequestId === undefined) {
    throw new ParamIllegal('paymentId', 'or paymentRequestId is required');
  }
  return core.payments.find(client.clientId, { paymentId, paymentRequestId });
}
