import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../graphql/core/context.js';
import { classifyError } from '../graphql/core/format-error.js';
import { guardOperationInputs } from '../graphql/core/input-guard.js';
import { enforceQueryLimits, type QueryLimits } from '../graphql/core/limits.js';
import type { Logger } from '../shared/logger.js';
import { rootField } from '../observability/graphql-metrics-plugin.js';

/** The input rule, then depth and cost limits, checked once the operation is known and before anything executes. */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          guardOperationInputs(schema, document, operation, request.variables ?? {});
          enforceQueryLimits(schema, document, operation, request.variables ?? {}, limits);
        },
      };
    },
  };
}

/**
 * Logs the originals of errors that formatError masks as INTERNAL, with the request id the client sees in the
 * X-Request-Id header, so an operator can find them.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (classifyError(error) !== 'INTERNAL') continue;
            (contextValue?.logger ?? logger).error(
              { err: unwrapResolverError(error), path: error.path, operationName, requestId: contextValue?.requestId },
              'unexpected error in GraphQL request',
            );
          }
        },
      };
    },
  };
}

/**
 * One debug record per GraphQL operation (root field, type, outcome), on the request's logger: with LOG_LEVEL=debug
 * an operator sees every operation with its request id (and trace id when tracing is on).
 */
export function operationLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      // The request's child logger is built lazily (context.ts): not at all unless debug is on.
      if (!logger.isLevelEnabled('debug')) return {};
      return {
        async willSendResponse({ operation, response }) {
          const log = contextValue?.logger ?? logger;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const code = body?.errors?.[0]?.extensions?.code;
          log.debug({ operation: rootField(operation), type: operation?.operation ?? 'unknown', outcome: body?.errors?.length ? String(code ?? 'INTERNAL') : 'ok' }, 'graphql operation');
        },
      };
    },
  };
}
