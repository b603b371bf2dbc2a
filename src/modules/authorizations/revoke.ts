import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { merchantIdOf, type RequestScope } from '../request-scope.js';
import { callAms, summarize, unresolvedReason } from '../shared/ams-call.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import { recordTransition } from '../shared/record-transition.js';
import type { AuthorizationErrorCode } from './authorization-errors.js';
import { authorizationMachine } from './authorization-status.js';
import { Authorization } from './authorization.entity.js';
import { loadNamedAuthorization } from './load-authorization.js';
import { openToken } from './token-secrets.js';

type Result = Outcome<OperationResult<Authorization>, AuthorizationErrorCode>;

/** Columns cleared on revocation: a revoked token is of no further use, so it is not kept even encrypted. */
const CLEARED = { accessTokenEncrypted: null, refreshTokenEncrypted: null, authCodeEncrypted: null, hasRefreshToken: false, statusReason: null };

/**
 * revoke (the user unbinds in the merchant's app). S ⇒ REVOKED (TOKEN_REVOKED event). An F INVALID_ACCESS_TOKEN
 * means AMS no longer knows the token (already revoked or expired there): also REVOKED, with that reason. Other
 * F codes change nothing; U / timeout keep ACTIVE with the reason — revoking again is safe.
 */
export async function revokeAuthorization(deps: OperationDeps, scope: RequestScope, authorizationIdInput: string): Promise<Result> {
  const merchantId = merchantIdOf(scope);
  const named = await loadNamedAuthorization(scope.em.fork(), authorizationIdInput);
  if (!named.ok) return fail(...named.problems);
  const record = named.record;
  const authorizationId = record.id;
  if (record.status === 'REVOKED') return succeed({ record, ams: null, replayed: true });
  if (record.status !== 'ACTIVE' || !record.accessTokenEncrypted) {
    return fail(problem('INVALID_STATE', 'authorizationId', `authorization ${authorizationId} is ${record.status}; only an ACTIVE one can be revoked`));
  }

  const client = await deps.amsClients.clientFor(scope, merchantId);
  const outcome = await callAms(client, 'revoke', {
    accessToken: openToken(deps.encryptor, record.id, 'access_token', record.accessTokenEncrypted),
  });
  const stored = await recordTransition(
    deps,
    scope,
    { entityName: Authorization, aggregateType: 'AUTHORIZATION', machine: authorizationMachine, id: record.id, source: 'RESPONSE' },
    () => {
      if (outcome.kind === 'S') return { to: 'REVOKED', set: CLEARED, eventType: 'TOKEN_REVOKED', payload: { by: 'MERCHANT' } };
      if (outcome.kind === 'F' && outcome.code === 'INVALID_ACCESS_TOKEN') {
        return { to: 'REVOKED', set: { ...CLEARED, statusReason: 'AMS reported INVALID_ACCESS_TOKEN on revoke' }, eventType: 'TOKEN_REVOKED', payload: { by: 'MERCHANT', code: outcome.code } };
      }
      if (outcome.kind === 'U' || outcome.kind === 'UNKNOWN') return { to: 'ACTIVE', set: { statusReason: `revoke ${unresolvedReason(outcome)}` } };
      return null;
    },
  );
  return succeed({ record: stored, ams: summarize(outcome), replayed: false });
}
