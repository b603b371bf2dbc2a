import type { Outcome } from '../outcome.js';
import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { findRefund, inquiryRefund, type RefundRef } from './inquiry-refund.js';
import type { RefundErrorCode } from './refund-errors.js';
import { Refund } from './refund.entity.js';
import { refund, type RefundInput } from './refund.js';

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

  list(scope: RequestScope, filter: RefundFilter, page: PageRequest): Promise<Page<Refund>> {
    return listPage(scope.em.fork(), Refund, filter, filter.paymentId ? { paymentId: filter.paymentId } : {}, page);
  }
}
