import type { Actor } from '../../modules/access/actor.js';
import type { RequestScope } from '../../modules/request-scope.js';
import type { Services } from '../../modules/services.js';
import type { Logger } from '../../shared/logger.js';
import { unauthenticated } from './error-codes.js';

/** What every resolver receives. `scope` carries the forked, tenant-filtered entity manager. */
export interface GraphQLContext {
  readonly requestId: string;
  readonly auth: Actor | null;
  readonly scope: RequestScope | null;
  readonly services: Services;
  readonly logger: Logger;
  /** Set for operations over graphql-ws: lets a subscription close its socket (slow subscriber, close code 4008). */
  readonly connection?: { close(code: number, reason: string): void };
  /** Per-subscription event buffer bound (SUBSCRIPTION_BUFFER_EVENTS). */
  readonly subscriptionBuffer?: number;
}

export function requireScope(context: GraphQLContext): RequestScope {
  if (!context.scope) throw unauthenticated();
  return context.scope;
}
