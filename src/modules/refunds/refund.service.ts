import type { Page, PageRequest } from '../pagination.js';
import { Payment } from '../payments/payment.entity.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import { operationsOf } from '../shared/operations-of.js';
import { findRefund, inquiryRefund, type RefundRef } from './inquiry-refund.js';
import { Refund } from './refund.entity.js';
import { refund } from './refund.js';
import { refundTotals, type RefundTotals } from './refund-rules.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface RefundFilter extends CommonListFilter {
  paymentId?: string | null;
}

/** Refunds: create with the refund rules, live inquiry, local reads. */
export class RefundService extends operationsOf({ refund, inquire: inquiryRefund }) {
  find(scope: RequestScope, ref: RefundRef): Promise<Refund | null> {
    return findRefund(scope.em.fork(), ref);
  }

  /** Refund totals of each payment id visible to the caller, in two queries whatever the number of ids. */
  async totalsFor(scope: RequestScope, paymentIds: readonly string[]): Promise<Map<string, RefundTotals>> {
    const em = scope.em.fork();
    const ids = [...new Set(paymentIds)];
    const payments = await em.find(Payment, { id: { $in: ids } }, { refresh: true });
    const refunds = await em.find(Refund, { paymentId: { $in: payments.map((p) => p.id) } }, { refresh: true });
    const byPayment = new Map<string, Refund[]>();
    for (const r of refunds) byPayment.set(r.paymentId, [...(byPayment.get(r.paymentId) ?? []), r]);
    const now = this.deps.clock.now();
    return new Map(payments.map((p) => [p.id, refundTotals(p, byPayment.get(p.id) ?? [], now)]));
  }

  list(scope: RequestScope, filter: RefundFilter, page: PageRequest): Promise<Page<Refund>> {
    return listPage(this.deps, scope, { entity: Refund, idPrefix: ID_PREFIXES.refund }, filter, filter.paymentId ? { paymentId: filter.paymentId } : {}, page);
  }
}
