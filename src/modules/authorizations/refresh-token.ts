import { fail, problem, succeed, type Outcome } from '../outcome.js';
import { requireMerchant, type RequestScope } from '../request-scope.js';
import { unresolvedReason } from '../shared/ams-call.js';
import { answered, sendAndRecord, type AmsOperation } from '../shared/ams-operation.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import type { OperationResult } from '../shared/operation-result.js';
import type { AuthorizationErrorCode } from './authorization-errors.js';
import type { Authorization } from './authorization.entity.js';
import { loadNamedAuthorization } from './load-authorization.js';
import { tokenColumns, tokenFacts } from './token-columns.js';
import { openToken } from './token-secrets.js';
import { AUTHORIZATION_TARGET } from './authorization-target.js';
import type { AuthorizationStatus } from './authorization-status.js';

type Result = Outcome<OperationResult<Authorization>, AuthorizationErrorCode>;

/**
 * applyToken with the stored refresh token. S replaces both tokens (TOKEN_REFRESHED event; the status stays
 * ACTIVE). F leaves the authorization as it is and is reported in `ams`; U / timeout set the reason, because the
 * old refresh token may or may not have been consumed (a later refresh or revoke will tell).
 */
export async function refreshToken(deps: OperationDeps, scope: RequestScope, authorizationIdInput: string): Promise<Result> {
  requireMerchant(scope);
  const named = await loadNamedAuthorization(scope.em.fork(), authorizationIdInput);
  if (!named.ok) return fail(...named.problems);
  const record = named.record;
  const authorizationId = record.id;
  if (record.status !== 'ACTIVE') {
    return fail(problem('INVALID_STATE', 'authorizationId', `authorization ${authorizationId} is ${record.status}; only an ACTIVE one can be refreshed`));
  }
  if (!record.refreshTokenEncrypted) {
    return fail(problem('INVALID_STATE', 'authorizationId', 'AMS issued no refresh token for this authorization (its access token is long-lived)'));
  }
  if (record.refreshTokenExpiresAt && record.refreshTokenExpiresAt.getTime() <= deps.clock.now().getTime()) {
    return fail(problem('TOKEN_EXPIRED', 'authorizationId', 'the refresh token has expired; start a new consult'));
  }

  const refreshTokenEncrypted = record.refreshTokenEncrypted;
  const refresh: AmsOperation<Authorization, AuthorizationStatus, 'applyToken'> = {
    target: AUTHORIZATION_TARGET,
    api: 'applyToken',
    request: () => ({
      grantType: 'REFRESH_TOKEN',
      customerBelongsTo: record.customerBelongsTo,
      refreshToken: openToken(deps.encryptor, record.id, 'refresh_token', refreshTokenEncrypted),
      ...(record.merchantRegion ? { merchantRegion: record.merchantRegion } : {}),
    }),
    plan: (outcome, current) => {
      if (current.status !== 'ACTIVE') return null;
      if (outcome.kind === 'S') {
        const set = tokenColumns(deps.encryptor, record.id, outcome.body, deps.clock.now());
        return {
          to: 'ACTIVE',
          set,
          after: async (_em, events) => {
            await events.append({
              merchantId: current.merchantId,
              aggregateType: 'AUTHORIZATION',
              aggregateId: current.id,
              type: 'TOKEN_REFRESHED',
              fromStatus: 'ACTIVE',
              toStatus: 'ACTIVE',
              payload: tokenFacts(set),
              source: 'RESPONSE',
            });
          },
        };
      }
      if (outcome.kind === 'U' || outcome.kind === 'UNKNOWN') return { to: 'ACTIVE', set: { statusReason: `refresh ${unresolvedReason(outcome)}` } };
      return null;
    },
  };
  return succeed(answered(await sendAndRecord(deps, scope, record, refresh, 'RESPONSE')));
}
