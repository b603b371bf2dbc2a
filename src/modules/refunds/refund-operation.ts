import type { RequestScope } from '../request-scope.js';
import type { AmsOperation } from '../shared/ams-operation.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { planFromRefund } from './refund-ams-mapping.js';
import { refundRequestFor } from './refund-request.js';
import { refundMachine, type RefundStatus } from './refund-status.js';
import { Refund } from './refund.entity.js';

/** The refund call for a stored refund and what its answer does: the first send and a sync job's resend alike. */
export function refundOperation(deps: OperationDeps, scope: RequestScope): AmsOperation<Refund, RefundStatus, 'refund'> {
  return {
    target: { entityName: Refund, aggregateType: 'REFUND', machine: refundMachine },
    api: 'refund',
    request: (record) => refundRequestFor(deps, scope, record),
    plan: (outcome, current) => planFromRefund(current, outcome),
  };
}
