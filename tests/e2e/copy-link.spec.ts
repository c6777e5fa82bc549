import { expect, test } from '@playwright/test';
import { GREENLAND, GREENLAND_QA, INTERVIEW } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const [label, path] of [
  ['section page', GREENLAND],
  ['whole interview', `${INTERVIEW}/`],
  ["Q&A's own page", GREENLAND_QA],
]) {
  test(`copy link on the ${label} copies the Q&A page's URL`, async ({ page, baseURL }) => {
    await page.goto(path ?? '');
    const qa = page.locator('#greenland-future');
    await qa.getByRole('button', { name: 'Сілтемені көшіру' }).click();
    await expect(qa.getByRole('status')).toHaveText('Сілтеме көшірілді');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${GREENLAND_QA}`);
  });
}

test('copy link in the English interface copies the English Q&A page URL', async ({
  page,
  baseURL,
}) => {
  await page.goto(`en/${INTERVIEW}/`);
  const qa = page.locator('#joining-abraham-accords');
  await qa.getByRole('button', { name: 'Copy link' }).click();
  await expect(qa.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}en/${INTERVIEW}/abraham-accords/joining-abraham-accords/`,
  );
});

test('copy link carries the mode the reader chose, and only a chosen one', async ({
  page,
  baseURL,
}) => {
  // The copy's code loads on the first click: wait for this click's text, not the last one's.
  const copied = async () => {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page
      .locator('#greenland-future')
      .getByRole('button', { name: 'Сілтемені көшіру' })
      .click();
    let text = '';
    await expect
      .poll(async () => (text = await page.evaluate(() => navigator.clipboard.readText())))
      .not.toBe('');
    return text;
  };
  await page.goto(GREENLAND);
  expect(await copied()).toBe(`${baseURL}${GREENLAND_QA}`);
  await page.getByRole('button', { name: 'Ағылшынша' }).click();
  expect(await copied()).toBe(`${baseURL}${GREENLAND_QA}?view=en`);
  // Remembered on the next page, and a ?view= in the address wins.
  await page.goto(`${INTERVIEW}/`);
  expect(await copied()).toBe(`${baseURL}${GREENLAND_QA}?view=en`);
  await page.goto(`${GREENLAND}?view=both`);
  expect(await copied()).toBe(`${baseURL}${GREENLAND_QA}?view=both`);
});

test('the paragraph link points to the paragraph on the Q&A page', async ({ page, baseURL }) => {
  await page.goto(GREENLAND);
  const link = page.getByRole('link', { name: 'Осы сұраққа сілтеме' }).first();
  await expect(link).toHaveAttribute('href', '#greenland-future');
  const paragraph = page.locator('#greenland-future-3 .para-link');
  await expect(paragraph).toHaveAccessibleName('3-абзацқа сілтеме');
  await paragraph.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}${GREENLAND_QA}#greenland-future-3`);
  await expect(page.locator('#greenland-future-3')).toBeFocused();
});
