import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { GraphQLError, getOperationAST, parse, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { DirectConnection, SubscriberConnection } from '../graphql/core/context.js';
import { classifyError, formatGatewayError } from '../graphql/core/format-error.js';
import { guardOperationInputs } from '../graphql/core/input-guard.js';
import { enforceQueryLimits, type QueryLimits } from '../graphql/core/limits.js';
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
  const documents = new Map<string, DocumentNode>();
  /** graphql-ws's live operations of each authenticated socket. */
  const operationsBySocket = new Set<Record<string, unknown>>();
  const cleanup = useServer<Record<string, unknown>, { actor: Actor | null; connectionId: string; tcpSocket: Socket }>(
    {
      schema,
      // One execution per event and distinct subscription, shared by every subscriber (see shared-execution.ts).
      subscribe: shared.subscribe,
      async onConnect(ctx) {
        const params = ctx.connectionParams ?? {};
        try {
          ctx.extra.actor = await authenticateCredential(params.Authorization ?? params.authorization, deps.services);
        } catch (error) {
          if (!(error instanceof GraphQLError)) deps.logger.error({ err: error }, 'unexpected error while authenticating a websocket');
          return false;
        }
        if (ctx.extra.actor) authenticated.add(ctx.extra.socket, ctx.extra.actor);
        ctx.extra.connectionId = requestIdFrom(undefined);
        // The TCP socket ws writes to, for corked sends (corked-send.ts): the request's public handle on it.
        ctx.extra.tcpSocket = ctx.extra.request.socket;
        // graphql-ws keeps the upgrade request (headers and all) in `extra` for the socket's lifetime; nothing here
        // reads it after authentication, and it is a large share of an idle subscription's memory.
        delete (ctx.extra as { request?: unknown }).request;
        operationsBySocket.add(ctx.subscriptions);
        return true;
      },
      onClose(ctx) {
        operationsBySocket.delete(ctx.subscriptions);
      },
      async onSubscribe(ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        try {
          await enforceRateLimit(ctx.extra.actor ?? null, deps.services);
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
          if (documents.size >= DOCUMENT_CACHE_LIMIT) documents.delete(documents.keys().next().value!);
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
        const requestId = `${ctx.extra.connectionId ?? 'ws'}:${id}`;
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          // Object.assign, not a spread: the context's lazy getters (scope, logger) must stay lazy.
          contextValue: Object.assign(buildGraphQLContext(deps, ctx.extra.actor ?? null, requestId), {
            connection: new SocketSubscription(ctx.extra.socket, ctx.extra.tcpSocket!, id, ctx.subscriptions),
            forGroup: () => buildGraphQLContext(deps, ctx.extra.actor ?? null, `${ctx.extra.connectionId ?? 'ws'}:group`),
            ...(deps.subscriptionBuffer !== undefined ? { subscriptionBuffer: deps.subscriptionBuffer } : {}),
          }),
        };
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((error) => formatGatewayError(error.toJSON(), error));
      },
      onNext(_ctx, id, _payload, _args, result) {
        if (!result.errors) return;
        for (const error of result.errors) {
          if (classifyError(error) === 'INTERNAL') {
            deps.logger.error({ err: error.originalError ?? error, operationId: id }, 'unexpected error in subscription');
          }
        }
        return { ...result, errors: result.errors.map((error) => formatGatewayError(error.toJSON(), error)) };
      },
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
