// The floor of any pay through GraphQL on this stack: the bare Apollo 5 + express 5 server of the echo (serve-apollo.ts) whose
// mutation sends a signed AMS pay with the project's AMS client (sign, axios, verify the answer's signature) and
// answers with the result status. No database, no tenancy, no idempotency, no rate limits, no events: what is left of
// the gateway's pay when all of its bookkeeping is taken away. The configuration comes from the bench (env).
import { randomUUID } from 'node:crypto';
import { AmsClient } from '../../src/ams/index.js';
import { serveApollo } from './serve-apollo.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const client = new AmsClient({
  clientId: env('FLOOR_CLIENT_ID'),
  baseUrl: env('FLOOR_SANDBOX_URL'),
  merchantPrivateKey: env('FLOOR_MERCHANT_PRIVATE_KEY'),
  alipayPublicKey: env('FLOOR_ALIPAY_PUBLIC_KEY'),
  retry: { maxAttempts: 1 },
});
const accessToken = env('FLOOR_ACCESS_TOKEN');

const typeDefs = `type Query { ok: Boolean! } type Mutation { pay(value: String!, currency: String!): String! }`;
const resolvers = {
  Query: { ok: () => true },
  Mutation: {
    pay: async (_: unknown, args: { value: string; currency: string }) => {
      const amount = { value: args.value, currency: args.currency };
      const result = await client.call('pay', {
        productCode: 'AGREEMENT_PAYMENT',
        paymentRequestId: `FLOOR_${randomUUID()}`,
        paymentAmount: amount,
        paymentMethod: { paymentMethodType: 'GCASH', paymentMethodId: accessToken },
        order: { referenceOrderId: 'bench', orderDescription: 'bench', orderAmount: amount },
      });
      return result.status;
    },
  },
};

await serveApollo({ typeDefs, resolvers });
