// Measures the built site in headless Chromium against the budgets in PRODUCT.md: the bytes
// (gzip) of the first view of a page, the first search (bytes, and time from the last
// keystroke to results). Recall is checked by npm test (tests/e2e/search-sweep.spec.ts).
// With --interviews N it builds a synthetic library of N interviews instead (in a temporary
// folder) and prints build time, pages, sizes and the first search.
// Usage: npm run bench [-- --no-build] | npm run bench -- --interviews 100
// Options: --runs N (cold runs per search measurement, default 5), --waterfall (print where the
// first search's time goes: requests and the client's `search:` marks).
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../src/library/load-library.ts';
import { launchOptions } from '../support/chromium.ts';
import { measureSearch, wireBytes, type Protocol, type SearchMeasure } from './search-timing.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4340);
const ORIGIN = `http://localhost:${PORT}`;
const KB = 1024;
const BUDGET = {
  htmlCss: 14 * KB,
  js: 3 * KB,
  total: 40 * KB,
  searchBytes: 100 * KB,
  searchMs: 150,
  laterMs: 50,
};
const flagValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
/** Cold runs per search measurement (median reported). */
const RUNS = Number(flagValue('--runs') ?? 5);

/**
 * Measures the first and later searches on `path`, pasted and typed; prints them with the
 * budgets they miss, and the waterfall of a median first search. Returns the number missed.
 */
async function searchReport(label: string, path: string): Promise<number> {
  let missed = 0;
  for (const protocol of ['pasted', 'typed'] as Protocol[]) {
    const m: SearchMeasure = await measureSearch(ORIGIN, path, protocol, RUNS);
    const flags = [
      m.bytes > BUDGET.searchBytes ? 'first search over 100 KB' : '',
      m.firstMs > BUDGET.searchMs ? 'first search over 150 ms' : '',
      m.laterMs > BUDGET.laterMs ? 'later searches over 50 ms' : '',
    ].filter(Boolean);
    missed += flags.length;
    console.log(
      `${label} search (${protocol}, median of ${m.runs}): first ${format(m.bytes).trim()} in ${m.requests} requests, ${Math.round(m.firstMs)} ms; later ${Math.round(m.laterMs)} ms  ${flags.join(', ')}`,
    );
    if (process.argv.includes('--waterfall')) {
      console.log(
        `  first search, from the last keystroke:\n${m.waterfall.map((l) => `  ${l}`).join('\n')}`,
      );
    }
  }
  return missed;
}

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string): Kind =>
  (({ document: 'html', stylesheet: 'css', script: 'js', font: 'font' }) as Record<string, Kind>)[
    type
  ] ?? 'other';

function pagesToMeasure(): [string, string][] {
  const [interview] = loadLibrary().interviews;
  if (!interview) throw new Error('no interview in content/');
  // The longest section is the heaviest first view of a section page.
  const longest = [...interview.sections].sort(
    (a, b) => JSON.stringify(b).length - JSON.stringify(a).length,
  )[0];
  const section = `/${interview.id}/${longest?.id}/`;
  return [
    ['home (kk)', '/'],
    ['home (en)', '/en/'],
    [`section ${longest?.id} (kk)`, section],
    [`section ${longest?.id} (en)`, `/en${section}`],
    ['whole interview (kk)', `/${interview.id}/`],
    ['whole interview (en)', `/en/${interview.id}/`],
  ];
}

/** Counts what the page downloads, by kind; `responses` lists each download's URL. */
function meter(page: Page): {
  totals: Record<Kind, number>;
  responses: { url: string; kind: Kind; bytes: number }[];
  settle: () => Promise<void>;
  reset: () => void;
} {
  const totals: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const responses: { url: string; kind: Kind; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.request().resourceType());
    pending.push(
      response
        .body()
        .then((body) => {
          const bytes = wireBytes(response.url(), body, kind === 'font');
          totals[kind] += bytes;
          responses.push({ url: response.url(), kind, bytes });
        })
        .catch(() => undefined),
    );
  });
  return {
    totals,
    responses,
    settle: async () => {
      await Promise.all(pending);
    },
    reset: () => {
      for (const key of Object.keys(totals) as Kind[]) totals[key] = 0;
    },
  };
}

/**
 * What a page downloads for its first view: every request made before its load event. `later`
 * is what it fetches after that without the reader doing anything (the whole-interview page's
 * later sections, the favicon), until the network is idle.
 */
async function measure(path: string): Promise<Record<Kind, number> & { later: number }> {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage();
  const { responses, settle } = meter(page);
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  await settle();
  // The page's own clock says which requests started after its load event.
  const afterLoad = new Set(
    await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const loaded = (navigation as PerformanceNavigationTiming).loadEventStart;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= loaded)
        .map((entry) => entry.name);
    }),
  );
  await browser.close();
  const first: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  let later = 0;
  for (const { url, kind, bytes } of responses) {
    if (afterLoad.has(url)) later += bytes;
    else first[kind] += bytes;
  }
  return { ...first, later };
}

const format = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`.padStart(9);

function serve(dir: string): () => void {
  const server = spawn(
    process.execPath,
    [join('tests', 'support', 'serve.ts'), dir, String(PORT)],
    {
      stdio: 'ignore',
    },
  );
  return () => server.kill();
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server answers: it lists every file first, which takes a while at scale. */
async function ready(): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if (
      await fetch(`${ORIGIN}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await pause(250);
  }
  throw new Error(`the server on ${ORIGIN} did not start`);
}

/** Total bytes of the files under `dir` and how many of them are pages. */
function sizeOf(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(dir, file));
    if (!info.isFile()) continue;
    bytes += info.size;
    if (file.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

async function scale(count: number): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'suhbat-scale-'));
  try {
    writeSyntheticCorpus(join(work, 'content'), count);
    const started = performance.now();
    // Astro lists every page it writes: only errors are kept, the log can run to megabytes.
    const build = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * KB * KB,
        env: { ...process.env, CONTENT_DIR: join(work, 'content') },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr.slice(-2000)}`);
    const site = sizeOf(join(work, 'dist'));
    const index = sizeOf(join(work, 'dist', 'pagefind'));
    const stop = serve(join(work, 'dist'));
    await ready();
    console.log(
      `interviews ${count}: build ${seconds.toFixed(1)} s, ${site.pages} pages, dist ${(site.bytes / KB / KB).toFixed(1)} MB, index ${(index.bytes / KB / KB).toFixed(2)} MB; load average ${loadavg()[0]?.toFixed(1)}`,
    );
    try {
      return await searchReport(`interviews ${count}:`, '/2000-01-01-synthetic-0001/greenland/');
    } finally {
      stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const scaleArg = process.argv.indexOf('--interviews');
if (scaleArg !== -1) {
  const missed = await scale(Number(process.argv[scaleArg + 1] ?? 10));
  console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)}`);
  process.exit(missed === 0 ? 0 : 1);
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('astro build failed; run npm run build to see why');
}
const stopServer = serve('dist');
await ready();

let over = 0;
try {
  console.log('First view, gzip bytes (fonts as served), headless Chromium, localhost');
  console.log(
    `${'page'.padEnd(34)}     HTML      CSS       JS    fonts    total  HTML+CSS    later`,
  );
  for (const [name, path] of pagesToMeasure()) {
    const t = await measure(path);
    const total = t.html + t.css + t.js + t.font + t.other;
    const flags = [
      t.html + t.css > BUDGET.htmlCss ? 'HTML+CSS over 14 KB' : '',
      t.js > BUDGET.js ? 'JS over 3 KB' : '',
      total > BUDGET.total ? 'total over 40 KB' : '',
    ].filter(Boolean);
    over += flags.length;
    console.log(
      `${name.padEnd(34)}${format(t.html)}${format(t.css)}${format(t.js)}${format(t.font)}${format(total)}${format(t.html + t.css)}${format(t.later)}  ${flags.join(', ')}`,
    );
  }
  console.log(
    'Budgets: HTML+CSS ≤ 14 KB, JS run before interaction ≤ 3 KB, total ≤ 40 KB. The first view is every request made before the load event; "later" is fetched after it unasked (the whole interview\'s later sections).',
  );

  const [, sectionPath = '/'] = pagesToMeasure()[2] ?? [];
  console.log(
    `\nSearch on ${sectionPath}, load average ${loadavg()[0]?.toFixed(1)}. Budgets: first ≤ 100 KB and ≤ 150 ms, later ≤ 50 ms.`,
  );
  over += await searchReport('seed', sectionPath);

  console.log(over === 0 ? '\nAll within budget.' : `\n${over} over budget.`);
} finally {
  stopServer();
}
process.exitCode = over === 0 ? 0 : 1;
