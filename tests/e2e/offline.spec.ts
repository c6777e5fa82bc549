import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../support/build-site.ts';
import { launchOptions } from '../support/chromium.ts';
import { deployableHost, type DeployableHost } from '../support/deployable-host.ts';
import { ROOT, tempDir } from '../support/helpers.ts';
import { axeFaultsInBothThemes, GREENLAND, INTERVIEW, sidewaysScroll } from './site.ts';

// Reading offline in Chromium, at / and under /reader/: save an interview, cut the network,
// read and search what was saved; then deploy a build with a changed section while the reader
// has the old one saved. The sites before the change are the ones `npm test` built for the
// other projects; the changed ones are built here.
test.describe.configure({ mode: 'default' });

/** A word that only the changed build has, in both languages of the Greenland section. */
const MARKER = 'Fjordmarker';

/** The seed with the marker added to the first answer of the Greenland section. */
function changedContent(): string {
  const dir = join(tempDir(), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const lang of ['kk', 'en']) {
    const folder = join(dir, 'interviews', INTERVIEW, lang);
    const file = join(folder, readdirSync(folder).find((name) => name.includes('greenland')) ?? '');
    const text = readFileSync(file, 'utf8');
    // The first paragraph after the first question heading.
    writeFileSync(file, text.replace(/(\n## [^\n]+\n\n[^\n]+)/, `$1 ${MARKER}.`));
  }
  return dir;
}

const SITES = [
  { name: 'at the root', base: '/', before: join(ROOT, 'dist') },
  { name: 'under /reader/', base: '/reader/', before: join(ROOT, 'tests/e2e/base-path/dist') },
];
const after = new Map<string, string>();

test.beforeAll(async () => {
  // Two real builds: more than one test's time on a loaded machine.
  test.setTimeout(600_000);
  const content = changedContent();
  for (const { base } of SITES) {
    const build = buildSite(content, { BASE: base });
    expect(build.status, build.output).toBe(0);
    after.set(base, build.outDir);
  }
});

/**
 * Searches from a page of the Kazakh interface: the hits' links without their query (`?hl=`),
 * in order; none found, an empty list.
 */
async function search(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill(query);
  const status = page.locator('dialog[open] .search-status');
  // Results, or none found; not "the search could not load".
  await expect(status).toHaveText(/сұрақ-жауап,|ештеңе табылмады|жүктелмеді/);
  await expect(status).not.toHaveText(/жүктелмеді/);
  const hrefs = await page
    .locator('dialog[open] a.search-hit')
    .evaluateAll((links) =>
      links.map((link) => (link.getAttribute('href') ?? '').replace(/\?[^#]*/, '')),
    );
  await page.keyboard.press('Escape');
  return hrefs;
}

/**
 * How the page's search files were served, by kind (index chunk, record map, Q&A text): each
 * distinct "matched → final" source of Chromium's static routing that their timings report.
 */
async function searchSources(page: Page): Promise<Record<'chunk' | 'map' | 'text', string[]>> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => {
      const routed = entry as PerformanceResourceTiming & {
        workerMatchedSourceType?: string;
        workerFinalSourceType?: string;
      };
      return {
        path: new URL(entry.name).pathname,
        source: `${routed.workerMatchedSourceType ?? ''} → ${routed.workerFinalSourceType ?? ''}`,
      };
    }),
  );
  const of = (pattern: RegExp): string[] => [
    ...new Set(entries.filter(({ path }) => pattern.test(path)).map(({ source }) => source)),
  ];
  return {
    chunk: of(/\/pagefind\/index\//),
    map: of(/\/search-index\/map\//),
    text: of(/\/search-index\/qa\//),
  };
}

/** Resolves once an activated service worker controls the page. */
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) errors.push(message.text());
  });
}

for (const { name, base, before } of SITES) {
  test.describe(name, () => {
    let host: DeployableHost;
    let context: BrowserContext;
    test.beforeEach(async ({ browser }) => {
      host = await deployableHost(before, base);
      context = await browser.newContext({ baseURL: `${host.origin}${base}` });
    });
    test.afterEach(async () => {
      await context.close();
      await host.close();
    });
    const offline = async (down: boolean): Promise<void> => {
      host.cut(down);
      await context.setOffline(down);
    };

    test('save an interview, then read and search it offline; a page not saved shows the offline page', async () => {
      const csp: string[] = [];
      const outside: string[] = [];
      context.on('request', (request) => {
        if (!request.url().startsWith(host.origin)) outside.push(request.url());
      });
      const page = await context.newPage();
      watchConsole(page, csp);
      await page.goto('./');
      await controlled(page);
      await page
        .getByRole('link', { name: /Тоқаев/ })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`${INTERVIEW}/$`));

      const control = page.locator('[data-offline-save]');
      const button = control.getByRole('button', { name: 'Офлайн оқу үшін сақтау' });
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.click();
      await expect(control.getByRole('status')).toHaveText(/Офлайн оқуға сақталды \(\d+ КБ\)/);
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      // The other tests block the worker, so the control is only ever shown here: axe in both
      // themes, and nothing scrolls sideways on a phone.
      expect(await axeFaultsInBothThemes(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: 375, height: 667 });
      expect(await sidewaysScroll(page)).toBe(0);
      if (viewport) await page.setViewportSize(viewport);

      await offline(true);
      // A section never visited, and a deep link to a paragraph with a query.
      await page.goto(`${INTERVIEW}/russia-ukraine/`);
      await expect(page.locator('h1')).toContainText('Ресей');
      await page.goto(`${GREENLAND}?view=both#greenland-future-2`);
      await expect(page.locator('#greenland-future-2')).toBeFocused();
      await expect(page.locator('#greenland-future-2')).toBeInViewport();
      for (const query of ['Greenland', 'Гренландия']) {
        const hits = await search(page, query);
        expect(hits[0], query).toBe(`${base}${GREENLAND}#greenland-future`);
      }
      // A result opens offline too, with the words marked.
      await page.keyboard.press('/');
      await page.getByRole('searchbox').fill('Гренландия');
      await page.locator('dialog[open] a.search-hit').first().click();
      await expect(page.locator('#greenland-future mark.search-mark').first()).toBeVisible();
      // The pages in Latin are saved with the interview: the script switch works offline.
      await page.getByRole('link', { name: 'Latyn' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
      await expect(page.locator('h1 [data-lang="kk"]')).toHaveText('Grenlandianyñ bolaşağy');
      await page.getByRole('link', { name: 'Кирил' }).click();
      await expect(page.locator('h1 [data-lang="kk"]')).toHaveText('Гренландияның болашағы');

      // Not saved: the topics page, and the interview in the other interface.
      await page.goto('topics/');
      await expect(page.locator('h1')).toHaveText('Желі жоқ');
      const saved = page.locator('[data-saved-list] a');
      await expect(saved).toHaveAttribute('href', `${base}${INTERVIEW}/`);
      await saved.click();
      await expect(page.locator('h1')).toContainText('Тоқаев');
      // The whole-interview page's later sections come from the saved copy too.
      await expect(page.locator('#strategic-vector')).toBeAttached();
      await page.goto(`en/${INTERVIEW}/`);
      await expect(page.locator('h1')).toHaveText('You are offline');
      await expect(page.locator('[data-saved-list] a')).toHaveCount(0);
      await expect(page.getByText('Nothing is saved yet.')).toBeVisible();

      // Undo: the saved copy and the shared search files go.
      await offline(false);
      await page.goto(`${INTERVIEW}/`);
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await expect(control.getByRole('status')).toHaveText('Офлайн көшірме өшірілді.');
      const left = await page.evaluate(() => caches.keys());
      expect(left.filter((cache) => /-(saved|search)/.test(cache))).toEqual([]);
      await offline(true);
      await page.goto(`${INTERVIEW}/gaza-peace-plan/`);
      await expect(page.locator('h1')).toHaveText('Желі жоқ');

      expect(csp).toEqual([]);
      expect(outside).toEqual([]);
    });

    test('the index and maps skip the worker: from the network until saved, then from the saved copy', async () => {
      const page = await context.newPage();
      await page.goto(`${INTERVIEW}/`);
      await controlled(page);
      expect(await search(page, 'Гренландия')).toContain(`${base}${GREENLAND}#greenland-future`);
      let sources = await searchSources(page);
      // Not saved: the worker's static route finds nothing in its cache and the network answers.
      expect(sources.chunk).toEqual(['cache → network']);
      expect(sources.map).toEqual(['cache → network']);
      // The texts are not routed: the fetch handler decides (it leaves them to the browser until
      // something is saved).
      expect(sources.text).toEqual([' → network']);

      const button = page.locator('[data-offline-save] button');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await offline(true);
      await page.goto(`${INTERVIEW}/`);
      expect(await search(page, 'Greenland')).toContain(`${base}${GREENLAND}#greenland-future`);
      sources = await searchSources(page);
      expect(sources.chunk).toEqual(['cache → cache']);
      expect(sources.map).toEqual(['cache → cache']);
    });

    test('"Save for offline" keeps its place until it appears, and takes none without scripts', async ({
      browser,
    }) => {
      const page = await context.newPage();
      // Its height as the page is first laid out, long before the worker is registered.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const control = document.querySelector('[data-offline-save]');
          document.documentElement.dataset['testFirstHeight'] = String(
            control?.getBoundingClientRect().height ?? -1,
          );
        });
      });
      await page.goto(GREENLAND);
      const control = page.locator('[data-offline-save]');
      await expect(control.getByRole('button')).toBeVisible();
      const first = Number(await page.locator('html').getAttribute('data-test-first-height'));
      const shown = await control.evaluate((element) => element.getBoundingClientRect().height);
      expect(first).toBeGreaterThan(0);
      expect(Math.abs(shown - first)).toBeLessThan(1);

      const noScripts = await browser.newContext({
        baseURL: `${host.origin}${base}`,
        javaScriptEnabled: false,
      });
      try {
        const still = await noScripts.newPage();
        await still.goto(GREENLAND);
        await expect(still.locator('h1')).toContainText('Гренландия');
        expect(
          await still
            .locator('[data-offline-save]')
            .evaluate((element) => element.getBoundingClientRect().height),
        ).toBe(0);
      } finally {
        await noScripts.close();
      }
    });

    test('a new build reaches a saved interview whole: new text and new index together', async () => {
      let page = await context.newPage();
      await page.goto(`${INTERVIEW}/`);
      await controlled(page);
      const button = page.locator('[data-offline-save] button');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');

      host.deploy(after.get(base) ?? '');
      // The old worker finds the new one, which downloads the saved interview again from the
      // new build before it may take over.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        while (!registration.waiting) await new Promise((resolve) => setTimeout(resolve, 100));
      });
      // Until the reader leaves, the old build, whole: old text, old index.
      await offline(true);
      await page.goto(GREENLAND);
      await expect(page.locator('h1')).toContainText('Гренландия');
      await expect(page.locator('main')).not.toContainText(MARKER);
      expect(await search(page, MARKER)).toEqual([]);

      // The reader closes the site and comes back, still offline: the new build, whole.
      await page.close();
      page = await context.newPage();
      await page.goto(GREENLAND);
      await expect(page.locator('main')).toContainText(MARKER);
      expect(await search(page, MARKER)).toContain(`${base}${GREENLAND}#greenland-future`);
      await page.goto(`${INTERVIEW}/russia-ukraine/`);
      await expect(page.locator('h1')).toContainText('Ресей');
      const builds = new Set(
        (await page.evaluate(() => caches.keys())).map((cache) => cache.split('-')[1]),
      );
      expect(builds.size).toBe(1);
    });

    test('the manifest passes Chromium’s installability checks, in both interfaces', async () => {
      // Installing needs a profile on disk: an incognito context reports "in-incognito".
      const persistent = await chromium.launchPersistentContext(tempDir('suhbat-profile-'), {
        ...launchOptions,
        baseURL: `${host.origin}${base}`,
      });
      const page = persistent.pages()[0] ?? (await persistent.newPage());
      for (const { path, lang } of [
        { path: './', lang: 'kk' },
        { path: 'en/', lang: 'en' },
      ]) {
        await page.goto(path);
        const cdp = await persistent.newCDPSession(page);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors).toEqual([]);
        const manifest = await cdp.send('Page.getAppManifest');
        expect(manifest.url).toBe(
          `${host.origin}${base}${path.replace('./', '')}manifest.webmanifest`,
        );
        expect(manifest.errors).toEqual([]);
        const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
        expect(data).toMatchObject({ lang, start_url: `${base}${path.replace('./', '')}` });
      }
      await persistent.close();
    });
  });
}
