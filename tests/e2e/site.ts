import type { Page } from '@playwright/test';

/** Paths of the seed interview's pages, relative to the site's base URL. */
export const INTERVIEW = '2026-02-05-tokayev-the-news-international';
export const GREENLAND = `${INTERVIEW}/greenland/`;

export const PAGE_TYPES = {
  home: '',
  interview: `${INTERVIEW}/`,
  section: GREENLAND,
  topics: 'topics/',
  topic: 'topics/united-states/',
  search: 'search/?q=Greenland',
  notFound: 'no-such-page/',
} as const;

/** The same page in both interfaces. */
export const inBothInterfaces = (path: string): { lang: 'kk' | 'en'; path: string }[] => [
  { lang: 'kk', path },
  { lang: 'en', path: `en/${path}` },
];

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
