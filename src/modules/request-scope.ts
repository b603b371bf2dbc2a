import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../shared/logger.js';
import { scopeToTenant } from '../persistence/tenant-filter.js';
import type { Actor } from './access/actor.js';
import { AccessDeniedError } from './errors.js';

/**
 * The unit of work every service method receives (design.md, house rule 9: the tenant is explicit).
 * `em` is a fork for this request only, with the tenant filter set to the actor's merchant (or all merchants for a
 * platform admin), so a forgotten `where merchant = …` still cannot leak another tenant's rows.
 */
export interface RequestScope {
  readonly requestId: string;
  readonly actor: Actor;
  readonly em: EntityManager;
  readonly logger: Logger;
}

/**
 * The fork and the child logger are made on first use: the single-statement paths (a plain pay) need neither, and
 * building them is a measurable part of such a request's CPU.
 */
export function createRequestScope(rootEm: EntityManager, actor: Actor, requestId: string, logger: Logger): RequestScope {
  let em: EntityManager | undefined;
  let child: Logger | undefined;
  return {
    requestId,
    actor,
    get em() {
      if (!em) {
        em = rootEm.fork({ clear: true });
        scopeToTenant(em, { merchantId: visibleMerchant(actor) });
      }
      return em;
    },
    get logger() {
      return (child ??= logger.child({ requestId, keyId: actor.keyId }));
    },
  };
}

/** The merchant whose records an actor sees; null: every merchant's (a platform admin). */
export function visibleMerchant(actor: Actor): string | null {
  return actor.role === 'PLATFORM_ADMIN' ? null : actor.merchantId;
}

/** Defence in depth under the GraphQL auth checker: admin-only service methods call this first. */
export function requirePlatformAdmin(scope: RequestScope): void {
  if (scope.actor.role !== 'PLATFORM_ADMIN') throw new AccessDeniedError('platform admin only');
}

/** Defence in depth: an operation on a merchant's own records refuses an actor without a merchant. */
export function requireMerchant(scope: RequestScope): void {
  merchantIdOf(scope);
}

/** The merchant a merchant-role actor may act on; admins must name one. */
export function merchantIdOf(scope: RequestScope): string {
  if (scope.actor.merchantId === null) throw new AccessDeniedError('this operation needs a merchant API key');
  return scope.actor.merchantId;
}
