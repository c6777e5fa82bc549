// The search's query table (tests/support/search-table.ts) run against built sites, printed as
// Markdown: each query's first result from both interfaces, right or wrong by the e2e test's rule
// (tests/support/search-outcome.ts). The e2e test holds the current site to the table; this shows
// what a change to the search did, from a build before it and one after (README, "Search").
// Usage: npm run bench:table -- DIR [DIR …] (each a built site, e.g. `astro build --outDir DIR`
// in a worktree of an older commit).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INTERVIEW } from '../e2e/site.ts';
import { launchOptions } from '../support/chromium.ts';
import { startServer } from '../support/local-server.ts';
import { describe, expectation, meets, outcome } from '../support/search-outcome.ts';
import { SEARCH_TABLE, type TableQuery } from '../support/search-table.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4341);

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
const LANGS = ['kk', 'en'] as const;
const columns = dirs.flatMap((dir) => LANGS.map((lang) => ({ dir, lang })));
/** Each cell of the table of queries: right or not, and what came first. */
const cells = new Map<string, { ok: boolean; seen: string }>();
const cellKey = (dir: string, lang: string, query: string): string => `${dir}\n${lang}\n${query}`;
try {
  for (const [d, dir] of dirs.entries()) {
    const server = await startServer(dir, PORT + d);
    try {
      for (const lang of LANGS) {
        const page = await browser.newPage();
        for (const row of Object.values(SEARCH_TABLE).flat()) {
          const path = `${lang === 'en' ? 'en/' : ''}search/?q=${encodeURIComponent(row.query)}`;
          await page.goto(`${server.origin}/${path}`);
          const seen = await outcome(page, lang);
          cells.set(cellKey(dir, lang, row.query), {
            ok: meets(row, seen, INTERVIEW),
            seen: describe(seen, INTERVIEW),
          });
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

/** Right answers of a site for some rows, from both interfaces. */
const right = (dir: string, rows: TableQuery[]): number =>
  rows.reduce(
    (n, { query }) => n + LANGS.filter((lang) => cells.get(cellKey(dir, lang, query))?.ok).length,
    0,
  );

const mdRow = (values: string[]): string =>
  `| ${values.map((value) => value.replaceAll('|', '\\|')).join(' | ')} |`;
const header = (names: string[]): string[] => [mdRow(names), mdRow(names.map(() => '---'))];
const lines: string[] = [];
lines.push(...header(['group', 'queries', ...dirs.map((dir) => `${dir}: right of kk + en`)]));
const groups: [string, TableQuery[]][] = [
  ...Object.entries(SEARCH_TABLE),
  ['all', Object.values(SEARCH_TABLE).flat()],
];
for (const [group, rows] of groups) {
  lines.push(
    mdRow([
      group,
      String(rows.length),
      ...dirs.map((dir) => `${right(dir, rows)} / ${rows.length * 2}`),
    ]),
  );
}
for (const [group, rows] of Object.entries(SEARCH_TABLE)) {
  lines.push('', `**${group}**`, '');
  lines.push(
    ...header(['query', 'expected', ...columns.map(({ dir, lang }) => `${dir}, ${lang}`)]),
  );
  for (const row of rows) {
    const { query } = row;
    lines.push(
      mdRow([
        query,
        expectation(row),
        ...columns.map(({ dir, lang }) => {
          const cell = cells.get(cellKey(dir, lang, query));
          return cell ? `${cell.ok ? '✓' : '✗'} ${cell.seen}` : '';
        }),
      ]),
    );
  }
}
console.log(lines.join('\n'));
