import { expect, test } from '@playwright/test';
import { GREENLAND, INTERVIEW, PAGE_TYPES } from './site.ts';

const SITE = 'https://suhbat.example';

test('a section page describes itself for search engines and link previews', async ({ page }) => {
  await page.goto(GREENLAND);
  await expect(page).toHaveTitle('Гренландияның болашағы — Сұхбат');
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  const description = await meta('meta[name="description"]');
  expect(description).toMatch(/^Өте тәжірибелі дипломат ретінде Гренландия аумағына/);
  expect(description?.length).toBeLessThanOrEqual(160);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}/${GREENLAND}`,
  );
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute(
    'href',
    `${SITE}/en/${GREENLAND}`,
  );
  await expect(page.locator('link[hreflang="kk"]')).toHaveAttribute('href', `${SITE}/${GREENLAND}`);
  await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute(
    'href',
    `${SITE}/${GREENLAND}`,
  );
  expect(await meta('meta[property="og:title"]')).toBe('Гренландияның болашағы — Сұхбат');
  expect(await meta('meta[property="og:description"]')).toBe(description);
  expect(await meta('meta[property="og:url"]')).toBe(`${SITE}/${GREENLAND}`);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:locale"]')).toBe('kk_KZ');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');

  await page.goto(`en/${GREENLAND}`);
  await expect(page).toHaveTitle('The Future of Greenland — Suhbat');
  expect(await meta('meta[name="description"]')).toMatch(/^As a highly experienced diplomat/);
  expect(await meta('meta[property="og:locale"]')).toBe('en_GB');
});

test('every page has its own title, a description and no inline script', async ({ page }) => {
  const titles = new Set<string>();
  for (const path of Object.values(PAGE_TYPES).filter((p) => !p.startsWith('no-such'))) {
    for (const url of [path, `en/${path}`]) {
      await page.goto(url);
      titles.add(await page.title());
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('script:not([src])').count(), url).toBe(0);
    }
  }
  expect(titles.size).toBe(12);
});

test('robots.txt, the sitemap and the favicon are served', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain('Sitemap: https://suhbat.example/');
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain(`<loc>${SITE}/${INTERVIEW}/greenland/</loc>`);
  expect(sitemap).toContain(`${SITE}/en/${INTERVIEW}/greenland/`);
  expect(sitemap).not.toContain('404');
  expect((await request.get('favicon.svg')).status()).toBe(200);
});

test('the print stylesheet prints both languages and link addresses, without chrome', async ({
  page,
}) => {
  await page.goto(`${GREENLAND}?view=kk`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#greenland-future-1 [data-lang="en"]')).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.qa-tools').first()).toBeHidden();
  const printed = await page
    .locator('.breadcrumb a')
    .nth(1)
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printed).toBe(`" </${INTERVIEW}/>"`);
});
