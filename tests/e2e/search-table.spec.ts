// The search's behaviour table (tests/support/search-table.ts), from both interfaces, through
// the search page's ?q=: the expected first result, or "nothing found" with the topics.
import { expect as baseExpect, test } from '@playwright/test';
import { SEARCH_TABLE } from '../support/search-table.ts';
import { INTERVIEW } from './site.ts';

// The first search loads the index: slow on a loaded runner, so wait longer than usual.
const expect = baseExpect.configure({ timeout: 20_000 });

for (const lang of ['kk', 'en'] as const) {
  for (const [group, queries] of Object.entries(SEARCH_TABLE)) {
    test.describe(`${group}, from the ${lang} interface`, () => {
      for (const { query, expected, near, suggests } of queries) {
        test(`${query} → ${expected ?? 'nothing found'}`, async ({ page }) => {
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
          const target =
            expected === 'interview' ? `/${INTERVIEW}/(\\?hl=[^#]*)?$` : `#${expected}$`;
          await expect(first).toHaveAttribute('href', new RegExp(target));
          if (near) {
            await expect(first).toContainText(lang === 'en' ? 'near match' : 'ұқсас сөз');
            await expect(page.locator('.search-results')).toContainText(
              lang === 'en' ? 'Did you mean' : 'Мүмкін, мынаны іздедіңіз бе',
            );
            if (suggests) await expect(page.locator('.search-suggestion')).toHaveText(suggests);
          } else {
            await expect(first.locator('.hit-near')).toHaveCount(0);
          }
        });
      }
    });
  }
}
