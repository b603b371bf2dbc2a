import type { EntityManager } from '@mikro-orm/postgresql';
import { Authorization } from './authorization.entity.js';

const SECRET_COLUMNS = ['authCodeEncrypted', 'accessTokenEncrypted', 'refreshTokenEncrypted'] as const;

/** Loads an authorization with its (lazy, encrypted) secret columns, fresh from the database. */
export function loadWithSecrets(em: EntityManager, id: string): Promise<Authorization | null> {
  return em.findOne(Authorization, { id }, { populate: SECRET_COLUMNS as never, refresh: true });
}
