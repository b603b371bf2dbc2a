import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { GraphQLError, getOperationAST, parse, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { LRUCache } from 'lru-cache';
import { WebSocket, WebSocketServer } from 'ws';
import type { DirectConnection, SubscriberConnection } from '../graphql/core/context.js';
import { classifyError, formatGatewayError } from '../graphql/core/format-error.js';
import { guardOperationInputs } from '../graphql/core/input-guard.js';
import { enforceQueryLimits, type QueryLimits } from '../graphql/core/limits.js';
import type { NextHook } from '../graphql/subscriptions/next-frames.js';
import { SharedSubscriptionExecution } from '../graphql/subscriptions/shared-execution.js';
import type { Actor } from '../modules/access/actor.js';
import { AuthenticatedSockets } from './authenticated-sockets.js';
import { sendCorked, unsentBytes } from './corked-send.js';
import { authenticateCredential, buildGraphQLContext, enforceRateLimit, requestIdFrom, type ContextDependencies } from './request-context.js';

const DOCUMENT_CACHE_LIMIT = 500;

export interface WebSocketHandle {
  /** Open sockets and the graphql-ws operations running on them (read at metrics scrape time). */
  stats(): { sockets: number; subscriptions: number };
  /** Closes every socket (clients see 1001 Going Away) and the ws server. */
  dispose(): Promise<void>;
}

/**
 * graphql-ws on the same path as HTTP GraphQL. The API key comes in `connectionParams.Authorization` (or
 * `authorization`) at connection time; a bad key closes the socket with 4403 Forbidden before any operation, and so
 * does revoking that key or disabling its merchant later, from any instance (authenticated-sockets.ts).
 */
export function attachGraphQLWebSocket(
  httpServer: Server,
  path: string,
  schema: GraphQLSchema,
  limits: QueryLimits,
  deps: ContextDependencies,
): WebSocketHandle {
  const wsServer = new WebSocketServer({ server: httpServer, path, maxPayload: 100 * 1024 });
  const authenticated = new AuthenticatedSockets(deps.services.authenticator, deps.logger);
  const shared = new SharedSubscriptionExecution();
  const documents = new LRUCache<string, DocumentNode>({ max: DOCUMENT_CACHE_LIMIT });
  /** graphql-ws's live operations of each authenticated socket. */
  const operationsBySocket = new Set<Record<string, unknown>>();
  /** Ours, per socket: what onConnect learned (graphql-ws's `extra` stays as graphql-ws made it). */
  const connections = new WeakMap<WebSocket, SocketState>();
  const stateOf = (socket: WebSocket): SocketState => {
    const state = connections.get(socket);
    if (!state) throw new Error('websocket operation before its connection was accepted');
    return state;
  };
  const onNext = (_ctx: unknown, id: string, _payload: unknown, _args: unknown, result: ExecutionResult): FormattedExecutionResult | void => {
    if (!result.errors) return;
    for (const error of result.errors) {
      if (classifyError(error) === 'INTERNAL') {
        deps.logger.error({ err: error.originalError ?? error, operationId: id }, 'unexpected error in subscription');
      }
    }
    return { ...result, errors: result.errors.map((error) => formatGatewayError(error.toJSON(), error)) };
  };
  const cleanup = useServer(
    {
      schema,
      // One execution per event and distinct subscription, shared by every subscriber (see shared-execution.ts).
      subscribe: shared.subscribe,
      async onConnect(ctx) {
        const params = ctx.connectionParams ?? {};
        let actor: Actor | null;
        try {
          actor = await authenticateCredential(params.Authorization ?? params.authorization, deps.services);
        } catch (error) {
          if (!(error instanceof GraphQLError)) deps.logger.error({ err: error }, 'unexpected error while authenticating a websocket');
          return false;
        }
        if (actor) authenticated.add(ctx.extra.socket, actor);
        // The TCP socket ws writes to, for corked sends (corked-send.ts): the upgrade request's public handle on it.
        connections.set(ctx.extra.socket, { actor, connectionId: requestIdFrom(undefined), tcpSocket: ctx.extra.request.socket });
        operationsBySocket.add(ctx.subscriptions);
        return true;
      },
      onClose(ctx) {
        operationsBySocket.delete(ctx.subscriptions);
      },
      async onSubscribe(ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const state = stateOf(ctx.extra.socket);
        try {
          await enforceRateLimit(state.actor, deps.services);
        } catch (error) {
          return [error as GraphQLError];
        }
        // Thousands of subscribers send the same few documents: parse and validate each text once and share the
        // (immutable) AST — it is most of an idle subscription's memory otherwise.
        let document = documents.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query);
          } catch (error) {
            return [error as GraphQLError];
          }
          const validationErrors = validate(schema, document);
          if (validationErrors.length > 0) return validationErrors;
          documents.set(payload.query, document);
        }
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation) return [new GraphQLError('Could not determine the operation to run')];
        try {
          guardOperationInputs(schema, document, operation, payload.variables ?? {});
          enforceQueryLimits(schema, document, operation, payload.variables ?? {}, limits);
        } catch (error) {
          return [error as GraphQLError];
        }
        const requestId = `${state.connectionId}:${id}`;
        // The same hook graphql-ws calls for this operation, for the frames the direct path writes (direct-feed.ts).
        const hook = (result: ExecutionResult) => onNext(ctx, id, payload, args, result);
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          // Object.assign, not a spread: the context's lazy getters (scope, logger) must stay lazy.
          contextValue: Object.assign(buildGraphQLContext(deps, state.actor, requestId), {
            connection: new SocketSubscription(ctx.extra.socket, state.tcpSocket, id, ctx.subscriptions, hook),
            forGroup: () => buildGraphQLContext(deps, state.actor, `${state.connectionId}:group`),
            ...(deps.subscriptionBuffer !== undefined ? { subscriptionBuffer: deps.subscriptionBuffer } : {}),
          }),
        };
        return args;
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((error) => formatGatewayError(error.toJSON(), error));
      },
      onNext,
    },
    wsServer,
  );
  return {
    stats() {
      let subscriptions = 0;
      for (const operations of operationsBySocket) subscriptions += Object.keys(operations).length;
      return { sockets: wsServer.clients.size, subscriptions };
    },
    async dispose() {
      authenticated.dispose();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/** What a socket's connection established, kept for its operations. */
interface SocketState {
  actor: Actor | null;
  connectionId: string;
  /** The TCP socket under the websocket (corked sends, backlog). */
  tcpSocket: Socket;
}

/**
 * One subscription's handle on its socket. A class, not closures: there is one per subscription, and its methods are
 * shared (memory per idle subscription).
 */
class SocketSubscription implements SubscriberConnection, DirectConnection {
  constructor(
    private readonly socket: WebSocket,
    /** The TCP socket under `socket` (corked sends, backlog). */
    private readonly tcpSocket: Socket,
    readonly operationId: string,
    /** graphql-ws's live operations on this socket. */
    private readonly operations: Record<string, unknown>,
    readonly onNext: NextHook,
  ) {}

  get direct(): DirectConnection {
    return this;
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  send(message: Buffer): void {
    if (this.socket.readyState === WebSocket.OPEN) sendCorked(this.socket, this.tcpSocket, message);
  }

  isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  unsentBytes(): number {
    return unsentBytes(this.socket, this.tcpSocket);
  }

  subscriptionsOnSocket(): number {
    return Math.max(1, Object.keys(this.operations).length);
  }
}
