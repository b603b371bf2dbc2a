import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../shared/logger.js';
import { createRequestScope } from '../request-scope.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import { Authorization } from './authorization.entity.js';
import { refreshOnce } from './token-refresh-due.js';
import { AUTHORIZATION_TARGET } from './authorization-target.js';

/** AMS codes that mean "this access token no longer works" (the sandbox uses the first for expired tokens too). */
export const TOKEN_ERROR_CODES: ReadonlySet<string> = new Set(['INVALID_ACCESS_TOKEN', 'ACCESS_TOKEN_EXPIRED', 'EXPIRED_ACCESS_TOKEN']);

/** Refresh answers that prove the refresh token is gone for good (anything else — U, timeouts — proves nothing). */
const DEAD_REFRESH_CODES: ReadonlySet<string> = new Set(['INVALID_REFRESH_TOKEN']);

/** `REFRESHED`; `DEAD <code>` (the authorization is now REAUTHORIZATION_REQUIRED); or `FAILED <code>` (unknown, still ACTIVE). */
export type TokenRecovery = { kind: 'REFRESHED' } | { kind: 'DEAD'; code: string } | { kind: 'FAILED'; code: string };

/**
 * The access token is refused (pay answered INVALID_ACCESS_TOKEN) or known to be expired: refresh once. When the refresh
 * fails for good — INVALID_REFRESH_TOKEN, an expired refresh token, or no refresh token at all — the agreement is
 * dead: the authorization moves to REAUTHORIZATION_REQUIRED (final, STATUS_CHANGED event, subscribers told), its
 * sealed tokens are dropped, and later pays are refused before AMS. A refresh whose outcome is unknown proves
 * nothing: the authorization stays ACTIVE with the reason.
 */
export async function recoverAccessToken(deps: OperationDeps, rootEm: EntityManager, logger: Logger, merchantId: string, authorizationId: string): Promise<TokenRecovery> {
  const current = await rootEm.fork().findOne(Authorization, { id: authorizationId, merchantId }, { filters: { tenant: false } });
  if (!current || current.status !== 'ACTIVE') return { kind: 'FAILED', code: current ? `status ${current.status}` : 'NOT_FOUND' };
  let deadCode: string;
  if (!current.hasRefreshToken) deadCode = 'NO_REFRESH_TOKEN';
  else if (current.refreshTokenExpiresAt && current.refreshTokenExpiresAt.getTime() <= deps.clock.now().getTime()) deadCode = 'REFRESH_TOKEN_EXPIRED';
  else {
    const refreshed = await refreshOnce(deps, rootEm, logger, merchantId, authorizationId);
    if (refreshed.refreshed) return { kind: 'REFRESHED' };
    if (refreshed.amsFailureCode === null || !DEAD_REFRESH_CODES.has(refreshed.amsFailureCode)) return { kind: 'FAILED', code: refreshed.code };
    deadCode = refreshed.amsFailureCode;
  }
  await markReauthorizationRequired(deps, rootEm, logger, merchantId, authorizationId, deadCode);
  return { kind: 'DEAD', code: deadCode };
}

async function markReauthorizationRequired(deps: OperationDeps, rootEm: EntityManager, logger: Logger, merchantId: string, id: string, code: string): Promise<void> {
  const scope = createRequestScope(rootEm, { role: 'MERCHANT', merchantId, keyId: 'system:tokens' }, `tokens:${id}`, logger);
  await recordTransition(
    deps,
    scope,
    { ...AUTHORIZATION_TARGET, id, source: 'RESPONSE' },
    (record) =>
      record.status !== 'ACTIVE'
        ? null
        : {
            to: 'REAUTHORIZATION_REQUIRED',
            set: {
              accessTokenEncrypted: null,
              refreshTokenEncrypted: null,
              authCodeEncrypted: null,
              hasRefreshToken: false,
              statusReason: `access token refused and refresh failed (${code}): the user must authorize again`,
            },
            payload: { code },
          },
  );
  logger.info({ authorizationId: id, code }, 'authorization needs re-authorization');
}
