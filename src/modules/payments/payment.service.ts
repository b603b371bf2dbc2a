import type { Outcome } from '../outcome.js';
import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { cancelPayment } from './cancel.js';
import { inquiryPayment } from './inquiry-payment.js';
import { pay } from './pay.js';
import type { PaymentErrorCode } from './payment-errors.js';
import type { PayInput } from './payment-inputs.js';
import { findPayment, type PaymentRef } from './payment-lookup.js';
import { Payment } from './payment.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface PaymentFilter extends CommonListFilter {
  authorizationId?: string | null;
}

type Result = Promise<Outcome<OperationResult<Payment>, PaymentErrorCode>>;

/** Auto Debit payments: pay, cancel, live inquiry, and local reads. */
export class PaymentService {
  constructor(private readonly deps: OperationDeps) {}

  pay(scope: RequestScope, input: PayInput): Result {
    return pay(this.deps, scope, input);
  }

  cancel(scope: RequestScope, id: string): Result {
    return cancelPayment(this.deps, scope, id);
  }

  inquire(scope: RequestScope, ref: PaymentRef): Result {
    return inquiryPayment(this.deps, scope, ref);
  }


  find(scope: RequestScope, ref: PaymentRef): Promise<Payment | null> {
    return findPayment(scope.em.fork(), ref);
  }

  list(scope: RequestScope, filter: PaymentFilter, page: PageRequest): Promise<Page<Payment>> {
    return listPage(scope.em.fork(), { entity: Payment, idPrefix: ID_PREFIXES.payment }, filter, filter.authorizationId ? { authorizationId: filter.authorizationId } : {}, page);
  }
}
