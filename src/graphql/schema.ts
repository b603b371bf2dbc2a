import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { accessGuard, authChecker } from './core/auth-checker.js';
import { RESOLVERS } from './resolvers.js';

/**
 * type-graphql requires a `pubSub` once a schema has subscriptions, but every `@Subscription` here gives its own
 * `subscribe` (event streams fed by Postgres LISTEN/NOTIFY, graphql/subscriptions) and nothing publishes through
 * type-graphql: a topic-based subscription or a `@PubSub` publish would be a mistake, so it fails loudly.
 */
const NO_TOPICS: PubSub = {
  publish(routingKey) {
    throw new Error(`no topic-based publishing (${routingKey}): events reach subscribers through the event log`);
  },
  subscribe(routingKey) {
    throw new Error(`no topic-based subscriptions (${routingKey}): give the @Subscription its own subscribe`);
  },
};

/** Builds the executable schema from a list of resolver classes (default: all of them). */
export async function buildGatewaySchema(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function> = RESOLVERS,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub: NO_TOPICS,
    authChecker,
    globalMiddlewares: [accessGuard],
    validate: false,
    emitSchemaFile: false,
  });
}
