import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { isGraphQLErrorCode } from '../graphql/core/error-codes.js';
import type { GatewayMetrics } from './metrics.js';

/**
 * The label is the operation's first root field (`pay`, `payments`), not the caller's operation name: field names
 * come from our schema, so the series stay bounded whatever clients call their operations.
 */
export function rootField(operation: OperationDefinitionNode | null | undefined): string {
  const first = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return first && first.kind === Kind.FIELD ? first.name.value : 'unknown';
}

/** Duration and outcome of every HTTP GraphQL operation (outcome: ok, or the closed extensions.code of the first error). */
export function graphqlMetricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation: OperationDefinitionNode | null | undefined;
      return {
        async didResolveOperation(context) {
          operation = context.operation;
        },
        async willSendResponse({ response }) {
          // The errors as sent: formatError has already put one of the closed codes on each.
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const code = body?.errors?.[0]?.extensions?.code;
          const outcome = body?.errors?.length ? (isGraphQLErrorCode(code) ? code : 'INTERNAL') : 'ok';
          metrics.graphqlDuration.observe(
            { operation: rootField(operation), type: operation?.operation ?? 'unknown', outcome },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}
