import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The build-time flags of build.mjs; unit tests run as the Chrome build.
  define: { __FIREFOX__: 'false', __CHROME__: 'true', __DEV__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
