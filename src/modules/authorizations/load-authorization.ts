import type { EntityManager } from '@mikro-orm/postgresql';
import { problem, type Problem } from '../outcome.js';
import { InputChecker } from '../shared/input-checks.js';
import type { AuthorizationErrorCode } from './authorization-errors.js';
import { Authorization } from './authorization.entity.js';

/**
 * Loads an authorization fresh from the database, encrypted secret columns included. The columns stay sealed here;
 * only the operation that needs a value opens it (token-secrets.ts), and the GraphQL mapping has no field for them.
 */
export function loadWithSecrets(em: EntityManager, id: string): Promise<Authorization | null> {
  return em.findOne(Authorization, { id }, { refresh: true });
}

/**
 * The authorization an operation on an existing one names (refreshToken, revoke): the id checked, the record loaded
 * with its secrets, or the problem to answer with.
 */
export async function loadNamedAuthorization(
  em: EntityManager,
  authorizationIdInput: string,
): Promise<{ ok: true; record: Authorization } | { ok: false; problems: Problem<AuthorizationErrorCode>[] }> {
  const check = new InputChecker<AuthorizationErrorCode>();
  const authorizationId = check.required('authorizationId', authorizationIdInput, 64);
  if (!check.ok || authorizationId === undefined) return { ok: false, problems: check.problems };
  const record = await loadWithSecrets(em, authorizationId);
  if (!record) return { ok: false, problems: [problem('NOT_FOUND', 'authorizationId', `no authorization ${authorizationId}`)] };
  return { ok: true, record };
}
