import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { QA_PAGES, WCAG_22_AA } from './site.ts';

// The Q&A pages, the pages shared links open, under / and (the base-path project) /reader/.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of QA_PAGES) {
      test(`axe finds nothing on /${path}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(`${path}?view=both`);
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
      });
    }
  });
}
