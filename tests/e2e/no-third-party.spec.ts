import { expect, test } from '@playwright/test';
import { GREENLAND, INTERVIEW, PAGE_TYPES } from './site.ts';

// Requests the service worker answers from its caches never reach `page.route`, so it would
// hide them from this count; the worker's own rule (no other origin) is tested in offline.spec.ts.
test.use({ serviceWorkers: 'block' });

test('no request leaves the site while reading and searching', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  let local = 0;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) {
      local++;
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    await page.goto(`en/${path}`);
  }
  await page.goto(`${INTERVIEW}/`);
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('Гренландия');
  await page.locator('dialog[open] a.search-hit').first().click();
  await expect(page).toHaveURL(new RegExp(`${GREENLAND.replace(/\//g, '\\/')}`));
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
  expect(local).toBeGreaterThan(30);
});
