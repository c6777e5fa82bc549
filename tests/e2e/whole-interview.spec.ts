import { expect, test } from '@playwright/test';
import { GREENLAND, INTERVIEW } from './site.ts';

// The whole-interview page serves its first sections and fetches the others once its first
// view is shown (src/reader/later-sections.ts): to the reader it is still one page.

/** Every Q&A id of the interview, in reading order, from its section pages. */
async function questionsOfTheSections(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto(`${INTERVIEW}/`);
  const sections = await page
    .locator('.toc a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
  const ids: string[] = [];
  for (const section of sections) {
    await page.goto(`${INTERVIEW}/${section}/`);
    ids.push(...(await page.locator('article.qa').evaluateAll((qas) => qas.map((qa) => qa.id))));
  }
  return ids;
}

test('the later sections arrive after the first view, without scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  const expected = await questionsOfTheSections(page);
  expect(expected.length).toBe(11);
  for (const path of [`${INTERVIEW}/`, `en/${INTERVIEW}/`]) {
    await page.goto(path);
    await expect(page.locator('[data-later]')).toHaveCount(0);
    const ids = await page.locator('article.qa').evaluateAll((qas) => qas.map((qa) => qa.id));
    expect(ids).toEqual(expected);
    // The last section keeps its paragraph anchors, and the corrections list stays last.
    await expect(page.locator('#strategic-vector-6 [data-lang="kk"]')).toHaveText(/^Бұл қадамның/);
    await expect(page.locator('#corrections')).toBeAttached();
  }
});

test('finding in the page and printing reach the last section', async ({ page }) => {
  await page.goto(`${INTERVIEW}/?view=kk`);
  await expect(page.locator('[data-later]')).toHaveCount(0);
  // Chromium's window.find searches the page as its find bar (Ctrl+F) does.
  const find = (text: string) =>
    page.evaluate((t) => (window as unknown as { find: (s: string) => boolean }).find(t), text);
  expect(await find('Бұдан бөлек, еліміздің энергетика')).toBe(true);
  expect(await find('no such words in the interview')).toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#strategic-vector-5 [data-lang="en"]')).toBeVisible();
  await expect(page.locator('#strategic-vector-5 [data-lang="en"]')).toContainText(
    'In addition, we have embarked',
  );
});

test('without JavaScript the first sections are there and the others link to their pages', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${INTERVIEW}/`);
  await expect(page.locator('#trade-and-investment-1 [data-lang="kk"]')).toBeVisible();
  await expect(page.getByText('Бұл беттің қалған бөлімдері JavaScript')).toBeVisible();
  const greenland = page.locator('#greenland');
  await expect(greenland.getByRole('heading', { level: 2 })).toContainText('Гренландияның');
  await greenland.getByRole('link', { name: 'Бөлімді жеке бетте ашу' }).click();
  await expect(page).toHaveURL(new RegExp(`${GREENLAND}$`));
  await expect(page.locator('#greenland-future-3')).toBeVisible();
  await context.close();
});

test('if the later sections cannot load, the page says where to read them', async ({ page }) => {
  await page.route('**/rest/**', (route) => route.abort());
  await page.goto(`en/${INTERVIEW}/`);
  await expect(
    page.getByText('The other sections of this page load with JavaScript'),
  ).toBeVisible();
  await expect(page.locator('#greenland').getByRole('link', { name: /own page/ })).toBeVisible();
});

test('a corrected Q&A notes it, and the note opens the corrections list', async ({ page }) => {
  await page.goto(`en/${GREENLAND}?view=both`);
  const note = page.locator('#greenland-future').getByRole('link', {
    name: 'Translation corrected 28 November 2026',
  });
  await note.click();
  await expect(page).toHaveURL(new RegExp(`/en/${INTERVIEW}/#corrections$`));
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeInViewport();
  const entry = page.locator('#corrections li').filter({ hasText: 'Denmark’s sovereign rights' });
  await expect(entry.getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(`/en/${GREENLAND}#greenland-future$`),
  );
  // In the Kazakh-only mode the note goes with the English text it is about.
  await page.goto(`${GREENLAND}?view=kk`);
  await expect(page.locator('#greenland-future .qa-note')).toBeHidden();
});
