// Measures the built site in headless Chromium against the budgets in PRODUCT.md: the bytes
// (gzip) of the first view of a page, the first search (bytes, and time from the last
// keystroke to results). Recall is checked by npm test (tests/e2e/search-sweep.spec.ts).
// It builds the site three times: without preview cards, with cards from an empty cache and
// again from the filled one, and prints what the cards add to the build.
// With --interviews N it builds a synthetic library of N interviews instead (in a temporary
// folder), the same three ways, and prints build times, pages, sizes and the first search;
// --no-cards builds it once, without cards, for the search figures alone.
// Usage: npm run bench [-- --no-build] | npm run bench -- --interviews 100 [--no-cards]
// Options: --runs N (cold runs per search measurement, default 5), --waterfall (print where the
// time of the median run's first and later searches goes: requests and the client's `search:`
// marks), --no-service-worker (search with the service worker blocked, to see what it costs),
// --dist DIR (only the search, on a site already built, e.g. `CONTENT_DIR=… CARDS=off astro
// build --outDir DIR`), --query TEXT (a first search's query, may be given more than once;
// "Гренландия" and "Қазақстан" by default; e.g. "Grenlandiya" for Kazakh in Latin).
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../src/library/load-library.ts';
import { launchOptions } from '../support/chromium.ts';
import { startServer } from '../support/local-server.ts';
import {
  FIRST_QUERIES,
  measureSearch,
  wireBytes,
  type Protocol,
  type SearchMeasure,
} from './search-timing.ts';
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
/** Every value of a flag, which may be given more than once. */
const flagValues = (name: string): string[] =>
  process.argv.flatMap((arg, i) => (arg === name ? [process.argv[i + 1] ?? ''] : []));
const flagValue = (name: string): string | undefined => flagValues(name)[0];
/** Cold runs per search measurement (median reported). */
const RUNS = Number(flagValue('--runs') ?? 5);

const firstQueries = flagValues('--query').length > 0 ? flagValues('--query') : FIRST_QUERIES;

/**
 * Measures each first search and the later ones on `path`, pasted and typed; prints them with
 * the budgets they miss, and the waterfall of a median first search. Returns the number missed.
 */
async function searchReport(label: string, path: string): Promise<number> {
  let missed = 0;
  for (const query of firstQueries) {
    for (const protocol of ['pasted', 'typed'] as Protocol[]) {
      const m: SearchMeasure = await measureSearch(
        ORIGIN,
        path,
        protocol,
        RUNS,
        query,
        process.argv.includes('--no-service-worker') ? 'block' : 'allow',
      );
      const flags = [
        m.bytes > BUDGET.searchBytes ? 'first search over 100 KB' : '',
        m.firstMs > BUDGET.searchMs ? 'first search over 150 ms' : '',
        m.laterMs > BUDGET.laterMs ? 'later searches over 50 ms' : '',
      ].filter(Boolean);
      missed += flags.length;
      console.log(
        `${label} search "${query}" (${protocol}, median of ${m.runs}): first ${format(m.bytes).trim()} in ${m.requests} requests, ${Math.round(m.firstMs)} ms, then ${format(m.afterBytes).trim()} once on screen; later ${Math.round(m.laterMs)} ms (quartiles ${m.laterQuartiles.map(Math.round).join('–')})  ${flags.join(', ')}`,
      );
      if (process.argv.includes('--waterfall')) {
        console.log(
          `  first search, from the last keystroke:\n${m.waterfall.map((l) => `  ${l}`).join('\n')}`,
        );
        for (const later of m.laterWaterfalls) {
          console.log(
            `  later search "${later.query}", ${Math.round(later.ms)} ms:\n${later.steps.map((l) => `  ${l}`).join('\n')}`,
          );
        }
      }
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
    // The Latin twins: the same pages, their Kazakh text written in Latin.
    [`section ${longest?.id} (kk, Latin)`, `/latn${section}`],
    [`section ${longest?.id} (en, Latin)`, `/en/latn${section}`],
    [`Q&A ${qa?.question.id} (kk, Latin)`, `/latn${question}`],
    ['whole interview (kk, Latin)', `/latn/${interview.id}/`],
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
          const bytes = wireBytes(response.url(), body);
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

const format = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`.padStart(9);

/** The interviews of a built site that have a "greenland" page (the seed's, the synthetic ones). */
function builtInterviews(dir: string): string[] {
  if (!existsSync(join(dir, '404.html'))) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{4}-\d\d-\d\d-/.test(name))
    .filter((name) => existsSync(join(dir, name, 'greenland', 'index.html')))
    .sort();
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
  const line = (name: string, b: Build) =>
    `  ${name.padEnd(20)}${b.seconds.toFixed(1).padStart(6)} s wall, ${b.cpuSeconds.toFixed(1).padStart(6)} s CPU`;
  try {
    const without = build({ ...env, CARDS: 'off' }, outDir);
    if (process.argv.includes('--no-cards')) {
      console.log(line('without cards:', without));
      return;
    }
    const cold = build({ ...env, CARD_CACHE: cache }, outDir);
    const warm = build({ ...env, CARD_CACHE: cache }, outDir);
    const added = (b: Build) =>
      ` (cards add ${(b.seconds - without.seconds).toFixed(1)} s wall, ${(b.cpuSeconds - without.cpuSeconds).toFixed(1)} s CPU; ${b.cards})`;
    console.log(line('without cards:', without));
    console.log(line('with cards, cold:', cold) + added(cold));
    console.log(line('with cards, warm:', warm) + added(warm));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

async function scale(count: number): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'suhbat-scale-'));
  try {
    writeSyntheticCorpus(join(work, 'content'), count);
    console.log(`interviews ${count}:`);
    buildsWithAndWithoutCards({ CONTENT_DIR: join(work, 'content') }, join(work, 'dist'));
    const site = sizeOf(join(work, 'dist'));
    const index = sizeOf(join(work, 'dist', 'pagefind'));
    const server = await startServer(join(work, 'dist'), PORT);
    console.log(
      `  ${site.pages} pages, dist ${(site.bytes / KB / KB).toFixed(1)} MB, index ${(index.bytes / KB / KB).toFixed(2)} MB; load average ${loadavg()[0]?.toFixed(1)}`,
    );
    try {
      return await searchReport(`interviews ${count}:`, '/2000-01-01-synthetic-0001/greenland/');
    } finally {
      server.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const builtDist = flagValue('--dist');
if (builtDist) {
  const first = builtInterviews(builtDist)[0];
  if (!first) {
    const inner = join(builtDist, 'dist');
    console.error(
      `--dist ${builtDist}: not a built site with an interview's "greenland" page (the seed's or a synthetic one) and a 404.html. Give the folder astro build wrote${builtInterviews(inner).length > 0 ? `: ${inner}` : ', e.g. CONTENT_DIR=… CARDS=off npx astro build --outDir DIR'}.`,
    );
    process.exit(1);
  }
  const server = await startServer(builtDist, PORT);
  const missed = await searchReport(builtDist, `/${first}/greenland/`).finally(server.stop);
  process.exit(missed === 0 ? 0 : 1);
}

const scaleArg = process.argv.indexOf('--interviews');
if (scaleArg !== -1) {
  const missed = await scale(Number(process.argv[scaleArg + 1] ?? 10));
  console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)}`);
  process.exit(missed === 0 ? 0 : 1);
}

if (!process.argv.includes('--no-build')) {
  console.log('Build of content/, wall time (preview cards drawn on every core):');
  buildsWithAndWithoutCards({});
}
const server = await startServer('dist', PORT);

let over = 0;
try {
  console.log('First view, gzip bytes (fonts as served), headless Chromium, localhost');
  console.log(
    `${'page'.padEnd(40)}     HTML      CSS       JS    fonts    total  HTML+CSS    later`,
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
      `${name.padEnd(40)}${format(t.html)}${format(t.css)}${format(t.js)}${format(t.font)}${format(total)}${format(t.html + t.css)}${format(t.later)}  ${flags.join(', ')}`,
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
  server.stop();
}
process.exitCode = over === 0 ? 0 : 1;
