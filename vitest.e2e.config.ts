import { defineConfig } from 'vitest/config';

/** Real-browser tests: one file at a time (2 cores, heavy browsers), generous timeouts. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
