import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { operationsOf } from '../shared/operations-of.js';
import { cancelPayment } from './cancel.js';
import { inquiryPayment } from './inquiry-payment.js';
import { pay } from './pay.js';
import type { PayInput } from './payment-inputs.js';
import { findPayment, type PaymentRef } from './payment-lookup.js';
import { Payment } from './payment.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface PaymentFilter extends CommonListFilter {
  authorizationId?: string | null;
}

/** Auto Debit payments: pay, cancel, live inquiry, and local reads. */
export class PaymentService extends operationsOf({
  pay: (deps: OperationDeps, scope: RequestScope, input: PayInput) => pay(deps, scope, input),
  cancel: cancelPayment,
  inquire: inquiryPayment,
}) {
  find(scope: RequestScope, ref: PaymentRef): Promise<Payment | null> {
    return findPayment(scope.em.fork(), ref);
  }

  list(scope: RequestScope, filter: PaymentFilter, page: PageRequest): Promise<Page<Payment>> {
    return listPage(this.deps, scope, { entity: Payment, idPrefix: ID_PREFIXES.payment }, filter, filter.authorizationId ? { authorizationId: filter.authorizationId } : {}, page);
  }
}
