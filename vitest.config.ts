import { defineConfig } from 'vitest/config';

// Build-time flags (build.mjs defines them per browser); tests run the Chrome flavour.
const define = { __FIREFOX__: 'false', __CHROME__: 'true', __DEV__: 'true' };

export default defineConfig({
  define,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
  },
});
