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
  readonly connection?: SubscriberConnection;
  /** Per-subscription event buffer bound (SUBSCRIPTION_BUFFER_EVENTS). */
  readonly subscriptionBuffer?: number;
}

export interface SubscriberConnection {
  close(code: number, reason: string): void;
  /** Writing this operation's `next` messages straight to its socket (see graphql/subscriptions/direct-subscriber.ts). */
  readonly direct?: DirectConnection;
}

export interface DirectConnection {
  /** The graphql-ws operation id the messages carry. */
  readonly operationId: string;
  /** Sends one text message (UTF-8 bytes) if the socket is open (dropped otherwise: its closing ends the subscription). */
  send(message: Buffer): void;
  /** Bytes written to the socket earlier and not yet taken by the kernel (a slow reader's backlog). */
  unsentBytes(): number;
}

export function requireScope(context: GraphQLContext): RequestScope {
  if (!context.scope) throw unauthenticated();
  return context.scope;
}
