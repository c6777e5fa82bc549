import { defineConfig } from '@playwright/test';
import { launchOptions } from './support/chromium.ts';

const node = JSON.stringify(process.execPath);
// E2E_PORT moves both servers, so that two checkouts can run their tests side by side.
const ROOT_PORT = Number(process.env['E2E_PORT'] ?? 4329);
const BASE_PORT = ROOT_PORT + 2;
const BASE_DIST = 'tests/e2e/base-path/dist';

export default defineConfig({
  testDir: './e2e',
  globalSetup: './support/temp-root.ts',
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: true,
  // On 2 cores, more workers gained nothing in CI (8.0 min with 4 against 8.1–8.4 with 2) and
  // overloaded the test server with 6.
  workers: 2,
  reporter: 'list',
  use: {
    launchOptions,
    // The worker registers once a page is idle and downloads the site's shell: a third of the
    // time of a test that only reads a page. The offline project, which tests it, allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      testIgnore: /offline\.spec\.ts/,
      use: { baseURL: `http://localhost:${ROOT_PORT}/` },
    },
    {
      // The same site built for a sub-path: links, copy-link URLs and deep links must hold.
      name: 'base-path',
      testMatch:
        /(copy-link|links|deep-links|search|share|quote|qa-pages|csp|data-files)\.spec\.ts/,
      use: { baseURL: `http://localhost:${BASE_PORT}/reader/` },
    },
    {
      // Reading offline: builds its own sites (at / and /reader/, before and after a change)
      // and serves them itself, so that it can deploy a new build and cut the network.
      name: 'offline',
      testMatch: /offline\.spec\.ts/,
      timeout: 180_000,
      use: { serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: [
    {
      // `npm test` builds dist/ before it runs these tests.
      command: `${node} tests/support/serve.ts dist ${ROOT_PORT} /`,
      cwd: '..',
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `BASE=/reader/ ${node} node_modules/astro/bin/astro.mjs build --outDir ${BASE_DIST} && ${node} tests/support/serve.ts ${BASE_DIST} ${BASE_PORT} /reader/`,
      cwd: '..',
      url: `http://localhost:${BASE_PORT}/reader/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
