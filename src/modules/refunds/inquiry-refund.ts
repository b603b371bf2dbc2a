import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, problem, succeed, type Outcome } from '../outcome.js';
import type { RequestScope } from '../request-scope.js';
import { inquireAndRecord } from '../shared/ams-operation.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { planFromRefundStatus } from './refund-ams-mapping.js';
import type { RefundErrorCode } from './refund-errors.js';
import { refundMachine } from './refund-status.js';
import { Refund } from './refund.entity.js';

/** A refund named by our id, the AMS request id, or the AMS refund id. */
export interface RefundRef {
  id?: string | null;
  refundRequestId?: string | null;
  amsRefundId?: string | null;
}

export function findRefund(em: EntityManager, ref: RefundRef): Promise<Refund | null> {
  const where = ref.id ? { id: ref.id } : ref.refundRequestId ? { refundRequestId: ref.refundRequestId } : ref.amsRefundId ? { amsRefundId: ref.amsRefundId } : null;
  return where ? em.findOne(Refund, where, { refresh: true }) : Promise.resolve(null);
}

/** inquiryRefund, live; applies the refund status it learns (source INQUIRY). */
export async function inquiryRefund(deps: OperationDeps, scope: RequestScope, ref: RefundRef): Promise<Outcome<OperationResult<Refund>, RefundErrorCode>> {
  const named = ref.id ? ['id', ref.id] : ref.refundRequestId ? ['refundRequestId', ref.refundRequestId] : ref.amsRefundId ? ['amsRefundId', ref.amsRefundId] : null;
  if (!named) return fail(problem('REQUIRED', null, 'give one of id, refundRequestId, amsRefundId'));
  const found = await findRefund(scope.em.fork(), ref);
  if (!found) return fail(problem('NOT_FOUND', named[0]!, `no refund with ${named[0]} ${named[1]}`));

  return succeed(
    await inquireAndRecord(deps, scope, found, {
      target: { entityName: Refund, aggregateType: 'REFUND', machine: refundMachine },
      api: 'inquiryRefund',
      request: { refundRequestId: found.refundRequestId, ...(found.amsRefundId ? { refundId: found.amsRefundId } : {}) },
      plan: (body, current) => planFromRefundStatus(current, body, 'INQUIRY'),
    }),
  );
}
