// The search's query table (tests/support/search-table.ts) run against built sites, printed as
// Markdown: each query's first result from both interfaces, right or wrong by the rule of
// tests/e2e/search-table.spec.ts. The e2e test holds the current site to the table; this shows
// what a change to the search did, from a build before it and one after (README, "Search").
// Usage: npm run bench:table -- DIR [DIR …] (each a built site, e.g. `astro build --outDir DIR`
// in a worktree of an older commit).
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { searchUi as en } from '../../src/i18n/en.search.ts';
import { searchUi as kk } from '../../src/i18n/kk.search.ts';
import { INTERVIEW } from '../e2e/site.ts';
import { launchOptions } from '../support/chromium.ts';
import { startServer } from '../support/local-server.ts';
import { expectedHref, SEARCH_TABLE, type TableQuery } from '../support/search-table.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4341);
const STRINGS = { kk, en };

/** What the search page shows for a query once it has settled. */
interface Outcome {
  first: string | null;
  hits: number;
  near: boolean;
  didYouMean: boolean;
  suggestion: string | null;
  /** Topics offered (links to topic pages), and whether topic filters are shown. */
  topics: boolean;
  filters: boolean;
}

async function outcome(page: Page, url: string, lang: 'kk' | 'en'): Promise<Outcome> {
  const t = STRINGS[lang];
  await page.goto(url);
  // Settled: a status that is not "loading", and results unchanged for 300 ms (the client checks
  // its hits against their texts after the first draw).
  await page.waitForFunction(
    (loading) => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      if (status === '' || status === loading) return false;
      const html = document.querySelector('.search-results')?.innerHTML ?? '';
      const w = window as unknown as { settled?: { html: string; at: number } };
      if (w.settled?.html !== html) w.settled = { html, at: performance.now() };
      return performance.now() - w.settled.at > 300;
    },
    t.loading,
    { timeout: 20_000, polling: 50 },
  );
  return page.evaluate((didYouMean) => {
    const hits = [...document.querySelectorAll('a.search-hit')];
    return {
      first: hits[0]?.getAttribute('href') ?? null,
      hits: hits.length,
      near: hits[0]?.querySelector('.hit-near') != null,
      didYouMean:
        document.querySelector('.search-results')?.textContent?.includes(didYouMean) ?? false,
      suggestion: document.querySelector('.search-suggestion')?.textContent ?? null,
      topics: document.querySelector('.search-results a[href*="/topics/"]') !== null,
      filters: document.querySelector<HTMLElement>('.search-filters')?.checkVisibility() ?? false,
    };
  }, t.didYouMean);
}

/** Whether the page showed what the row expects, as the e2e test checks it. */
function meets(row: TableQuery, seen: Outcome): boolean {
  if (row.expected === null) return seen.hits === 0 && seen.topics && !seen.filters;
  if (seen.first === null || !expectedHref(row.expected, INTERVIEW).test(seen.first)) return false;
  if (!row.near) return !seen.near;
  return seen.near && seen.didYouMean && (!row.suggests || seen.suggestion === row.suggests);
}

/** The first result as the table names it: a Q&A's id, `interview`, or "nothing". */
function describe(seen: Outcome): string {
  if (seen.first === null) return seen.suggestion ? `nothing; “${seen.suggestion}”?` : 'nothing';
  const qa = /#([\w-]+)$/.exec(seen.first)?.[1];
  const name =
    qa ?? (expectedHref('interview', INTERVIEW).test(seen.first) ? 'interview' : seen.first);
  return seen.near ? `${name} (near)` : name;
}

const dirs = process.argv.slice(2);
const notSites = dirs.filter((dir) => !existsSync(join(dir, 'search', 'index.html')));
if (dirs.length === 0 || notSites.length > 0) {
  console.error(
    notSites.length > 0
      ? `Not a built site with a search page (search/index.html): ${notSites.join(', ')}. Give the folder astro build wrote, e.g. dist.`
      : 'Usage: npm run bench:table -- DIR [DIR …] (built sites, e.g. dist)',
  );
  process.exit(1);
}
const browser = await chromium.launch(launchOptions);
const columns = dirs.flatMap((dir) => (['kk', 'en'] as const).map((lang) => ({ dir, lang })));
/** Right answers per site and group, and each cell of the table of queries. */
const right = new Map<string, number>();
const cells = new Map<string, string>();
try {
  for (const [d, dir] of dirs.entries()) {
    const server = await startServer(dir, PORT + d);
    try {
      for (const lang of ['kk', 'en'] as const) {
        const page = await browser.newPage();
        for (const [group, rows] of Object.entries(SEARCH_TABLE)) {
          for (const row of rows) {
            const path = `${lang === 'en' ? 'en/' : ''}search/?q=${encodeURIComponent(row.query)}`;
            const seen = await outcome(page, `${server.origin}/${path}`, lang);
            const ok = meets(row, seen);
            if (ok) right.set(`${dir}\n${group}`, (right.get(`${dir}\n${group}`) ?? 0) + 1);
            cells.set(`${dir}\n${lang}\n${row.query}`, `${ok ? '✓' : '✗'} ${describe(seen)}`);
          }
        }
        await page.close();
      }
    } finally {
      server.stop();
    }
  }
} finally {
  await browser.close();
}

const mdRow = (values: string[]): string =>
  `| ${values.map((value) => value.replaceAll('|', '\\|')).join(' | ')} |`;
const header = (names: string[]): string[] => [mdRow(names), mdRow(names.map(() => '---'))];
const lines: string[] = [];
lines.push(...header(['group', 'queries', ...dirs.map((dir) => `${dir}: right of kk + en`)]));
let total = 0;
for (const [group, rows] of Object.entries(SEARCH_TABLE)) {
  total += rows.length;
  lines.push(
    mdRow([
      group,
      String(rows.length),
      ...dirs.map((dir) => `${right.get(`${dir}\n${group}`) ?? 0} / ${rows.length * 2}`),
    ]),
  );
}
const sum = (dir: string): number =>
  Object.keys(SEARCH_TABLE).reduce((n, group) => n + (right.get(`${dir}\n${group}`) ?? 0), 0);
lines.push(mdRow(['all', String(total), ...dirs.map((dir) => `${sum(dir)} / ${total * 2}`)]));
for (const [group, rows] of Object.entries(SEARCH_TABLE)) {
  lines.push('', `**${group}**`, '');
  lines.push(
    ...header(['query', 'expected', ...columns.map(({ dir, lang }) => `${dir}, ${lang}`)]),
  );
  for (const { query, expected, near, suggests } of rows) {
    const want = `${expected ?? 'nothing'}${near ? ' (near)' : ''}${suggests ? `, “${suggests}”?` : ''}`;
    lines.push(
      mdRow([
        query,
        want,
        ...columns.map(({ dir, lang }) => cells.get(`${dir}\n${lang}\n${query}`) ?? ''),
      ]),
    );
  }
}
console.log(lines.join('\n'));
