import type { Page, PageRequest } from '../pagination.js';
import type { RequestScope } from '../request-scope.js';
import { listPage, type CommonListFilter } from '../shared/listing.js';
import { operationsOf } from '../shared/operations-of.js';
import { applyToken } from './apply-token.js';
import { Authorization } from './authorization.entity.js';
import { consult } from './consult.js';
import { refreshToken } from './refresh-token.js';
import { revokeAuthorization } from './revoke.js';
import { tokenCanceled } from './token-canceled.js';
import type { EventSource } from '../events/event.entity.js';
import { ID_PREFIXES } from '../shared/id-prefixes.js';

export interface AuthorizationFilter extends CommonListFilter {
  customerBelongsTo?: string | null;
}

/** Auto Debit authorizations: consult → applyToken → refresh / revoke, and local reads. */
export class AuthorizationService extends operationsOf({ consult, applyToken, refreshToken, revoke: revokeAuthorization }) {
  /** notifyAuthorization TOKEN_CANCELED: the wallet revoked the token (for the notification receiver). */
  tokenCanceled(scope: RequestScope, accessToken: string, source: EventSource = 'NOTIFICATION'): Promise<Authorization | null> {
    return tokenCanceled(this.deps, scope, accessToken, source);
  }

  /** By our id or by authState; null when missing or another merchant's. */
  async find(scope: RequestScope, by: { id?: string | null; authState?: string | null }): Promise<Authorization | null> {
    if (by.id) return scope.em.findOne(Authorization, { id: by.id }, { refresh: true });
    if (by.authState) return scope.em.findOne(Authorization, { authState: by.authState }, { refresh: true });
    return null;
  }

  list(scope: RequestScope, filter: AuthorizationFilter, page: PageRequest): Promise<Page<Authorization>> {
    return listPage(this.deps, scope, { entity: Authorization, idPrefix: ID_PREFIXES.authorization }, filter, filter.customerBelongsTo ? { customerBelongsTo: filter.customerBelongsTo } : {}, page);
  }
}
