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
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  expect(await meta('meta[property="og:image"]')).toBe(`${SITE}/og/kk/${INTERVIEW}/greenland.png`);
  expect(await meta('meta[property="og:image:alt"]')).toMatch(/^Бөлім: Гренландияның болашағы — /);
  expect(await meta('meta[property="article:published_time"]')).toBe('2026-02-05');

  await page.goto(`en/${GREENLAND}`);
  await expect(page).toHaveTitle('The Future of Greenland — Suhbat');
  expect(await meta('meta[name="description"]')).toMatch(/^As a highly experienced diplomat/);
  expect(await meta('meta[property="og:locale"]')).toBe('en_GB');
});

test("a Q&A's page is titled by its question and described by its answer", async ({ page }) => {
  const path = `${GREENLAND}greenland-future/`;
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  for (const [url, question, answer] of [
    [path, /^Өте тәжірибелі дипломат ретінде .* шындыққа жақын\?$/, /^Мен бұл мәселеге басқа/],
    [
      `en/${path}`,
      /^As a highly experienced diplomat, .* closer to reality\?$/,
      /^I would look at/,
    ],
  ] as const) {
    await page.goto(url);
    await expect(page).toHaveTitle(question);
    expect(await meta('meta[property="og:title"]')).toMatch(question);
    expect(await meta('meta[name="twitter:title"]')).toMatch(question);
    const description = await meta('meta[name="description"]');
    expect(description).toMatch(answer);
    expect(description?.length).toBeLessThanOrEqual(160);
    expect(description?.endsWith('…')).toBe(true);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="article:published_time"]')).toBe('2026-02-05');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/${url}`);
    await expect(page.locator('h1')).toHaveText(new RegExp(question.source.slice(1, 20)));
  }
  await expect(page.locator('link[hreflang="kk"]')).toHaveAttribute('href', `${SITE}/${path}`);
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', `${SITE}/en/${path}`);
});

test('every page has its own title, a description and no inline script', async ({ page }) => {
  test.setTimeout(120_000);
  const titles = new Set<string>();
  for (const path of Object.values(PAGE_TYPES).filter((p) => !p.startsWith('no-such'))) {
    for (const url of [path, `en/${path}`]) {
      await page.goto(url);
      titles.add(await page.title());
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      // Only JSON-LD data blocks, which browsers never run, and which must parse.
      const inline = page.locator('script:not([src])');
      await expect(inline.and(page.locator(':not([type="application/ld+json"])'))).toHaveCount(0);
      for (const json of await inline.allTextContents())
        expect(() => JSON.parse(json)).not.toThrow();
    }
  }
  expect(titles.size).toBe(14);
});

test('the pages of the interview describe it as schema.org data', async ({ page }) => {
  const data = async (path: string) =>
    JSON.parse(
      (await page
        .goto(path)
        .then(() => page.locator('script[type="application/ld+json"]').textContent())) ?? '',
    ) as Record<string, unknown>;
  const qa = await data(`en/${GREENLAND}greenland-future/`);
  expect(qa).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Article',
    genre: 'Interview',
    headline: expect.stringMatching(/^Өте тәжірибелі дипломат ретінде Гренландия/),
    inLanguage: 'kk',
    datePublished: '2026-02-05',
    url: `${SITE}/en/${GREENLAND}greenland-future/`,
    author: { '@type': 'Person', name: 'Қасым-Жомарт Тоқаев, Қазақстан Президенті' },
    publisher: { '@type': 'Organization', name: 'The News International' },
    workTranslation: {
      inLanguage: 'en',
      headline: expect.stringMatching(/^As a highly experienced diplomat/),
      translator: { name: 'Suhbat' },
    },
    isPartOf: { url: `${SITE}/en/${INTERVIEW}/` },
  });
  expect(await data(GREENLAND)).toMatchObject({ headline: 'Гренландияның болашағы' });
  expect(await data(`${INTERVIEW}/`)).toMatchObject({
    headline: expect.stringMatching(/^Қазақстан Президенті/),
    workTranslation: { inLanguage: 'en' },
  });
  await page.goto('');
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});

test('robots.txt, the sitemap and the favicon are served', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain('Sitemap: https://suhbat.example/');
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain(`<loc>${SITE}/${INTERVIEW}/greenland/</loc>`);
  expect(sitemap).toContain(`${SITE}/en/${INTERVIEW}/greenland/`);
  expect(sitemap).toContain(`<loc>${SITE}/${INTERVIEW}/greenland/greenland-future/</loc>`);
  expect(sitemap).not.toContain('404');
  // The Latin twins of the Kazakh pages are alternates; the English pages' are not listed.
  expect(sitemap).toContain(
    `<xhtml:link rel="alternate" hreflang="kk-Latn" href="${SITE}/latn/${INTERVIEW}/greenland/"/>`,
  );
  expect(sitemap).toContain(`<loc>${SITE}/latn/${INTERVIEW}/greenland/</loc>`);
  expect(sitemap).not.toContain('/en/latn/');
  expect((await request.get('favicon.svg')).status()).toBe(200);
});

test('a Latin twin names itself canonical, and the English one the English page', async ({
  page,
}) => {
  const alternates = {
    kk: `${SITE}/${GREENLAND}`,
    'kk-Latn': `${SITE}/latn/${GREENLAND}`,
    en: `${SITE}/en/${GREENLAND}`,
  };
  for (const [path, canonical] of [
    [GREENLAND, alternates.kk],
    [`latn/${GREENLAND}`, alternates['kk-Latn']],
    [`en/latn/${GREENLAND}`, alternates.en],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    for (const [hreflang, href] of Object.entries(alternates)) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
        'href',
        href,
      );
    }
  }
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
