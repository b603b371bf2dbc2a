import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type BuildSchemaOptions, type NonEmptyArray } from 'type-graphql';
import { accessGuard, authChecker } from './core/auth-checker.js';
import { RESOLVERS } from './resolvers.js';

export type GatewayPubSub = NonNullable<BuildSchemaOptions['pubSub']>;

/**
 * Builds the executable schema from a list of resolver classes (default: all of them). `@Subscription` resolvers
 * publish and listen through `pubSub`: the default is in-process; for several instances pass one created with
 * `createPubSub({ eventTarget })` over an event target fed by Postgres LISTEN/NOTIFY (design.md, events).
 */
export async function buildGatewaySchema(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function> = RESOLVERS,
  pubSub: GatewayPubSub = createPubSub(),
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub,
    authChecker,
    globalMiddlewares: [accessGuard],
    validate: false,
    emitSchemaFile: false,
  });
}
