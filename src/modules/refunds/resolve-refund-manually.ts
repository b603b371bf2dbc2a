import { manualResolution } from '../shared/manual-resolution.js';
import type { RefundErrorCode } from './refund-errors.js';
import { refundMachine, type RefundStatus } from './refund-status.js';
import { Refund } from './refund.entity.js';

/** Admin override of a refund's outcome (see manual-resolution.ts). */
export const resolveRefundManually = manualResolution<Refund, RefundStatus, RefundErrorCode>({
  entityName: Refund,
  aggregateType: 'REFUND',
  machine: refundMachine,
  allowed: ['SUCCEEDED', 'FAILED'],
});
