// Baseline: a bare Apollo Server 5 + express 5 echo mutation — no database, no crypto. The ceiling any GraphQL
// mutation on this machine can approach.
import { serveApollo } from './serve-apollo.js';

const typeDefs = `type Query { ok: Boolean! } type Mutation { echo(value: String!): String! }`;
const resolvers = { Query: { ok: () => true }, Mutation: { echo: (_: unknown, args: { value: string }) => args.value } };

await serveApollo({ typeDefs, resolvers });
