import { manualResolution } from '../shared/manual-resolution.js';
import type { PaymentErrorCode } from './payment-errors.js';
import { paymentMachine, type PaymentStatus } from './payment-status.js';
import { Payment } from './payment.entity.js';

/** Admin override of a payment's outcome (see manual-resolution.ts). */
export const resolvePaymentManually = manualResolution<Payment, PaymentStatus, PaymentErrorCode>({
  entityName: Payment,
  aggregateType: 'PAYMENT',
  machine: paymentMachine,
  allowed: ['SUCCEEDED', 'FAILED', 'CANCELLED'],
});
