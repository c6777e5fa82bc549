import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { inBothInterfaces, PAGE_TYPES } from './site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      for (const { lang, path: url } of inBothInterfaces(path)) {
        test(`axe finds nothing on the ${type} page (${lang})`, async ({ page }) => {
          // "both" shows every text, so that contrast is checked for all of it.
          await page.goto(`${url}?view=both`);
          const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
        });
      }
    }
  });
}

test('the theme toggle switches to the other theme and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(PAGE_TYPES.section);
  const toggle = page.getByRole('button', { name: 'Қараңғы тақырып' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const before = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  const after = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(after).not.toBe(before);
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
