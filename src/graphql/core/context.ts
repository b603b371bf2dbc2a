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
}

export function requireScope(context: GraphQLContext): RequestScope {
  if (!context.scope) throw unauthenticated();
  return context.scope;
}
