import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { requireMerchant, type RequestScope } from '../request-scope.js';
import { unresolvedReason } from '../shared/ams-call.js';
import { answered, sendAndRecord, type AmsOperation } from '../shared/ams-operation.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { AuthorizationErrorCode } from './authorization-errors.js';
import type { Authorization } from './authorization.entity.js';
import { loadNamedAuthorization } from './load-authorization.js';
import { openToken } from './token-secrets.js';
import { AUTHORIZATION_TARGET } from './authorization-target.js';
import type { AuthorizationStatus } from './authorization-status.js';

type Result = Outcome<OperationResult<Authorization>, AuthorizationErrorCode>;

/** Columns cleared on revocation: a revoked token is of no further use, so it is not kept even encrypted. */
const CLEARED = { accessTokenEncrypted: null, refreshTokenEncrypted: null, authCodeEncrypted: null, hasRefreshToken: false, statusReason: null };

/**
 * revoke (the user unbinds in the merchant's app). S ⇒ REVOKED (TOKEN_REVOKED event). An F INVALID_ACCESS_TOKEN
 * means AMS no longer knows the token (already revoked or expired there): also REVOKED, with that reason. Other
 * F codes change nothing; U / timeout keep ACTIVE with the reason — revoking again is safe.
 */
export async function revokeAuthorization(deps: OperationDeps, scope: RequestScope, authorizationIdInput: string): Promise<Result> {
  requireMerchant(scope);
  const named = await loadNamedAuthorization(scope.em.fork(), authorizationIdInput);
  if (!named.ok) return fail(...named.problems);
  const record = named.record;
  const authorizationId = record.id;
  if (record.status === 'REVOKED') return succeed({ record, ams: null, replayed: true });
  if (record.status !== 'ACTIVE' || !record.accessTokenEncrypted) {
    return fail(problem('INVALID_STATE', 'authorizationId', `authorization ${authorizationId} is ${record.status}; only an ACTIVE one can be revoked`));
  }

  const accessTokenEncrypted = record.accessTokenEncrypted;
  const revoke: AmsOperation<Authorization, AuthorizationStatus, 'revoke'> = {
    target: AUTHORIZATION_TARGET,
    api: 'revoke',
    request: () => ({ accessToken: openToken(deps.encryptor, record.id, 'access_token', accessTokenEncrypted) }),
    plan: (outcome) => {
      if (outcome.kind === 'S') return { to: 'REVOKED', set: CLEARED, eventType: 'TOKEN_REVOKED', payload: { by: 'MERCHANT' } };
      if (outcome.kind === 'F' && outcome.code === 'INVALID_ACCESS_TOKEN') {
        return { to: 'REVOKED', set: { ...CLEARED, statusReason: 'AMS reported INVALID_ACCESS_TOKEN on revoke' }, eventType: 'TOKEN_REVOKED', payload: { by: 'MERCHANT', code: outcome.code } };
      }
      if (outcome.kind === 'U' || outcome.kind === 'UNKNOWN') return { to: 'ACTIVE', set: { statusReason: `revoke ${unresolvedReason(outcome)}` } };
      return null;
    },
  };
  return succeed(answered(await sendAndRecord(deps, scope, record, revoke, 'RESPONSE')));
}
