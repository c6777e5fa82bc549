import axe from 'axe-core';
import type { Locator, Page } from '@playwright/test';
import { loadLibrary } from '../../src/library/load-library.ts';
import { LANGS } from '../../src/i18n/ui.ts';
import { questionsInOrder } from '../../src/site/reading-order.ts';

/** Paths of the seed interview's pages, relative to the site's base URL. */
export const INTERVIEW = '2026-02-05-tokayev-the-news-international';
export const GREENLAND = `${INTERVIEW}/greenland/`;
/** The page of the Greenland Q&A alone. */
export const GREENLAND_QA = `${GREENLAND}greenland-future/`;

export const PAGE_TYPES = {
  home: '',
  interview: `${INTERVIEW}/`,
  section: GREENLAND,
  question: GREENLAND_QA,
  topics: 'topics/',
  topic: 'topics/united-states/',
  search: 'search/?q=Greenland',
  notFound: 'no-such-page/',
} as const;

/** The page of every Q&A of the seed, in both interfaces. */
export const QA_PAGES = LANGS.flatMap((lang) =>
  loadLibrary().interviews.flatMap((interview) =>
    questionsInOrder(interview).map(
      ({ section, question }) =>
        `${lang === 'en' ? 'en/' : ''}${interview.id}/${section.id}/${question.id}/`,
    ),
  ),
);

/** axe's rules for WCAG 2.2 AA. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's rules that read colours: all that the dark theme, the same page in other colours, can fail. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * What axe finds on the page, as "rule (elements)": for WCAG 2.2 AA, or `rules` only. axe-core
 * runs in the page, injected once per document: our pages have no frames, and
 * @axe-core/playwright, made for frames, injected its 0.5 MB source twice a run and returned
 * every rule's passes too: twice the time (README, "Checks and measurements").
 */
export async function axeFaults(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ rules, tags }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const { violations } = await axe.run(document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => `${v.id} (${v.nodes.length})`);
    },
    { rules, tags: WCAG_22_AA },
  );
}

/**
 * What axe finds in the light theme, then in the dark. The themes differ in colours only
 * (tokens.css), so the dark one is checked by the rules that read colours, in the same document:
 * loading the page again to run every rule found nothing more, and doubled these checks' time.
 */
export async function axeFaultsInBothThemes(page: Page): Promise<string[]> {
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeFaults(page);
  const lightBackground = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  if ((await background()) === lightBackground) throw new Error('the dark theme is not on');
  const dark = await axeFaults(page, COLOUR_RULES);
  return [...light.map((fault) => `light: ${fault}`), ...dark.map((fault) => `dark: ${fault}`)];
}

/** The same page in both interfaces. */
export const inBothInterfaces = (path: string): { lang: 'kk' | 'en'; path: string }[] => [
  { lang: 'kk', path },
  { lang: 'en', path: `en/${path}` },
];

/** How far the page scrolls sideways, in CSS pixels: 0 when it fits its viewport. */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** How far the element's top is below the sticky header (negative: hidden under it). */
export async function clearanceBelowHeader(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    const header = document.querySelector('.site-header');
    if (!target || !header) throw new Error(`missing ${sel} or header`);
    const sticky = getComputedStyle(header).position === 'sticky';
    const headerBottom = sticky ? header.getBoundingClientRect().bottom : 0;
    return target.getBoundingClientRect().top - headerBottom;
  }, selector);
}

/**
 * Waits until the page's actions, fetched once it is idle, are in: then the language and script
 * switches keep the reader's place (src/reader/keep-place.ts).
 */
export const actionsLoaded = (page: Page) =>
  page.waitForFunction(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/actions\.[\w-]+\.js$/.test(entry.name)),
  );

/** Presses a control where it is (in the sticky header): Playwright's click would scroll first. */
export async function pressInPlace(control: Locator): Promise<void> {
  const box = await control.boundingBox();
  if (!box) throw new Error('the control is not shown');
  await control.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
