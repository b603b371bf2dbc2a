import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotifyRefundBody } from '../../ams/index.js';
import type { EventBatch } from '../events/event-log.js';
import { planFromRefundStatus } from '../refunds/refund-ams-mapping.js';
import { refundMachine } from '../refunds/refund-status.js';
import { Refund } from '../refunds/refund.entity.js';
import { applyPlan } from '../shared/record-transition.js';
import { fromTransition, ignored, unmatched, type ApplyResult } from './apply-result.js';

/**
 * notifyRefund → the inquiryRefund transition (planFromRefundStatus, source NOTIFICATION). `refundStatus` says
 * SUCCESS / FAIL; when absent, the result's S / F stands for it.
 */
export async function applyRefundNotification(em: EntityManager, events: EventBatch, body: NotifyRefundBody, now: Date): Promise<ApplyResult> {
  const refund =
    (body.refundRequestId ? await em.findOne(Refund, { refundRequestId: body.refundRequestId }, { refresh: true }) : null) ??
    (body.refundId ? await em.findOne(Refund, { amsRefundId: body.refundId }, { refresh: true }) : null);
  if (!refund) return unmatched(`no refund with refundRequestId ${body.refundRequestId ?? '-'} / refundId ${body.refundId ?? '-'}`);
  const refundStatus = body.refundStatus ?? (body.result.resultStatus === 'S' ? 'SUCCESS' : body.result.resultStatus === 'F' ? 'FAIL' : undefined);
  const plan = refundStatus
    ? planFromRefundStatus(
        refund,
        { result: body.result, refundStatus, refundId: body.refundId, ...(body.refundTime ? { refundTime: body.refundTime } : {}) },
        'NOTIFICATION',
        body.result.resultStatus === 'F' ? { code: body.result.resultCode, message: body.result.resultMessage } : undefined,
      )
    : null;
  if (!plan) return ignored(`refund status ${refundStatus ?? '(none)'} is not acted on`);
  const target = { entityName: Refund, aggregateType: 'REFUND', machine: refundMachine, source: 'NOTIFICATION' } as const;
  return fromTransition(refund.id, await applyPlan(em, events, target, refund, plan, now));
}
