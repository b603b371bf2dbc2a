import { defineStatusMachine } from '../shared/status-machine.js';

/** PENDING: persisted, call in flight. PROCESSING: U (REFUND_IN_PROCESS) or unknown outcome. */
export const REFUND_STATUSES = ['PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const refundMachine = defineStatusMachine<RefundStatus>({
  name: 'refund',
  statuses: REFUND_STATUSES,
  final: ['SUCCEEDED', 'FAILED'],
  transitions: {
    PENDING: ['PROCESSING', 'SUCCEEDED', 'FAILED'],
    PROCESSING: ['SUCCEEDED', 'FAILED'],
    SUCCEEDED: [],
    FAILED: [],
  },
});

/** AMS `refundStatus` (inquiryRefund, notifyRefund) → our status. */
export function refundStatusFromAms(amsStatus: string): RefundStatus | null {
  switch (amsStatus) {
    case 'SUCCESS':
      return 'SUCCEEDED';
    case 'FAIL':
      return 'FAILED';
    case 'PROCESSING':
      return 'PROCESSING';
    default:
      return null;
  }
}

/** Refunds that count against the paid amount: everything not failed (an unknown one may still succeed). */
export function countsAgainstRefundable(status: RefundStatus): boolean {
  return status !== 'FAILED';
}
