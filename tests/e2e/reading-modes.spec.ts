import { expect, test, type Page } from '@playwright/test';
import { actionsLoaded, GREENLAND, GREENLAND_QA, INTERVIEW, pressInPlace } from './site.ts';

const kkParagraph = (page: Page) => page.locator('#greenland-future-1 [data-lang="kk"]');
const enParagraph = (page: Page) => page.locator('#greenland-future-1 [data-lang="en"]');

async function expectView(page: Page, kk: boolean, en: boolean): Promise<void> {
  await expect(kkParagraph(page)).toBeVisible({ visible: kk });
  await expect(enParagraph(page)).toBeVisible({ visible: en });
}

test('each mode shows and hides the right text, and is kept', async ({ page }) => {
  await page.goto(GREENLAND);
  await expectView(page, true, false);
  const group = page.getByRole('group', { name: 'Оқу тілі' });
  await expect(group.getByRole('button', { name: 'Қазақша' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await group.getByRole('button', { name: 'Ағылшынша' }).click();
  await expectView(page, false, true);
  await expect(group.getByRole('button', { name: 'Ағылшынша' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.reload();
  await expectView(page, false, true);

  await page.getByRole('link', { name: /Келесі бөлім/ }).click();
  await expect(page).toHaveURL(/constitutional-reform\/$/);
  await expect(page.locator('#constitutional-amendments-1 [data-lang="kk"]')).toBeHidden();
  await expect(page.locator('#constitutional-amendments-1 [data-lang="en"]')).toBeVisible();

  await page.getByRole('button', { name: 'Екеуі' }).click();
  await page.goto(GREENLAND);
  await expectView(page, true, true);
});

test('?view= in the URL wins over the stored choice; an unknown value falls back quietly', async ({
  page,
}) => {
  await page.goto(GREENLAND);
  await page.getByRole('button', { name: 'Екеуі' }).click();
  await page.goto(`${GREENLAND}?view=en`);
  await expectView(page, false, true);
  await page.goto(`${GREENLAND}?view=kk`);
  await expectView(page, true, false);
  await page.goto(`${GREENLAND}?view=klingon`);
  await expectView(page, true, false);
});

test('the English interface starts with both languages', async ({ page }) => {
  await page.goto(`en/${GREENLAND}`);
  await expectView(page, true, true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both languages are readable and the links work', async ({ page }) => {
    await page.goto(GREENLAND);
    await expectView(page, true, true);
    await expect(page.getByRole('group', { name: 'Оқу тілі' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Сілтемені көшіру' }).first()).toBeHidden();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/${GREENLAND}$`));
    await page.getByRole('link', { name: /Previous section/ }).click();
    await expect(page).toHaveURL(new RegExp(`/en/${INTERVIEW}/russia-ukraine/$`));
    await expect(page.locator('#mediation-russia-ukraine-1 [data-lang="kk"]')).toBeVisible();
    await expect(page.locator('#mediation-russia-ukraine-1 [data-lang="en"]')).toBeVisible();
  });
});

test('the language switch keeps the page and the anchor', async ({ page }) => {
  await page.goto(`${GREENLAND}#greenland-future-2`);
  await actionsLoaded(page);
  await pressInPlace(page.getByRole('link', { name: 'English', exact: true }));
  await expect(page).toHaveURL(new RegExp(`/en/${GREENLAND}#greenland-future-2$`));
  await expect(page.locator('#greenland-future-2')).toBeInViewport();
});

test('every block carries the lang of its text', async ({ page }) => {
  for (const path of [GREENLAND, `en/${INTERVIEW}/`]) {
    await page.goto(path);
    const mismatched = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-lang]')].filter(
          (el) => el.getAttribute('lang') !== el.getAttribute('data-lang'),
        ).length,
    );
    expect(mismatched).toBe(0);
  }
});

test('a single-language mode hides the other language everywhere on the page', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['', `${INTERVIEW}/`, GREENLAND, GREENLAND_QA, 'topics/united-states/']) {
    for (const [view, hidden] of [
      ['kk', 'en'],
      ['en', 'kk'],
    ]) {
      await page.goto(`${path}?view=${view}`);
      const visible = await page
        .locator(`main [data-lang="${hidden}"]`)
        .evaluateAll((nodes) => nodes.filter((node) => node.getClientRects().length > 0).length);
      expect(visible, `${path}?view=${view}`).toBe(0);
    }
  }
});
