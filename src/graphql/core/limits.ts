import {
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { gatewayError } from './error-codes.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

interface Measure {
  depth: number;
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Depth counts nested fields; cost counts every field once, and multiplies what is under a paginated field by its
 * `first` argument (given, or the schema default). Introspection fields are free: the schema bounds them.
 * Written here rather than with graphql-query-complexity, whose ESM build loads graphql's .mjs files, a second
 * graphql realm next to the one type-graphql and Apollo use.
 */
function measure(walk: Walk, parent: GraphQLNamedType | undefined, set: SelectionSetNode | undefined, seen: Set<string>): Measure {
  if (!set) return { depth: 0, cost: 0 };
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
      const child = measure(walk, field ? getNamedType(field.type) : undefined, selection.selectionSet, seen);
      let multiplier = 1;
      const firstArg = field?.args.find((arg) => arg.name === 'first');
      if (firstArg) {
        const node = selection.arguments?.find((arg) => arg.name.value === 'first');
        const value = node ? valueFromAST(node.value, firstArg.type, walk.variables) : firstArg.defaultValue;
        if (typeof value === 'number' && value > 1) multiplier = value;
      }
      depth = Math.max(depth, 1 + child.depth);
      cost += 1 + multiplier * child.cost;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const child = measure(walk, typeName ? walk.schema.getType(typeName) ?? undefined : parent, selection.selectionSet, seen);
      depth = Math.max(depth, child.depth);
      cost += child.cost;
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || seen.has(name)) continue; // cycles are a validation error reported by graphql-js
      const child = measure(walk, walk.schema.getType(fragment.typeCondition.name.value) ?? undefined, fragment.selectionSet, new Set([...seen, name]));
      depth = Math.max(depth, child.depth);
      cost += child.cost;
    }
  }
  return { depth, cost };
}

export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation) ?? undefined;
  return measure({ schema, fragments, variables }, root, operation.selectionSet, new Set());
}

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
  const { depth, cost } = measureOperation(schema, document, operation, variables);
  if (depth > limits.maxDepth) {
    throw gatewayError('QUERY_TOO_COMPLEX', `Query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
  }
  if (cost > limits.maxCost) {
    throw gatewayError('QUERY_TOO_COMPLEX', `Query cost ${cost} exceeds the limit of ${limits.maxCost}`);
  }
}
