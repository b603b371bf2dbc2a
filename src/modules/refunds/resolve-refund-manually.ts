import type { Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { resolveManually } from '../shared/manual-resolution.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { RefundErrorCode } from './refund-errors.js';
import { refundMachine, type RefundStatus } from './refund-status.js';
import { Refund } from './refund.entity.js';

/** Admin override of a refund's outcome (see manual-resolution.ts). */
export function resolveRefundManually(
  deps: OperationDeps,
  scope: RequestScope,
  input: { id: string; status: RefundStatus; reason: string },
): Promise<Outcome<OperationResult<Refund>, RefundErrorCode>> {
  return resolveManually<Refund, RefundStatus, RefundErrorCode>(
    deps,
    scope,
    { entityName: Refund, aggregateType: 'REFUND', machine: refundMachine, allowed: ['SUCCEEDED', 'FAILED'] },
    input,
  );
}
