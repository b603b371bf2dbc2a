import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotifyAuthorizationBody } from '../../ams/index.js';
import type { Encryptor } from '../../persistence/encryption.js';
import { authorizationMachine } from '../authorizations/authorization-status.js';
import { Authorization } from '../authorizations/authorization.entity.js';
import { receiveAuthCode } from '../authorizations/receive-auth-code.js';
import { tokenColumns, tokenFacts } from '../authorizations/token-columns.js';
import { accessTokenHash } from '../authorizations/token-secrets.js';
import type { EventBatch } from '../events/event-log.js';
import { applyTransition } from '../shared/transition.js';
import { fromTransition, ignored, unmatched, type ApplyResult } from './apply-result.js';

export interface AuthorizationNotificationDeps {
  encryptor: Encryptor;
  /** Redeems the authCode after the commit (applyToken on the merchant's behalf), when auto-apply is on. */
  redeem: ((authorizationId: string, authCode: string, authState: string) => Promise<void>) | null;
}

/** Cleared on revocation, as the merchant-side revoke does: a dead token is not kept, even encrypted. */
const CLEARED = { accessTokenEncrypted: null, refreshTokenEncrypted: null, authCodeEncrypted: null, hasRefreshToken: false };

/**
 * notifyAuthorization. AUTHCODE_CREATED (matched by authState): AWAITING_USER → AUTH_CODE_RECEIVED with the code
 * sealed, then — after commit — applyToken if auto-apply is on. TOKEN_CREATED: ACTIVE with the token. TOKEN_CANCELED
 * (matched by the access token's hash): REVOKED, so no later pay can use it.
 */
export async function applyAuthorizationNotification(
  em: EntityManager,
  events: EventBatch,
  body: NotifyAuthorizationBody,
  now: Date,
  deps: AuthorizationNotificationDeps,
): Promise<ApplyResult> {
  const type = body.authorizationNotifyType;
  if (type === 'AUTHCODE_CREATED' || type === 'TOKEN_CREATED') {
    if (!body.authState) return ignored(`${type} without authState`);
    const record = await em.findOne(Authorization, { authState: body.authState }, { refresh: true });
    if (!record) return unmatched(`no authorization with that authState`);
    if (type === 'AUTHCODE_CREATED') {
      if (!body.authCode) return ignored('AUTHCODE_CREATED without authCode');
      const authCode = body.authCode;
      const result = await receiveAuthCode(em, events, deps.encryptor, record, authCode, 'NOTIFICATION', now);
      const applied = fromTransition(record.id, result);
      // Only the first to learn the code redeems it: if the redirect got there first, its applyToken is running.
      if (result.kind === 'applied' && deps.redeem) {
        const redeem = deps.redeem;
        const authState = body.authState;
        applied.afterCommit = () => redeem(record.id, authCode, authState);
      }
      return applied;
    }
    if (!body.accessToken) return ignored('TOKEN_CREATED without accessToken');
    // TOKEN_CREATED (the user authorized in the merchant's own client) carries the token itself (Java AlipayAuthNotify).
    const set = tokenColumns(deps.encryptor, record.id, { result: body.result, accessToken: body.accessToken, ...(body.userLoginId ? { userLoginId: body.userLoginId } : {}) }, now);
    const result = await applyTransition(em, events, {
      entityName: Authorization,
      aggregateType: 'AUTHORIZATION',
      machine: authorizationMachine,
      entity: record,
      to: 'ACTIVE',
      set,
      source: 'NOTIFICATION',
      payload: tokenFacts(set),
      now,
    });
    return fromTransition(record.id, result);
  }
  if (type === 'TOKEN_CANCELED') {
    if (!body.accessToken) return ignored('TOKEN_CANCELED without accessToken');
    const record = await em.findOne(Authorization, { accessTokenHash: accessTokenHash(body.accessToken) }, { refresh: true });
    if (!record) return unmatched('no authorization holds that access token');
    const result = await applyTransition(em, events, {
      entityName: Authorization,
      aggregateType: 'AUTHORIZATION',
      machine: authorizationMachine,
      entity: record,
      to: 'REVOKED',
      set: { ...CLEARED, statusReason: body.reason ? `TOKEN_CANCELED: ${body.reason.slice(0, 200)}` : 'TOKEN_CANCELED' },
      source: 'NOTIFICATION',
      eventType: 'TOKEN_REVOKED',
      payload: { by: 'WALLET', ...(body.reason ? { reason: body.reason.slice(0, 256) } : {}) },
      now,
    });
    return fromTransition(record.id, result);
  }
  return ignored(`authorizationNotifyType ${type} is not acted on`);
}
