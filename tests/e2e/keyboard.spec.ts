import { expect, test, type Page } from '@playwright/test';
import { GREENLAND, GREENLAND_QA, INTERVIEW } from './site.ts';

test.use({
  viewport: { width: 1440, height: 900 },
  permissions: ['clipboard-read', 'clipboard-write'],
});

/** Presses Tab until the element with this accessible text has focus. */
async function tabTo(page: Page, text: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return '';
      return (el.getAttribute('aria-label') ?? el.innerText).trim();
    });
    if (focused === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

test('the skip link leads to the text', async ({ page }) => {
  await page.goto(GREENLAND);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Негізгі мәтінге өту' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the mode switch works from the keyboard', async ({ page }) => {
  await page.goto(GREENLAND);
  await tabTo(page, 'Ағылшынша');
  await page.keyboard.press('Enter');
  await expect(page.locator('#greenland-future-1 [data-lang="kk"]')).toBeHidden();
  await tabTo(page, 'Екеуі');
  await page.keyboard.press('Space');
  await expect(page.locator('#greenland-future-1 [data-lang="kk"]')).toBeVisible();
  await expect(page.locator('#greenland-future-1 [data-lang="en"]')).toBeVisible();
});

test('the language switch works from the keyboard', async ({ page }) => {
  await page.goto(`${GREENLAND}#greenland-future`);
  await tabTo(page, 'English');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/${GREENLAND}#greenland-future$`));
});

test('the table of contents works from the keyboard', async ({ page }) => {
  await page.goto(`${INTERVIEW}/`);
  await tabTo(page, 'Гренландияның болашағы');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#greenland$/);
  await expect(page.locator('#greenland-heading')).toBeInViewport();
});

test('copy link works from the keyboard', async ({ page, baseURL }) => {
  await page.goto(GREENLAND);
  await tabTo(page, 'Сілтемені көшіру');
  await page.keyboard.press('Enter');
  await expect(page.locator('#greenland-future').getByRole('status')).toHaveText(
    'Сілтеме көшірілді',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${GREENLAND_QA}`,
  );
});

test("a paragraph's quote button offers the quote actions from the keyboard", async ({
  page,
  baseURL,
}) => {
  await page.goto(GREENLAND);
  await tabTo(page, '2-абзацты дәйексөз ретінде алу');
  await page.keyboard.press('Enter');
  const copyQuote = page.getByRole('button', { name: 'Дәйексөзді көшіру' });
  await expect(copyQuote).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.quote-popover').getByRole('status')).toHaveText('Дәйексөз көшірілді');
  const [quote, citation, link] = (await page.evaluate(() => navigator.clipboard.readText())).split(
    '\n',
  );
  expect(quote).toMatch(/^«Бір сөзбен айтқанда, .* қарастырылуға тиіс\.»$/);
  expect(citation).toBe(
    '— Қасым-Жомарт Тоқаев, Қазақстан Президенті, The News International, 2026 жылғы 5 ақпан',
  );
  expect(link).toMatch(new RegExp(`^${baseURL}${GREENLAND_QA}\\?view=kk#:~:text=`));
  // Escape closes the actions and gives focus back to the button that opened them.
  await page.keyboard.press('Escape');
  await expect(page.locator('.quote-popover')).toBeHidden();
  await expect(page.getByRole('button', { name: '2-абзацты дәйексөз ретінде алу' })).toBeFocused();
});
