import type { EventSource } from '../events/event.entity.js';
import type { RequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import { Authorization } from './authorization.entity.js';
import { accessTokenHash } from './token-secrets.js';
import { AUTHORIZATION_TARGET } from './authorization-target.js';

/**
 * The user unbound in the wallet app (notifyAuthorization TOKEN_CANCELED names the access token): finds the
 * authorization by the token's hash — no decryption of every row — and moves it to REVOKED through the status
 * machine. For the notification receiver; null when no authorization of the scope holds that token.
 */
export async function tokenCanceled(
  deps: OperationDeps,
  scope: RequestScope,
  accessToken: string,
  source: EventSource,
): Promise<Authorization | null> {
  const found = await scope.em.fork().findOne(Authorization, { accessTokenHash: accessTokenHash(accessToken) }, { refresh: true });
  if (!found) return null;
  return recordTransition(
    deps,
    scope,
    { ...AUTHORIZATION_TARGET, id: found.id, source },
    () => ({
      to: 'REVOKED',
      set: { accessTokenEncrypted: null, refreshTokenEncrypted: null, authCodeEncrypted: null, hasRefreshToken: false, statusReason: 'TOKEN_CANCELED by the wallet' },
      eventType: 'TOKEN_REVOKED',
      payload: { by: 'WALLET' },
    }),
  );
}
