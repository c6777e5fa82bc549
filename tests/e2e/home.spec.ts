import { expect, test } from '@playwright/test';

test('the home page lists the interview and its sections in Kazakh', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Қасым-Жомарт Тоқаевтың');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(9);
  await expect(page.locator('#greenland-future')).toContainText('Гренландия');
});
