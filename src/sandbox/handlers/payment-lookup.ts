import type { ApiCall, SandboxCore } from '../core.js';
import type { Payment } from '../state/payments.js';
import { recordNamedBy } from './record-ids.js';

/** inquiryPayment and cancel take paymentId or paymentRequestId; paymentId wins when both are given. */
export function lookupPayment(core: SandboxCore, { client, fields }: ApiCall): Payment | undefined {
  const named = recordNamedBy(fields, ['paymentId', 'paymentRequestId'], { name: 'merchantAccountId', max: 32 });
  return named.by === 'paymentId' ? core.payments.byId(client.clientId, named.id) : core.payments.byRequest(client.clientId, named.id);
}
