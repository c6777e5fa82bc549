import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
  test: {
    root,
    globalSetup: ['tests/support/temp-root.ts'],
    // Vitest's default leaves one of 2 cores idle; the unit tests are mostly CPU-bound.
    maxWorkers: 2,
    projects: [
      {
        test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 60_000,
          // A build scenario's beforeAll runs `astro build`.
          hookTimeout: 120_000,
          // The build scenarios each run `astro build`, which shares caches in the project.
          fileParallelism: false,
        },
      },
    ],
  },
});
