import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { accessGuard, authChecker } from './core/auth-checker.js';
import { RESOLVERS } from './resolvers.js';

/**
 * Builds the executable schema from a list of resolver classes (default: all of them). `pubSub` can be passed in
 * when subscriptions land (type-graphql 2 takes a @graphql-yoga/subscription PubSub).
 */
export async function buildGatewaySchema(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function> = RESOLVERS,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    globalMiddlewares: [accessGuard],
    validate: false,
    emitSchemaFile: false,
  });
}
