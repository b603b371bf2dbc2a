import type { EntityManager } from '@mikro-orm/postgresql';
import type { Encryptor } from '../../persistence/encryption.js';
import type { EventBatch } from '../events/event-log.js';
import type { EventSource } from '../events/event.entity.js';
import { applyTransition, type TransitionResult } from '../shared/transition.js';
import { authorizationMachine, type AuthorizationStatus } from './authorization-status.js';
import { Authorization } from './authorization.entity.js';
import { sealToken } from './token-secrets.js';

/**
 * The user's authCode reached us (the redirect's applyToken, or the AUTHCODE_CREATED notification): sealed at rest,
 * AUTH_CODE_RECEIVED. Whichever path learns it first applies the transition; the other sees a no-op.
 */
export function receiveAuthCode(
  em: EntityManager,
  events: EventBatch,
  encryptor: Encryptor,
  record: Authorization,
  authCode: string,
  source: EventSource,
  now: Date,
): Promise<TransitionResult<AuthorizationStatus>> {
  return applyTransition(em, events, {
    entityName: Authorization,
    aggregateType: 'AUTHORIZATION',
    machine: authorizationMachine,
    entity: record,
    to: 'AUTH_CODE_RECEIVED',
    set: { authCodeEncrypted: sealToken(encryptor, record.id, 'auth_code', authCode), statusReason: null },
    source,
    now,
  });
}
