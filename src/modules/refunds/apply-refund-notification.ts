import type { NotifyRefundBody } from '../../ams/index.js';
import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import { findRefund } from './inquiry-refund.js';
import { planFromRefundStatus } from './refund-ams-mapping.js';
import { refundMachine } from './refund-status.js';
import { Refund } from './refund.entity.js';

/** notifyRefund → the inquiry mapping (refundStatus, or the result status when absent), source NOTIFICATION. */
export async function applyRefundNotification(deps: OperationDeps, scope: RequestScope, body: NotifyRefundBody): Promise<Refund | null> {
  const refund = await findRefund(scope.em.fork(), { refundRequestId: body.refundRequestId });
  if (!refund) return null;
  const refundStatus = body.refundStatus ?? (body.result.resultStatus === 'S' ? 'SUCCESS' : body.result.resultStatus === 'F' ? 'FAIL' : 'PROCESSING');
  return recordTransition(
    deps,
    scope,
    { entityName: Refund, aggregateType: 'REFUND', machine: refundMachine, id: refund.id, source: 'NOTIFICATION' },
    (current) =>
      planFromRefundStatus(
        current,
        { result: body.result, refundStatus, refundId: body.refundId, ...(body.refundTime ? { refundTime: body.refundTime } : {}) },
        'NOTIFICATION',
      ),
  );
}
