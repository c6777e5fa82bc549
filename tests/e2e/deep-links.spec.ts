import { expect, test } from '@playwright/test';
import {
  clearanceBelowHeader,
  GREENLAND,
  GREENLAND_QA,
  inBothInterfaces,
  INTERVIEW,
} from './site.ts';

const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 667 } },
];
const TARGETS = ['greenland-future', 'greenland-future-3'];

for (const { name, viewport } of SIZES) {
  test.describe(`deep links on a ${name}`, () => {
    test.use({ viewport });
    for (const page of [GREENLAND, `${INTERVIEW}/`, GREENLAND_QA]) {
      for (const { lang, path } of inBothInterfaces(page)) {
        for (const id of TARGETS) {
          test(`${lang} ${page}#${id}`, async ({ page: tab }) => {
            await tab.goto(`${path}#${id}`);
            const target = tab.locator(`#${id}`);
            await expect(target).toBeInViewport();
            await expect(target).toBeFocused();
            const clearance = await clearanceBelowHeader(tab, `#${id}`);
            expect(clearance).toBeGreaterThanOrEqual(0);
            expect(clearance).toBeLessThan(viewport.height / 3);
            const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
            expect(background).not.toBe('rgba(0, 0, 0, 0)');
          });
        }
      }
    }
  });
}

test('an unknown anchor does nothing harmful', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${GREENLAND}#no-such-question`);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await page.evaluate(() => document.querySelector(':focus')?.tagName ?? 'none')).toBe(
    'none',
  );
  expect(errors).toEqual([]);
});

test('following an in-page link marks the new target', async ({ page }) => {
  await page.goto(`${INTERVIEW}/`);
  await page.locator('#greenland-future .qa-tools a').first().click();
  await expect(page).toHaveURL(/#greenland-future$/);
  await expect(page.locator('#greenland-future')).toBeFocused();
});

test.describe('a fragment that does not decode is ignored', () => {
  const errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors.length = 0;
    page.on('pageerror', (error) => errors.push(error.message));
  });

  test('when the page opens', async ({ page }) => {
    // ?hl= is handled after the fragment: it shows that the page script ran to its end.
    await page.goto(`${GREENLAND}?hl=${encodeURIComponent('Гренландия')}#%`);
    await expect(page.locator('mark.search-mark').first()).toHaveText(/Гренландия/);
    expect(errors).toEqual([]);
  });

  test('when the fragment changes', async ({ page }) => {
    await page.goto(GREENLAND);
    await page.evaluate(() => (location.hash = '%E2%82'));
    await page.evaluate(() => (location.hash = 'greenland-future-2'));
    await expect(page.locator('#greenland-future-2')).toBeFocused();
    expect(errors).toEqual([]);
  });
});
