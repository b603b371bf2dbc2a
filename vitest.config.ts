import { defineConfig } from 'vitest/config';

// Integration tests start real servers (sandbox, gateway, Postgres) on free ports; give them room,
// but keep files parallel only up to the 2 cores CI has.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
