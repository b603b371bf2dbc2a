import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import { operationsOf } from '../shared/operations-of.js';
import { Declaration } from './declaration.entity.js';
import { declare } from './declare.js';
import { inquiryDeclarations } from './inquiry-declarations.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface DeclarationFilter extends CommonListFilter {
  paymentId?: string | null;
}

/** Customs declarations: declare, live inquiry, local reads. */
export class DeclarationService extends operationsOf({ declare, inquire: inquiryDeclarations }) {
  find(scope: RequestScope, by: { id?: string | null; declarationRequestId?: string | null }): Promise<Declaration | null> {
    const where = by.id ? { id: by.id } : by.declarationRequestId ? { declarationRequestId: by.declarationRequestId } : null;
    return where ? scope.em.fork().findOne(Declaration, where, { refresh: true }) : Promise.resolve(null);
  }

  list(scope: RequestScope, filter: DeclarationFilter, page: PageRequest): Promise<Page<Declaration>> {
    return listPage(this.deps, scope, { entity: Declaration, idPrefix: ID_PREFIXES.declaration }, filter, filter.paymentId ? { paymentId: filter.paymentId } : {}, page);
  }
}
