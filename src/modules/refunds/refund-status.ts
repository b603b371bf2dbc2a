import { statusFromAms } from '../shared/status-machine.js';
import { SETTLED_OPERATION_STATUSES, settledOperationMachine, type SettledOperationStatus } from '../shared/settled-operation-status.js';

/** PENDING: persisted, call in flight. PROCESSING: U (REFUND_IN_PROCESS) or unknown outcome. */
export const REFUND_STATUSES = SETTLED_OPERATION_STATUSES;
export type RefundStatus = SettledOperationStatus;

export const refundMachine = settledOperationMachine('refund');

/** AMS `refundStatus` (inquiryRefund, notifyRefund) → our status. */
export const refundStatusFromAms = statusFromAms<RefundStatus>({ SUCCESS: 'SUCCEEDED', FAIL: 'FAILED', PROCESSING: 'PROCESSING' });

/** Refunds that count against the paid amount: everything not failed (an unknown one may still succeed). */
export function countsAgainstRefundable(status: RefundStatus): boolean {
  return status !== 'FAILED';
}
