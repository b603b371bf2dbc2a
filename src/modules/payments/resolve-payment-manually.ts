import type { Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { resolveManually } from '../shared/manual-resolution.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { PaymentErrorCode } from './payment-errors.js';
import { paymentMachine, type PaymentStatus } from './payment-status.js';
import { Payment } from './payment.entity.js';

/** Admin override of a payment's outcome (see manual-resolution.ts). */
export function resolvePaymentManually(
  deps: OperationDeps,
  scope: RequestScope,
  input: { id: string; status: PaymentStatus; reason: string },
): Promise<Outcome<OperationResult<Payment>, PaymentErrorCode>> {
  return resolveManually<Payment, PaymentStatus, PaymentErrorCode>(
    deps,
    scope,
    { entityName: Payment, aggregateType: 'PAYMENT', machine: paymentMachine, allowed: ['SUCCEEDED', 'FAILED', 'CANCELLED'] },
    input,
  );
}
