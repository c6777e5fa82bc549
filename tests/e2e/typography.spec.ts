import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERVIEW } from './site.ts';

// Typography as a reader sees it on the built pages (Astro compresses the HTML, the dev server
// does not): every separator keeps its spaces, and English text has curly quotes only.

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every page of the built site, as a path under the base URL. */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(path);
    if (!entry.name.endsWith('.html')) return [];
    return [
      relative(DIST, path)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, ''),
    ];
  });
}

/** A separator with a letter, digit or punctuation mark right beside it. */
const GLUED = /[^\s][·—›‹]|[·—›‹][^\s]/u;

/** What a reader reads: the rendered text, the title, and separators drawn by CSS. */
async function readerText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const drawn: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(element, pseudo).content;
        if (content.startsWith('"')) drawn.push(content.slice(1, content.lastIndexOf('"')));
      }
    }
    return [...document.body.innerText.split('\n'), document.title, ...drawn];
  });
}

/** Text nodes and labels in English (by their `lang`) that hold a straight quote. */
async function straightQuotesInEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = (node: Node | null): boolean =>
      (node instanceof Element ? node : node?.parentElement)
        ?.closest('[lang]')
        ?.getAttribute('lang') === 'en';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const tag = node.parentElement?.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') continue;
      if (english(node) && /['"]/.test(node.textContent ?? '')) found.push(node.textContent ?? '');
    }
    const labels = document.querySelectorAll(
      '[aria-label], meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]',
    );
    for (const element of labels) {
      const value = element.getAttribute('aria-label') ?? element.getAttribute('content') ?? '';
      if (english(element) && /['"]/.test(value)) found.push(value);
    }
    if (english(document.documentElement) && /['"]/.test(document.title))
      found.push(document.title);
    return found;
  });
}

test('no separator is glued to a word, and English has curly quotes, on every built page', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The pages as served, without JavaScript: what the HTML itself says.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(40);
  const glued: string[] = [];
  const straight: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    glued.push(
      ...(await readerText(page)).filter((t) => GLUED.test(t)).map((t) => `${path}: ${t}`),
    );
    straight.push(...(await straightQuotesInEnglish(page)).map((t) => `${path}: ${t}`));
  }
  await context.close();
  expect(glued).toEqual([]);
  expect(straight).toEqual([]);
});

test('the whole interview keeps its separators once all of it has loaded', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of [`${INTERVIEW}/`, `en/${INTERVIEW}/`]) {
    await page.goto(path);
    await expect(page.locator('[data-later]')).toHaveCount(0);
    const glued = (await readerText(page)).filter((t) => GLUED.test(t));
    expect(glued).toEqual([]);
    expect(await straightQuotesInEnglish(page)).toEqual([]);
  }
});

test('the check catches a glued separator', async ({ page }) => {
  await page.setContent(
    '<p><a href="/">Interviews</a>·<a href="/t">Topics</a></p><p lang="en">Trump\'s</p>',
  );
  expect((await readerText(page)).filter((t) => GLUED.test(t))).toEqual(['Interviews·Topics']);
  expect(await straightQuotesInEnglish(page)).toEqual(["Trump's"]);
});
