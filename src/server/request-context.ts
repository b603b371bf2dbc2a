import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../graphql/core/context.js';
import { forbidden, rateLimited, unauthenticated } from '../graphql/core/error-codes.js';
import type { Actor } from '../modules/access/actor.js';
import { createRequestScope } from '../modules/request-scope.js';
import type { Services } from '../modules/services.js';
import { newId } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';

export interface ContextDependencies {
  rootEm: EntityManager;
  services: Services;
  logger: Logger;
  /** SUBSCRIPTION_BUFFER_EVENTS, handed to subscriptions through their context. */
  subscriptionBuffer?: number;
}

/** A caller-supplied X-Request-Id is kept when it is short and printable (it ends up in logs); else we make one. */
export function requestIdFrom(header: string | undefined): string {
  return header && /^[A-Za-z0-9._:-]{8,100}$/.test(header) ? header : newId('req_');
}

/**
 * Resolves a credential (`Bearer <key>` from a header or websocket connectionParams) to an Actor.
 * No credential ⇒ null (only introspection works then); a bad credential ⇒ UNAUTHENTICATED at once.
 */
export async function authenticateCredential(value: unknown, services: Services): Promise<Actor | null> {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw unauthenticated('Authorization must be a string: Bearer <API key>');
  // GraphiQL's header template ("Bearer " with no key yet) counts as no credential, so the IDE can introspect.
  if (/^\s*(Bearer)?\s*$/i.test(value)) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value.trim());
  if (!match) throw unauthenticated('Authorization must be "Bearer <API key>"');
  const result = await services.authenticator.authenticate(match[1]!);
  if (result.ok) return result.actor;
  if (result.reason === 'MERCHANT_DISABLED') throw forbidden('Forbidden: the merchant of this API key is disabled');
  throw unauthenticated('The API key is invalid or revoked');
}

/** The caller's key and merchant limits (HTTP requests and graphql-ws subscribes alike); throws RATE_LIMITED. */
export async function enforceRateLimit(actor: Actor | null, services: Services): Promise<void> {
  if (!actor) return;
  const verdict = await services.rateLimits.forRequest(actor);
  if (!verdict.allowed) throw rateLimited(verdict.scope, verdict.retryAfterSeconds);
}

/**
 * The scope (an entity-manager fork) and the child logger are built on first use: a long-lived subscription that
 * only forwards events never needs them, and at thousands of idle subscriptions they are most of the memory.
 */
export function buildGraphQLContext(deps: ContextDependencies, actor: Actor | null, requestId: string): GraphQLContext {
  let scope: GraphQLContext['scope'] | undefined;
  let logger: GraphQLContext['logger'] | undefined;
  return {
    requestId,
    auth: actor,
    get scope() {
      return (scope ??= actor ? createRequestScope(deps.rootEm, actor, requestId, deps.logger) : null);
    },
    services: deps.services,
    get logger() {
      return (logger ??= deps.logger.child({ requestId }));
    },
  };
}
