import type { EntityManager } from '@mikro-orm/postgresql';
import { Authorization } from './authorization.entity.js';

/**
 * Loads an authorization fresh from the database, encrypted secret columns included. The columns stay sealed here;
 * only the operation that needs a value opens it (token-secrets.ts), and the GraphQL mapping has no field for them.
 */
export function loadWithSecrets(em: EntityManager, id: string): Promise<Authorization | null> {
  return em.findOne(Authorization, { id }, { refresh: true });
}
