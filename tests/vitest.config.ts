import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    globalSetup: ['tests/support/temp-root.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 60_000,
    // A build scenario's beforeAll runs `astro build`.
    hookTimeout: 120_000,
    // The build scenarios each run `astro build`, which shares caches in the project.
    fileParallelism: false,
  },
});
