import type { Outcome } from '../outcome.js';
import type { Page, PageRequest } from '../pagination.js';
import type { Payment } from '../payments/payment.entity.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { findRefund, inquiryRefund, type RefundRef } from './inquiry-refund.js';
import type { RefundErrorCode } from './refund-errors.js';
import { Refund } from './refund.entity.js';
import { refund, type RefundInput } from './refund.js';
import { refundProblems } from './refund-rules.js';

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

  /**
   * Minor units refunded (SUCCEEDED refunds) and still refundable now: what a new refund may ask for under the same
   * rules `refund` applies (0 when the payment cannot be refunded at all).
   */
  async totalsFor(scope: RequestScope, payment: Payment): Promise<{ refunded: string; refundable: string }> {
    const em = scope.em.fork();
    const refunds = await em.find(Refund, { paymentId: payment.id }, { refresh: true });
    const sum = (rows: Refund[]) => rows.reduce((total, r) => total + BigInt(r.amountValue), 0n);
    const refunded = sum(refunds.filter((r) => r.status === 'SUCCEEDED'));
    const committed = sum(refunds.filter((r) => r.status !== 'FAILED'));
    const blocked = (await refundProblems(em, payment, { value: '1', currency: payment.currency }, this.deps.clock.now())).some(
      (p) => p.code !== 'AMOUNT_EXCEEDS_REFUNDABLE',
    );
    const remaining = BigInt(payment.amountValue) - committed;
    return { refunded: refunded.toString(), refundable: blocked || remaining < 0n ? '0' : remaining.toString() };
  }

  list(scope: RequestScope, filter: RefundFilter, page: PageRequest): Promise<Page<Refund>> {
    return listPage(scope.em.fork(), Refund, filter, filter.paymentId ? { paymentId: filter.paymentId } : {}, page);
  }
}
