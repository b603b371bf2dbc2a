import type { Outcome } from '../outcome.js';
import type { Page, PageRequest } from '../pagination.js';
import { Payment } from '../payments/payment.entity.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { findRefund, inquiryRefund, type RefundRef } from './inquiry-refund.js';
import type { RefundErrorCode } from './refund-errors.js';
import { Refund } from './refund.entity.js';
import { refund, type RefundInput } from './refund.js';
import { refundTotals, type RefundTotals } from './refund-rules.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface RefundFilter extends CommonListFilter {
  paymentId?: string | null;
}

type Result = Promise<Outcome<OperationResult<Refund>, RefundErrorCode>>;

/** Refunds: create with the refund rules, live inquiry, local reads. */
export class RefundService {
  constructor(private readonly deps: OperationDeps) {}

  refund(scope: RequestScope, input: RefundInput): Result {
    return refund(this.deps, scope, input);
  }

  inquire(scope: RequestScope, ref: RefundRef): Result {
    return inquiryRefund(this.deps, scope, ref);
  }


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
    return listPage(scope.em.fork(), { entity: Refund, idPrefix: ID_PREFIXES.refund }, filter, filter.paymentId ? { paymentId: filter.paymentId } : {}, page);
  }
}
