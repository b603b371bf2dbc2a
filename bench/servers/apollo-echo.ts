// Baseline: a bare Apollo Server 5 + express 5 echo mutation — no database, no crypto. The ceiling any GraphQL
// mutation on this machine can approach.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const typeDefs = `type Query { ok: Boolean! } type Mutation { echo(value: String!): String! }`;
const resolvers = { Query: { ok: () => true }, Mutation: { echo: (_: unknown, args: { value: string }) => args.value } };

const apollo = new ApolloServer({ typeDefs, resolvers });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = createServer(app);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`READY http://127.0.0.1:${port}/graphql`);
});
process.on('SIGTERM', () => {
  server.close();
  void apollo.stop().then(() => process.exit(0));
});
