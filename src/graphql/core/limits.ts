import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { gatewayError } from './error-codes.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection is bounded by the schema itself
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visited));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visited.has(name)) continue; // a cycle is a validation error reported by graphql-js
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...visited, name])));
    }
  }
  return deepest;
}

/** Lists cost their page size (`first`) times their children. */
const paginationEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = args?.first;
  return typeof first === 'number' ? 1 + Math.max(first, 1) * childComplexity : undefined;
};

/**
 * Rejects operations that are too deep or too expensive before they run. Used by the HTTP server (Apollo
 * plugin) and by graphql-ws (onSubscribe), so both transports enforce the same limits.
 */
export function enforceQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depth = depthOf(operation.selectionSet, fragments, new Set());
  if (depth > limits.maxDepth) {
    throw gatewayError('QUERY_TOO_COMPLEX', `Query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
  }
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    ...(operation.name ? { operationName: operation.name.value } : {}),
    estimators: [paginationEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  if (cost > limits.maxCost) {
    throw gatewayError('QUERY_TOO_COMPLEX', `Query cost ${cost} exceeds the limit of ${limits.maxCost}`);
  }
}
