// The search's behaviour table (tests/support/search-table.ts), from both interfaces, through
// the search page's ?q=: the expected first result, or "nothing found" with the topics.
// One page per group and interface opens each query's URL in turn, as a reader's tab would (a
// fresh page per query spent most of its time loading the search again); each query is a step
// of its own and its checks are soft, so a failure names every query that failed, not just the
// first.
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { expectedHref, SEARCH_TABLE, type TableQuery } from '../support/search-table.ts';
import { INTERVIEW } from './site.ts';

// The first search loads the index: slow on a loaded runner, so wait longer than usual.
const softExpect = baseExpect.configure({ soft: true, timeout: 20_000 });

async function check(page: Page, lang: 'kk' | 'en', row: TableQuery): Promise<void> {
  const { query, expected, near, suggests } = row;
  // Each check names its query: several may fail in one test.
  const expect = (actual: Locator) => softExpect(actual, `${query} (${lang})`);
  await page.goto(`${lang === 'en' ? 'en/' : ''}search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-status');
  const first = page.locator('a.search-hit').first();
  if (expected === null) {
    await expect(status).toContainText(query);
    await expect(page.locator('a.search-hit')).toHaveCount(0);
    await expect(page.locator('.search-results a[href*="/topics/"]').first()).toBeVisible();
    // No topic filter either: a filter with a count would promise answers (Астана).
    await expect(page.locator('.search-filters')).toBeHidden();
    return;
  }
  await expect(first).toHaveAttribute('href', expectedHref(expected, INTERVIEW));
  if (near) {
    await expect(first).toContainText(lang === 'en' ? 'near match' : 'ұқсас сөз');
    await expect(page.locator('.search-results')).toContainText(
      lang === 'en' ? 'Did you mean' : 'Мүмкін, мынаны іздедіңіз бе',
    );
    if (suggests) await expect(page.locator('.search-suggestion')).toHaveText(suggests);
  } else {
    await expect(first.locator('.hit-near')).toHaveCount(0);
  }
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
