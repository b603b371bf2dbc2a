import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Integration tests start real servers (sandbox, gateway, Postgres) on free ports; give them room,
// but keep files parallel only up to the 2 cores CI has.
export default defineConfig({
  resolve: {
    // Vite would resolve our `import 'graphql'` to graphql's index.mjs while type-graphql and Apollo (loaded by
    // Node) get index.js: two graphql realms, and "Cannot use GraphQLObjectType from another module or realm".
    // Pin the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One embedded Postgres for the whole run; each test file makes its own database on it.
    globalSetup: ['test/helpers/postgres-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
