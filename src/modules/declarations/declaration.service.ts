import type { Outcome } from '../outcome.js';
import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { DeclarationErrorCode } from './declaration-errors.js';
import type { DeclareInput } from './declaration-inputs.js';
import { Declaration } from './declaration.entity.js';
import { declare } from './declare.js';
import { inquiryDeclarations, type DeclarationInquiryResult } from './inquiry-declarations.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface DeclarationFilter extends CommonListFilter {
  paymentId?: string | null;
}

/** Customs declarations: declare, live inquiry, local reads. */
export class DeclarationService {
  constructor(private readonly deps: OperationDeps) {}

  declare(scope: RequestScope, input: DeclareInput): Promise<Outcome<OperationResult<Declaration>, DeclarationErrorCode>> {
    return declare(this.deps, scope, input);
  }

  inquire(scope: RequestScope, declarationRequestIds: string[]): Promise<Outcome<DeclarationInquiryResult, DeclarationErrorCode>> {
    return inquiryDeclarations(this.deps, scope, declarationRequestIds);
  }

  find(scope: RequestScope, by: { id?: string | null; declarationRequestId?: string | null }): Promise<Declaration | null> {
    const where = by.id ? { id: by.id } : by.declarationRequestId ? { declarationRequestId: by.declarationRequestId } : null;
    return where ? scope.em.fork().findOne(Declaration, where, { refresh: true }) : Promise.resolve(null);
  }

  list(scope: RequestScope, filter: DeclarationFilter, page: PageRequest): Promise<Page<Declaration>> {
    return listPage(scope.em.fork(), { entity: Declaration, idPrefix: ID_PREFIXES.declaration }, filter, filter.paymentId ? { paymentId: filter.paymentId } : {}, page);
  }
}
