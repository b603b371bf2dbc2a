import { getOperationAST, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { measureOperation } from '../../../src/graphql/core/limits.js';
import { buildGatewaySchema } from '../../../src/graphql/schema.js';

describe('query depth and cost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGatewaySchema();
  });
  const measure = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return measureOperation(schema, document, getOperationAST(document)!, variables);
  };

  it('counts depth through fragments and ignores introspection', () => {
    expect(measure('{ viewer { role } }')).toEqual({ depth: 2, cost: 2 });
    expect(measure('fragment F on Merchant { credentials { keyVersion } } { viewer { merchant { ...F } } }').depth).toBe(4);
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(0);
  });

  it('multiplies paginated children by first, from a literal, a variable or the default', () => {
    const q = (first: string) => `{ merchants${first} { nodes { id name } } }`;
    expect(measure(q('(first: 10)')).cost).toBe(1 + 10 * 3);
    expect(measure('query($n: Int!) { merchants(first: $n) { nodes { id name } } }', { n: 50 }).cost).toBe(1 + 50 * 3);
    expect(measure(q('')).cost).toBe(1 + 20 * 3);
  });
});
