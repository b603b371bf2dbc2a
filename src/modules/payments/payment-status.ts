import { defineStatusMachine } from '../shared/status-machine.js';

/**
 * PENDING: persisted, the pay call is in flight (a crash here leaves it for the sync job to inquire).
 * PROCESSING: AMS answered U, or the call timed out / its outcome is unknown; resolved only by inquiry or notification.
 * SUCCEEDED, FAILED: AMS outcomes. CANCELLED: closed by cancel (before or after success, within the window).
 */
export const PAYMENT_STATUSES = ['PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const paymentMachine = defineStatusMachine<PaymentStatus>({
  name: 'payment',
  statuses: PAYMENT_STATUSES,
  final: ['FAILED', 'CANCELLED'],
  transitions: {
    PENDING: ['PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED'],
    PROCESSING: ['SUCCEEDED', 'FAILED', 'CANCELLED'],
    // A successful payment can still be cancelled inside the window (AMS refunds it in full), never failed.
    SUCCEEDED: ['CANCELLED'],
    FAILED: [],
    CANCELLED: [],
  },
});

/** AMS `paymentStatus` (inquiryPayment) → our status. PENDING at AMS means "paid, final result pending". */
export function paymentStatusFromAms(amsStatus: string): PaymentStatus | null {
  switch (amsStatus) {
    case 'SUCCESS':
      return 'SUCCEEDED';
    case 'FAIL':
      return 'FAILED';
    case 'CANCELLED':
      return 'CANCELLED';
    case 'PROCESSING':
    case 'PENDING':
      return 'PROCESSING';
    default:
      return null;
  }
}
