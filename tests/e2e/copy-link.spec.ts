import { expect, test } from '@playwright/test';
import { GREENLAND, INTERVIEW } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const [label, path] of [
  ['section page', GREENLAND],
  ['whole interview', `${INTERVIEW}/`],
]) {
  test(`copy link on the ${label} copies the canonical section URL`, async ({ page, baseURL }) => {
    await page.goto(path ?? '');
    const qa = page.locator('#greenland-future');
    await qa.getByRole('button', { name: 'Сілтемені көшіру' }).click();
    await expect(qa.getByRole('status')).toHaveText('Сілтеме көшірілді');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${GREENLAND}#greenland-future`);
  });
}

test('copy link in the English interface copies the English section URL', async ({
  page,
  baseURL,
}) => {
  await page.goto(`en/${INTERVIEW}/`);
  const qa = page.locator('#joining-abraham-accords');
  await qa.getByRole('button', { name: 'Copy link' }).click();
  await expect(qa.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}en/${INTERVIEW}/abraham-accords/#joining-abraham-accords`,
  );
});
