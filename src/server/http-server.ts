import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLContext } from '../graphql/core/context.js';
import { formatGatewayError } from '../graphql/core/format-error.js';
import type { QueryLimits } from '../graphql/core/limits.js';
import { errorLoggingPlugin, operationLogPlugin, queryLimitsPlugin } from './apollo-plugins.js';
import { CONSOLE_PATH, consoleRouter } from './console.js';
import { openConsoleBundle } from './console-bundle.js';
import { GRAPHIQL_PATH, graphiqlRouter, sendGraphiql } from './graphiql.js';
import { healthRouter, type Readiness } from './health.js';
import { authenticateCredential, buildGraphQLContext, enforceRateLimit, requestIdFrom, type ContextDependencies } from './request-context.js';
import { attachGraphQLWebSocket } from './websocket.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics-plugin.js';
import { metricsRouter } from '../observability/metrics-route.js';
import { graphqlTracingMiddleware, graphqlTracingPlugin } from '../observability/graphql-tracing.js';
import type { Secret } from '../shared/secret.js';

export const GRAPHQL_PATH = '/graphql';

export interface HttpServerOptions extends ContextDependencies {
  schema: GraphQLSchema;
  limits: QueryLimits;
  bodyLimit: string;
  readiness: () => Promise<Readiness>;
  /** Routes with their own body parsing (the AMS notification receiver reads raw bytes), mounted before JSON. */
  routes?: Router[];
  /** Served on GET /metrics (METRICS_TOKEN, or loopback only) and fed with GraphQL and websocket figures. */
  metrics?: { registry: GatewayMetrics; token: Secret<string> | undefined };
}

export interface RunningHttpServer {
  readonly server: Server;
  readonly port: number;
  /** Stops accepting, lets in-flight HTTP requests finish, closes websockets. */
  close(): Promise<void>;
}

function wantsHtml(req: Request): boolean {
  return req.method === 'GET' && req.query.query === undefined && (req.headers.accept ?? '').includes('text/html');
}

/** JSON, never express's HTML error page (which would print a stack trace in development). */
function jsonErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(err);
    return;
  }
  const status = (err as { status?: number }).status ?? 500;
  const tooLarge = (err as { type?: string }).type === 'entity.too.large';
  const message = tooLarge
    ? 'Request body too large'
    : status < 500
      ? 'Malformed request body'
      : 'Internal error. Quote the request id to the operator.';
  res.status(status).json({
    errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL', requestId: res.locals.requestId } }],
  });
}

export async function startHttpServer(options: HttpServerOptions, listen: { port: number; host: string }): Promise<RunningHttpServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const httpServer = createServer(app);
  const websocket = attachGraphQLWebSocket(httpServer, GRAPHQL_PATH, options.schema, options.limits, options);
  const consoleBundle = await openConsoleBundle();

  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handlers would race our drain (and hang it).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { drainServer: async () => { await websocket.dispose(); await consoleBundle.close(); } }; } },
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin(options.schema, options.limits),
      errorLoggingPlugin(options.logger),
      operationLogPlugin(options.logger),
      ...(options.metrics ? [graphqlMetricsPlugin(options.metrics.registry)] : []),
      graphqlTracingPlugin(),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.header('x-request-id'));
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });
  app.use(healthRouter(options.readiness));
  if (options.metrics) {
    const { registry, token } = options.metrics;
    registry.gauge('agw_websocket_connections', 'Open graphql-ws sockets', [], (gauge) => gauge.set(websocket.stats().sockets));
    registry.gauge('agw_subscriptions', 'graphql-ws operations running on open sockets', [], (gauge) => gauge.set(websocket.stats().subscriptions));
    app.use(metricsRouter(registry, token));
  }
  for (const router of options.routes ?? []) app.use(router);
  app.use(GRAPHIQL_PATH, graphiqlRouter());
  app.use(CONSOLE_PATH, consoleRouter(consoleBundle));
  app.get('/', (_req, res) => res.redirect(GRAPHIQL_PATH));
  app.use(
    GRAPHQL_PATH,
    (req, res, next) => (wantsHtml(req) ? sendGraphiql(req, res) : next()),
    express.json({ limit: options.bodyLimit }),
    // After the body is read: from here on the request runs in its span's context (tracing on).
    graphqlTracingMiddleware(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        try {
          const actor = await authenticateCredential(req.headers.authorization, options.services);
          await enforceRateLimit(actor, options.services);
          return buildGraphQLContext(options, actor, requestId);
        } catch (error) {
          // Apollo masks it (formatError) but runs no request plugin for a failed context: log it here.
          if (!(error instanceof GraphQLError)) options.logger.error({ err: error, requestId }, 'unexpected error while authenticating');
          throw error;
        }
      },
    }),
  );
  app.use(jsonErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    server: httpServer,
    port,
    close() {
      // apollo.stop() runs the drain plugins: the HTTP server stops accepting and waits for in-flight requests
      // (with a grace period), and the websocket server is disposed.
      closing ??= apollo.stop();
      return closing;
    },
  };
}
