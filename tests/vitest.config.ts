import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    globalSetup: ['tests/support/temp-root.ts'],
    testTimeout: 60_000,
    // Vitest's default leaves a core idle (on 2 cores, one worker); the unit tests are CPU-bound.
    maxWorkers: availableParallelism(),
    // Inline projects inherit the options above (Vitest 5).
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // A build scenario's beforeAll runs `astro build`.
          hookTimeout: 120_000,
          // The build scenarios each run `astro build`, which shares caches in the project.
          fileParallelism: false,
        },
      },
    ],
  },
});
