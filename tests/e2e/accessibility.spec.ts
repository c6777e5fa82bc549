import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  axeFaults,
  axeFaultsInBothThemes,
  GREENLAND,
  GREENLAND_QA,
  PAGE_TYPES,
  QA_PAGES,
} from './site.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Every page of the built site, as a path relative to its root, but the Q&A pages (checked in
 * qa-pages.spec.ts) and the later sections' documents (`rest/`): the whole-interview page
 * fetches them and puts their sections in place, where they are checked.
 */
const ALL_PAGES = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html'))
  .map((file) => file.replace(/index\.html$/, ''))
  .filter((path) => !QA_PAGES.includes(path) && !/^(en\/)?(latn\/)?rest\//.test(path))
  .sort();

test('the checks below and in qa-pages.spec.ts cover every page of the built site', () => {
  expect(ALL_PAGES).toContain('');
  expect(ALL_PAGES.filter((path) => path.startsWith('en/')).length).toBeGreaterThan(20);
  expect(QA_PAGES).toHaveLength(22);
  // The Latin twins, Q&A pages too, are checked here (the Latin script on, light and dark).
  expect(ALL_PAGES).toContain('latn/');
  expect(ALL_PAGES).toContain(`en/latn/${GREENLAND_QA}`);
});

// The checks below pass only if nothing is found: make sure axe, as they run it, finds faults.
test('the checks find a missing text alternative, and a contrast fault in the dark theme only', async ({
  page,
}) => {
  await page.goto(PAGE_TYPES.topics);
  await page.evaluate(() => {
    document.body.append(document.createElement('img'));
    const faint = Object.assign(document.createElement('p'), {
      className: 'faint',
      textContent: 'Гренландия',
    });
    document.body.append(faint);
    // Through the CSSOM, which the pages' Content-Security-Policy allows.
    const sheet = [...document.styleSheets].find((s) => s.media.length === 0);
    sheet?.insertRule('@media (prefers-color-scheme: dark) { .faint { color: #222 !important } }');
  });
  expect(await axeFaultsInBothThemes(page)).toEqual([
    'light: image-alt (1)',
    'dark: color-contrast (1)',
  ]);
});

// One test per page of the built site, so that they run in parallel.
for (const path of [...ALL_PAGES, PAGE_TYPES.notFound]) {
  test(`axe finds nothing on /${path}, in either theme`, async ({ page }) => {
    test.setTimeout(90_000);
    // "both" shows every text, so that contrast is checked for all of it.
    await page.goto(`${path}?view=both`);
    // The whole-interview page is checked with its later sections in place.
    await expect(page.locator('[data-later]')).toHaveCount(0);
    expect(await axeFaultsInBothThemes(page)).toEqual([]);
  });
}

test('axe finds nothing in the open search dialog with results, in either theme', async ({
  page,
}) => {
  await page.goto(GREENLAND);
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('Трамп');
  await expect(page.locator('dialog[open] a.search-hit').first()).toBeVisible();
  expect(await axeFaultsInBothThemes(page)).toEqual([]);
});

test('axe finds nothing with the quote actions and the citation open, in either theme', async ({
  page,
}) => {
  await page.goto(`${GREENLAND_QA}?view=both`);
  await page.getByText('Библиографиялық сілтеме').click();
  await page.getByRole('button', { name: '2-абзацты дәйексөз ретінде алу' }).click();
  await expect(page.getByRole('button', { name: 'Дәйексөзді көшіру' })).toBeFocused();
  expect(await axeFaultsInBothThemes(page)).toEqual([]);
});

test('the theme toggle switches to the other theme and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(GREENLAND);
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
  expect(await axeFaults(page)).toEqual([]);
});
