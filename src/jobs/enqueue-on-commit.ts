import type { GatewayEvent } from '../modules/events/event.entity.js';
import type { SyncKind } from './job-kinds.js';
import type { SyncScheduler } from './sync-scheduler.js';

const KIND_OF: Partial<Record<string, SyncKind>> = { PAYMENT: 'PAYMENT', REFUND: 'REFUND', DECLARATION: 'DECLARATION', REGISTRATION: 'REGISTRATION' };

/**
 * After a commit that left a payment, refund, declaration or registration PROCESSING (U, timeout, unknown), schedule its sync job at once.
 * In-process and after the commit, so not durable on its own: the recovery sweep covers a crash in between.
 */
export function enqueueOnCommit(scheduler: SyncScheduler) {
  return (events: readonly GatewayEvent[]): void => {
    for (const event of events) {
      const kind = KIND_OF[event.aggregateType];
      if (!kind || event.toStatus !== 'PROCESSING' || event.type !== 'STATUS_CHANGED') continue;
      void scheduler.enqueue(kind, { merchantId: event.merchantId, id: event.aggregateId, step: 0 });
    }
  };
}
