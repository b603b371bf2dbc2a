import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import { operationsOf } from '../shared/operations-of.js';
import { findRegistration, inquiryRegistrationInfo, inquiryRegistrationStatus, type RegistrationRef } from './inquiry-registration.js';
import { registerMerchant } from './register-merchant.js';
import { Registration } from './registration.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface RegistrationFilter extends CommonListFilter {
  referenceMerchantId?: string | null;
}

/** Secondary-merchant registrations: register, live inquiries, local reads. */
export class RegistrationService extends operationsOf({
  register: registerMerchant,
  inquireStatus: inquiryRegistrationStatus,
  inquireInfo: inquiryRegistrationInfo,
}) {
  find(scope: RequestScope, ref: RegistrationRef): Promise<Registration | null> {
    return findRegistration(scope.em.fork(), ref);
  }

  list(scope: RequestScope, filter: RegistrationFilter, page: PageRequest): Promise<Page<Registration>> {
    return listPage(this.deps, scope, { entity: Registration, idPrefix: ID_PREFIXES.registration }, filter, filter.referenceMerchantId ? { referenceMerchantId: filter.referenceMerchantId } : {}, page);
  }
}
