import type { Outcome } from '../outcome.js';
import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import {
  findRegistration,
  inquiryRegistrationInfo,
  inquiryRegistrationStatus,
  type RegistrationInfoResult,
  type RegistrationRef,
  type RegistrationStatusResult,
} from './inquiry-registration.js';
import { registerMerchant } from './register-merchant.js';
import type { RegistrationErrorCode } from './registration-errors.js';
import type { RegisterMerchantInput } from './registration-inputs.js';
import { Registration } from './registration.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface RegistrationFilter extends CommonListFilter {
  referenceMerchantId?: string | null;
}

/** Secondary-merchant registrations: register, live inquiries, local reads. */
export class RegistrationService {
  constructor(private readonly deps: OperationDeps) {}

  register(scope: RequestScope, input: RegisterMerchantInput): Promise<Outcome<OperationResult<Registration>, RegistrationErrorCode>> {
    return registerMerchant(this.deps, scope, input);
  }

  inquireStatus(scope: RequestScope, ref: RegistrationRef): Promise<Outcome<RegistrationStatusResult, RegistrationErrorCode>> {
    return inquiryRegistrationStatus(this.deps, scope, ref);
  }

  inquireInfo(scope: RequestScope, referenceMerchantId: string): Promise<Outcome<RegistrationInfoResult, RegistrationErrorCode>> {
    return inquiryRegistrationInfo(this.deps, scope, referenceMerchantId);
  }


  find(scope: RequestScope, ref: RegistrationRef): Promise<Registration | null> {
    return findRegistration(scope.em.fork(), ref);
  }

  list(scope: RequestScope, filter: RegistrationFilter, page: PageRequest): Promise<Page<Registration>> {
    return listPage(scope.em.fork(), { entity: Registration, idPrefix: ID_PREFIXES.registration }, filter, filter.referenceMerchantId ? { referenceMerchantId: filter.referenceMerchantId } : {}, page);
  }
}
