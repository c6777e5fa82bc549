import { expect, test, type Page } from '@playwright/test';
import { GREENLAND, INTERVIEW } from './site.ts';

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
    `${baseURL}${GREENLAND}#greenland-future`,
  );
});
