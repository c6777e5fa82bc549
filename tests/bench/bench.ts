// Measures the built site in headless Chromium against the budgets in PRODUCT.md: the bytes
// (gzip) of the first view of a page, the first search (bytes, and time from the last
// keystroke to results), and the recall of tests/support/search-queries.ts with and without
// the Kazakh normalisation.
// It builds the site three times: without preview cards, with cards from an empty cache and
// again from the filled one, and prints what the cards add to the build.
// With --interviews N it builds a synthetic library of N interviews instead (in a temporary
// folder), the same three ways, and prints build times, pages, sizes and the first search.
// Usage: npm run bench [-- --no-build] | npm run bench -- --interviews 100
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { loadLibrary } from '../../src/library/load-library.ts';
import { normaliseQuery } from '../../src/search/shared/normalise.ts';
import { searchDocument } from '../../src/search/build/documents.ts';
import { launchOptions } from '../support/chromium.ts';
import { ALL_QUERIES, type SearchQuery } from '../support/search-queries.ts';
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
};

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
  // And the longest Q&A, the heaviest Q&A page.
  const [qa] = interview.sections
    .flatMap((s) => s.questions.map((question) => ({ section: s, question })))
    .sort((a, b) => JSON.stringify(b.question).length - JSON.stringify(a.question).length);
  const question = `/${interview.id}/${qa?.section.id}/${qa?.question.id}/`;
  return [
    ['home (kk)', '/'],
    ['home (en)', '/en/'],
    [`section ${longest?.id} (kk)`, section],
    [`section ${longest?.id} (en)`, `/en${section}`],
    [`Q&A ${qa?.question.id} (kk)`, question],
    [`Q&A ${qa?.question.id} (en)`, `/en${question}`],
    ['whole interview (kk)', `/${interview.id}/`],
    ['whole interview (en)', `/en/${interview.id}/`],
  ];
}

/** Bytes as a server would send them: text gzipped, fonts and Pagefind's files as they are. */
const wireBytes = (url: string, body: Buffer, kind: Kind): number =>
  kind === 'font' ||
  url.endsWith('.pagefind') ||
  url.endsWith('.pf_meta') ||
  /\/(index|fragment|filter)\//.test(url)
    ? body.length
    : gzipSync(body).length;

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
          const bytes = wireBytes(response.url(), body, kind);
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
  // A first visit: the service worker, registered once the page is idle, must not fetch or
  // serve anything here (its precache made whole pages look like they loaded late).
  const page = await browser.newPage({ serviceWorkers: 'block' });
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

/**
 * The first search on a freshly loaded section page, as a reader does it: "/" then the query.
 * Returns the bytes it fetched and the time from the last keystroke to results on screen,
 * then the median of further searches.
 */
async function measureSearch(
  path: string,
): Promise<{ bytes: number; firstMs: number; warmMs: number }> {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  const { totals, settle, reset } = meter(page);
  reset();
  const timeQuery = async (query: string): Promise<number> => {
    await page.getByRole('searchbox').fill(query.slice(0, -1));
    await page.evaluate(() => {
      const w = window as unknown as { __shown?: Promise<number> };
      const results = document.querySelector('dialog[open] .search-results');
      w.__shown = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (results?.querySelector('a.search-hit, ul')) {
            observer.disconnect();
            resolve(performance.now());
          }
        }).observe(results ?? document.body, { childList: true, subtree: true });
      });
      results?.replaceChildren();
    });
    const typed = await page.evaluate(() => performance.now());
    await page.keyboard.type(query.slice(-1));
    const shown = await page.evaluate(
      () => (window as unknown as { __shown: Promise<number> }).__shown,
    );
    return shown - typed;
  };
  await page.keyboard.press('/');
  await page.getByRole('searchbox').waitFor();
  const firstMs = await timeQuery('Гренландия');
  await page.waitForLoadState('networkidle');
  await settle();
  const bytes = Object.values(totals).reduce((a, b) => a + b, 0);
  const warm: number[] = [];
  for (const query of ['Трамп', 'Abraham Accords', 'Ибраһим келісімдері', 'Greenland', 'Газа']) {
    warm.push(await timeQuery(query));
  }
  await browser.close();
  warm.sort((a, b) => a - b);
  return { bytes, firstMs, warmMs: warm[Math.floor(warm.length / 2)] ?? 0 };
}

/** Writes an index of the unfolded text beside the real one, to measure the normalisation. */
async function writeBaselineIndex(): Promise<void> {
  const { interviews } = loadLibrary();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  for (const interview of interviews) {
    for (const section of interview.sections) {
      const page = searchDocument(interview.id, section, { fold: false });
      await index.addHTMLFile({ url: page.url, content: page.html });
    }
  }
  const { files } = await index.getFiles();
  for (const file of files) {
    const path = join('dist', 'pagefind-baseline', file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  await pagefind.close();
}

interface Outcome {
  first: boolean;
  top3: boolean;
}

/** Runs each query through Pagefind in the browser; the hits in the order the search lists them. */
async function recall(
  bundle: string,
  queries: { query: string; expected: string }[],
): Promise<Outcome[]> {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/`);
  const outcomes = await page.evaluate(
    async ({ bundle, queries }) => {
      const pf = await import(bundle);
      await pf.options({ baseUrl: '/' });
      await pf.init();
      const results = [];
      for (const { query, expected } of queries) {
        const found = await pf.search(query);
        const data = await Promise.all(
          found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()),
        );
        const ids = (data as { sub_results: { url: string }[] }[])
          .flatMap((d) => d.sub_results.map((sub) => sub.url.split('#')[1]))
          .filter(Boolean);
        results.push({ first: ids[0] === expected, top3: ids.slice(0, 3).includes(expected) });
      }
      return results;
    },
    { bundle, queries },
  );
  await browser.close();
  return outcomes;
}

function recallTable(queries: SearchQuery[], before: Outcome[], after: Outcome[]): void {
  console.log(
    `\nSearch recall, ${queries.length} queries (tests/support/search-queries.ts): first result right / expected Q&A in the top 3`,
  );
  console.log(
    `${'kind'.padEnd(18)}${'n'.padStart(4)}   before: first  top 3    after: first  top 3`,
  );
  const pct = (outcomes: Outcome[], key: keyof Outcome): string =>
    `${Math.round((100 * outcomes.filter((o) => o[key]).length) / Math.max(outcomes.length, 1))}%`.padStart(
      6,
    );
  for (const kind of ['exact', 'english', 'russian-keyboard', 'inflected', 'all'] as const) {
    const pick = (outcomes: Outcome[]) =>
      outcomes.filter((_, i) => kind === 'all' || queries[i]?.kind === kind);
    const b = pick(before);
    const a = pick(after);
    console.log(
      `${kind.padEnd(18)}${String(a.length).padStart(4)}   ${pct(b, 'first')} ${pct(b, 'top3')}        ${pct(a, 'first')} ${pct(a, 'top3')}`,
    );
  }
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

interface Build {
  seconds: number;
  /** CPU time of the build process, all threads (not Pagefind's own process). */
  cpuSeconds: number;
  /** The card integration's report: how many cards, drawn or from the cache, and how long. */
  cards: string;
}

/** One `astro build` with extra environment: its wall and CPU time and its card report. */
function build(env: Record<string, string>, outDir?: string): Build {
  const started = performance.now();
  const args = [
    '--import',
    './tests/bench/cpu-at-exit.ts',
    'node_modules/astro/bin/astro.mjs',
    'build',
    ...(outDir ? ['--outDir', outDir] : []),
  ];
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * KB * KB,
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr.slice(-2000)}`);
  return {
    seconds,
    cpuSeconds: Number(/cpu-ms (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1000,
    cards: /preview cards: (.*)/.exec(result.stdout)?.[1]?.trim() ?? 'none',
  };
}

/**
 * Builds without cards, then with cards from an empty cache (cold) and from the cache that
 * build filled (warm); the last build's site stays in `outDir`.
 */
function buildsWithAndWithoutCards(env: Record<string, string>, outDir?: string): void {
  const cache = mkdtempSync(join(tmpdir(), 'suhbat-cards-'));
  try {
    const without = build({ ...env, CARDS: 'off' }, outDir);
    const cold = build({ ...env, CARD_CACHE: cache }, outDir);
    const warm = build({ ...env, CARD_CACHE: cache }, outDir);
    const line = (name: string, b: Build) =>
      `  ${name.padEnd(20)}${b.seconds.toFixed(1).padStart(6)} s wall, ${b.cpuSeconds.toFixed(1).padStart(6)} s CPU`;
    const added = (b: Build) =>
      ` (cards add ${(b.seconds - without.seconds).toFixed(1)} s wall, ${(b.cpuSeconds - without.cpuSeconds).toFixed(1)} s CPU; ${b.cards})`;
    console.log(line('without cards:', without));
    console.log(line('with cards, cold:', cold) + added(cold));
    console.log(line('with cards, warm:', warm) + added(warm));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

async function scale(count: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'suhbat-scale-'));
  try {
    writeSyntheticCorpus(join(work, 'content'), count);
    console.log(`interviews ${count}:`);
    buildsWithAndWithoutCards({ CONTENT_DIR: join(work, 'content') }, join(work, 'dist'));
    const site = sizeOf(join(work, 'dist'));
    const index = sizeOf(join(work, 'dist', 'pagefind'));
    const stop = serve(join(work, 'dist'));
    await pause(1000);
    const search = await measureSearch('/2000-01-01-synthetic-0001/greenland/');
    stop();
    console.log(
      `  ${site.pages} pages, dist ${(site.bytes / KB / KB).toFixed(1)} MB, index ${(index.bytes / KB / KB).toFixed(2)} MB; first search ${format(search.bytes).trim()}, ${Math.round(search.firstMs)} ms (later ${Math.round(search.warmMs)} ms)`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const scaleArg = process.argv.indexOf('--interviews');
if (scaleArg !== -1) {
  await scale(Number(process.argv[scaleArg + 1] ?? 10));
  process.exit(0);
}

if (!process.argv.includes('--no-build')) {
  console.log('Build of content/, wall time (preview cards drawn on every core):');
  buildsWithAndWithoutCards({});
}
// The static server lists its files at start, so the baseline index must exist by then.
await writeBaselineIndex();
const stopServer = serve('dist');
await pause(500);

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
  const search = await measureSearch(sectionPath);
  const searchFlags = [
    search.bytes > BUDGET.searchBytes ? 'bytes over 100 KB' : '',
    search.firstMs > BUDGET.searchMs ? 'time over 150 ms' : '',
  ].filter(Boolean);
  over += searchFlags.length;
  console.log(
    `\nFirst search on ${sectionPath}: ${format(search.bytes).trim()} fetched; results ${Math.round(search.firstMs)} ms after the last keystroke (later searches: median ${Math.round(search.warmMs)} ms). Budgets: ≤ 100 KB, ≤ 150 ms. ${searchFlags.join(', ')}`,
  );

  const before = await recall(
    '/pagefind-baseline/pagefind.js',
    ALL_QUERIES.map(({ query, expected }) => ({ query, expected })),
  );
  const after = await recall(
    '/pagefind/pagefind.js',
    ALL_QUERIES.map(({ query, expected }) => ({ query: normaliseQuery(query), expected })),
  );
  recallTable(ALL_QUERIES, before, after);
  console.log(over === 0 ? '\nAll within budget.' : `\n${over} over budget.`);
} finally {
  stopServer();
  await rm(join('dist', 'pagefind-baseline'), { recursive: true, force: true });
}
process.exitCode = over === 0 ? 0 : 1;
