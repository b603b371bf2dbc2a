import { fail, problem, succeed, type Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { inquireAndRecord } from '../shared/ams-operation.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { planFromPaymentStatus } from './payment-ams-mapping.js';
import type { PaymentErrorCode } from './payment-errors.js';
import { describeRef, findPayment, type PaymentRef } from './payment-lookup.js';
import { paymentMachine } from './payment-status.js';
import { Payment } from './payment.entity.js';

/**
 * inquiryPayment, live: asks AMS about one of our payments and applies what it learns through the same transition
 * as every other source (source INQUIRY). The inquiry's own F / U / timeout changes nothing; a SUCCESS after a
 * CANCELLED, say, is refused by the status machine and logged as an ANOMALY event.
 */
export async function inquiryPayment(
  deps: OperationDeps,
  scope: RequestScope,
  ref: PaymentRef,
): Promise<Outcome<OperationResult<Payment>, PaymentErrorCode>> {
  const named = describeRef(ref);
  if (!named) return fail(problem('REQUIRED', null, 'give one of id, paymentRequestId, amsPaymentId'));
  const payment = await findPayment(scope.em.fork(), ref);
  if (!payment) return fail(problem('NOT_FOUND', named.field, `no payment with ${named.field} ${named.value}`));

  return succeed(
    await inquireAndRecord(deps, scope, payment, {
      target: { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine },
      api: 'inquiryPayment',
      request: { paymentRequestId: payment.paymentRequestId, ...(payment.amsPaymentId ? { paymentId: payment.amsPaymentId } : {}) },
      plan: (body) => planFromPaymentStatus(body),
    }),
  );
}
