import type { NextHook } from '../subscriptions/next-frames.js';
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
  /**
   * Over graphql-ws: a fresh context for the same caller with no connection — what a subscription group executes
   * with, so that it keeps no subscriber's socket alive (see graphql/subscriptions/subscription-group.ts).
   */
  readonly forGroup?: () => GraphQLContext;
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
  /** Whether the socket is still open (a closed one ends the subscription: nothing more can reach it). */
  isOpen(): boolean;
  /** Bytes written to the socket before this tick and not yet taken by the kernel (a slow reader's backlog). */
  unsentBytes(): number;
  /** Subscriptions sharing the socket (its backlog is theirs together). */
  subscriptionsOnSocket(): number;
  /** graphql-ws's `onNext` hook for this operation (graphql/subscriptions/next-frames.ts). */
  readonly onNext: NextHook;
}

export function requireScope(context: GraphQLContext): RequestScope {
  if (!context.scope) throw unauthenticated();
  return context.scope;
}
