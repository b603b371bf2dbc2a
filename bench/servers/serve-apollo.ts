// The bare Apollo 5 + express 5 server the baseline benches run: no plugins, no context, JSON body parsing only.
// Prints `READY <url>` for bench/lib/child.ts and stops on SIGTERM.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

export async function serveApollo(options: ApolloServerOptions<BaseContext>): Promise<void> {
  const apollo = new ApolloServer(options);
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
}
