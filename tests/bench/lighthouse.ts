// Runs Lighthouse (mobile) on the built site, served on localhost, with the same Chromium as
// the tests, and prints the four category scores of the home page and a section page.
// Usage: npm run lighthouse [-- --no-build]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { loadLibrary } from '../../src/library/load-library.ts';
import { launchOptions } from '../support/chromium.ts';
import { startServer } from '../support/local-server.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4341);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('astro build failed; run npm run build to see why');
}
const [interview] = loadLibrary().interviews;
const pages = [
  ['home', '/'],
  ['section', `/${interview?.id}/${interview?.sections[0]?.id}/`],
  ['section (en)', `/en/${interview?.id}/${interview?.sections[0]?.id}/`],
];

const server = await startServer('dist', PORT);
const chrome = await chromeLauncher.launch({
  ...(launchOptions.executablePath ? { chromePath: launchOptions.executablePath } : {}),
  chromeFlags: ['--headless=new', ...(launchOptions.args ?? [])],
});
let below = 0;
try {
  console.log(`Lighthouse (mobile) on http://localhost:${PORT}`);
  console.log(`${'page'.padEnd(16)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const [name, path] of pages) {
    const result = await lighthouse(`http://localhost:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    below += scores.filter((score) => score < 100).length;
    console.log(`${(name ?? '').padEnd(16)}${scores.map((s) => String(s).padStart(16)).join('')}`);
    if (scores.some((score) => score < 100)) {
      for (const audit of Object.values(result?.lhr.audits ?? {})) {
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary') {
          console.log(`    ${audit.id}: ${audit.title}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
console.log(below === 0 ? 'All 100.' : `${below} scores below 100.`);
process.exitCode = below === 0 ? 0 : 1;
