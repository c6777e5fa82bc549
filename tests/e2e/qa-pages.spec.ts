import { expect, test } from '@playwright/test';
import { axeFaultsInBothThemes, QA_PAGES } from './site.ts';

// The Q&A pages, the pages shared links open, under / and (the base-path project) /reader/.
for (const path of QA_PAGES) {
  test(`axe finds nothing on /${path}, in either theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${path}?view=both`);
    expect(await axeFaultsInBothThemes(page)).toEqual([]);
  });
}
