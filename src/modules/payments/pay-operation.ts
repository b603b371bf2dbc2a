import type { RequestScope } from '../request-scope.js';
import type { AmsOperation } from '../shared/ams-operation.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { payRequestFor } from './pay-request.js';
import { planFromPay } from './payment-ams-mapping.js';
import { paymentMachine, type PaymentStatus } from './payment-status.js';
import { Payment } from './payment.entity.js';

/** The pay call for a stored payment and what its answer does (a sync job's identical resend). */
export function payOperation(deps: OperationDeps, scope: RequestScope): AmsOperation<Payment, PaymentStatus, 'pay'> {
  return {
    target: { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine },
    api: 'pay',
    request: (record) => payRequestFor(deps, scope, record),
    plan: (outcome) => planFromPay(outcome),
  };
}
