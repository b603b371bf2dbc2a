import { createRequestScope } from '../request-scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from '../../persistence/sql-pool.js';
import type { Logger } from '../../shared/logger.js';
import type { OperationDeps } from '../shared/operation-deps.js';
import { recordTransition } from '../shared/record-transition.js';
import { refreshToken } from './refresh-token.js';
import { AUTHORIZATION_TARGET } from './authorization-target.js';

/** ACTIVE authorizations with a refresh token whose access token expires within `leadSeconds` (all merchants). */
export async function authorizationsDueForRefresh(sql: Sql, now: Date, leadSeconds: number): Promise<Array<{ id: string; merchantId: string }>> {
  const rows = await sql.query<{ id: string; merchant_id: string }>({
    text: `select id, merchant_id from authorizations
      where status = 'ACTIVE' and has_refresh_token and access_token_expires_at is not null and access_token_expires_at <= $1`,
    values: [new Date(now.getTime() + leadSeconds * 1000)],
  });
  return rows.map((row) => ({ id: row.id, merchantId: row.merchant_id }));
}

/** How one refresh went: the AMS result code when AMS answered F (the only answer that proves anything about the token). */
export type RefreshResult = { refreshed: true } | { refreshed: false; code: string; amsFailureCode: string | null };

/**
 * Proactive refresh (ams-spec §8.5) of one authorization. Success swaps both tokens atomically (refreshToken's
 * conditional update; a response without a token never overwrites the stored one — it is refused here first).
 * A failure is never silent: a TOKEN_REFRESH_FAILED event and the reason on the authorization.
 */
export async function refreshDueToken(deps: OperationDeps, rootEm: EntityManager, logger: Logger, merchantId: string, id: string): Promise<string> {
  const result = await refreshOnce(deps, rootEm, logger, merchantId, id);
  return result.refreshed ? 'REFRESHED' : `FAILED ${result.code}`;
}

export async function refreshOnce(deps: OperationDeps, rootEm: EntityManager, logger: Logger, merchantId: string, id: string): Promise<RefreshResult> {
  const scope = createRequestScope(rootEm, { role: 'MERCHANT', merchantId, keyId: 'system:jobs' }, `job:token:${id}`, logger);
  const result = await refreshToken(deps, scope, id);
  const code = result.ok ? (result.value.ams ? `${result.value.ams.status} ${result.value.ams.code}` : 'REPLAY') : result.errors.map((e) => e.code).join(',');
  if (result.ok && result.value.ams?.status === 'S') return { refreshed: true };
  await recordTransition(
    deps,
    scope,
    { ...AUTHORIZATION_TARGET, id, source: 'JOB' },
    (current) => ({
      to: current.status,
      set: { statusReason: `token refresh failed: ${code}` },
      after: async (_em, events) => {
        await events.append({ merchantId, aggregateType: 'AUTHORIZATION', aggregateId: id, type: 'TOKEN_REFRESH_FAILED', payload: { code }, source: 'JOB' });
      },
    }),
  );
  const amsFailureCode = result.ok && result.value.ams?.status === 'F' ? result.value.ams.code : null;
  return { refreshed: false, code, amsFailureCode };
}
