// The search's behaviour table (tests/support/search-table.ts), from both interfaces, through
// the search page's ?q=: the expected first result, or "nothing found" with the topics.
// One page per group and interface opens each query's URL in turn, as a reader's tab would (a
// fresh page per query spent most of its time loading the search again); each query is a step
// of its own and its checks are soft, so a failure names every query that failed, not just the
// first.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { describe, expectation, meets, outcome } from '../support/search-outcome.ts';
import { SEARCH_TABLE, type TableQuery } from '../support/search-table.ts';
import { INTERVIEW } from './site.ts';

const softExpect = baseExpect.configure({ soft: true });

async function check(page: Page, lang: 'kk' | 'en', row: TableQuery): Promise<void> {
  await page.goto(`${lang === 'en' ? 'en/' : ''}search/?q=${encodeURIComponent(row.query)}`);
  const seen = await outcome(page, lang);
  // Each check names its query and what came first: several may fail in one test.
  softExpect(
    meets(row, seen, INTERVIEW),
    `${row.query} (${lang}): expected ${expectation(row)}, got ${describe(seen, INTERVIEW)} ("${seen.status}")`,
  ).toBe(true);
}

for (const lang of ['kk', 'en'] as const) {
  for (const [group, queries] of Object.entries(SEARCH_TABLE)) {
    test(`${group}, from the ${lang} interface`, async ({ page }) => {
      // Each query's own page load and search, with room for a loaded runner.
      test.setTimeout(30_000 + queries.length * 5_000);
      for (const row of queries) {
        await test.step(`${row.query} → ${row.expected ?? 'nothing found'}`, () =>
          check(page, lang, row));
      }
    });
  }
}
