import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INTERVIEW } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SITE = 'https://suhbat.example';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

for (const lang of ['kk', 'en'] as const) {
  test(`every Q&A's copied link (${lang}) opens its page, previewed by its question and card`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const base = new URL(baseURL ?? '').pathname;
    const dist = base === '/' ? `${ROOT}dist/` : `${ROOT}tests/e2e/base-path/dist/`;
    await page.goto(`${lang === 'en' ? 'en/' : ''}${INTERVIEW}/`);
    // Every Q&A, with the later sections in place.
    await expect(page.locator('[data-later]')).toHaveCount(0);
    const ids = await page.locator('article.qa').evaluateAll((qas) => qas.map((qa) => qa.id));
    expect(ids).toHaveLength(11);
    const opened = await context.newPage();
    for (const id of ids) {
      const qa = page.locator(`#${id}`);
      // The question in the interface's language, or in Kazakh where there is no gloss.
      const heading = qa.locator(`h3 [data-lang="${lang}"]`).or(qa.locator('h3 [data-lang="kk"]'));
      const question = (await heading.last().textContent())?.trim();
      await qa
        .getByRole('button', { name: lang === 'en' ? 'Copy link' : 'Сілтемені көшіру' })
        .click();
      await expect(qa.getByRole('status')).not.toBeEmpty();
      const link = await page.evaluate(() => navigator.clipboard.readText());

      await opened.goto(link);
      const meta = (property: string) =>
        opened.locator(`meta[property="${property}"]`).getAttribute('content');
      expect(await meta('og:title'), id).toBe(question);
      await expect(opened).toHaveTitle(question ?? '');
      expect(await meta('og:url')).toBe(`${SITE}${new URL(link).pathname}`);
      const image = (await meta('og:image')) ?? '';
      expect(image.startsWith(`${SITE}${base}og/`), image).toBe(true);
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('630');
      expect(await meta('og:image:alt')).toContain(question);
      expect(await opened.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
        'summary_large_image',
      );

      // The card exists in dist/, is served, and is a 1200×630 PNG under 100 KB.
      const file = image.slice(`${SITE}${base}`.length);
      expect(existsSync(`${dist}${file}`), file).toBe(true);
      const response = await opened.request.get(`${baseURL}${file}`);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.equals(readFileSync(`${dist}${file}`))).toBe(true);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeLessThan(100 * 1024);
    }
  });
}

test('every indexed page has a preview card that exists', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL ?? '').pathname;
  for (const path of ['', `${INTERVIEW}/`, `${INTERVIEW}/greenland/`, 'topics/', 'search/']) {
    for (const url of [path, `en/${path}`]) {
      await page.goto(url);
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
      expect(image.startsWith(`${SITE}${base}og/`), url).toBe(true);
      const response = await page.request.get(`${baseURL}${image.slice(`${SITE}${base}`.length)}`);
      expect(response.status(), image).toBe(200);
    }
  }
});
