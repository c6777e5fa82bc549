// What the search page shows for a query of the table (search-table.ts), and whether that is
// what the row asks for: one rule for the e2e test, which holds the site to the table, and for
// `npm run bench:table`, which prints it for sites before and after a change.
import type { Page } from '@playwright/test';
import { searchUi as en } from '../../src/i18n/en.search.ts';
import { searchUi as kk } from '../../src/i18n/kk.search.ts';
import { expectedHref, type TableQuery } from './search-table.ts';

const STRINGS = { kk, en };

export interface Outcome {
  status: string;
  /** The first result's link, and whether it is labelled a near match. */
  first: string | null;
  near: boolean;
  hits: number;
  didYouMean: boolean;
  suggestion: string | null;
  /** Topics offered (a link to a topic page on screen), and whether topic filters show. */
  topics: boolean;
  filters: boolean;
}

/**
 * Reads the page once its search has answered: the client draws the status and the results in
 * one go (every view renders the same state), so a status that is neither empty nor "loading" is
 * the final one.
 */
export async function outcome(page: Page, lang: 'kk' | 'en'): Promise<Outcome> {
  const t = STRINGS[lang];
  await page.waitForFunction(
    (loading) => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && status !== loading;
    },
    t.loading,
    { timeout: 20_000, polling: 50 },
  );
  return page.evaluate(
    ({ near, didYouMean }) => {
      const results = document.querySelector('.search-results');
      const hits = [...document.querySelectorAll('a.search-hit')];
      return {
        status: document.querySelector('.search-status')?.textContent ?? '',
        first: hits[0]?.getAttribute('href') ?? null,
        near: hits[0]?.querySelector('.hit-near')?.textContent === near,
        hits: hits.length,
        didYouMean: results?.textContent?.includes(didYouMean) ?? false,
        suggestion: document.querySelector('.search-suggestion')?.textContent ?? null,
        topics:
          results?.querySelector<HTMLElement>('a[href*="/topics/"]')?.checkVisibility() ?? false,
        filters: document.querySelector<HTMLElement>('.search-filters')?.checkVisibility() ?? false,
      };
    },
    { near: t.near, didYouMean: t.didYouMean },
  );
}

/**
 * Whether the page showed what the row asks for. Nothing found: the status says so for the
 * query, with the topics offered and no topic filter (a filter's count would promise answers).
 * Else the expected first result, labelled a near match under "Did you mean" (with the word the
 * row expects) exactly when the row is a typo.
 */
export function meets(row: TableQuery, seen: Outcome, interview: string): boolean {
  if (row.expected === null) {
    return seen.hits === 0 && seen.status.includes(row.query) && seen.topics && !seen.filters;
  }
  if (seen.first === null || !expectedHref(row.expected, interview).test(seen.first)) return false;
  if (!row.near) return !seen.near;
  return seen.near && seen.didYouMean && (!row.suggests || seen.suggestion === row.suggests);
}

/** What a row asks for, as the table names it: a Q&A's id or `interview`, or "nothing". */
export const expectation = ({ expected, near, suggests }: TableQuery): string =>
  `${expected ?? 'nothing'}${near ? ' (near)' : ''}${suggests ? `, “${suggests}”?` : ''}`;

/** What the page showed, named the same way. */
export function describe(seen: Outcome, interview: string): string {
  const offered = seen.suggestion ? `, “${seen.suggestion}”?` : '';
  if (seen.first === null) return `nothing${offered}`;
  const qa = /#([\w-]+)$/.exec(seen.first)?.[1];
  const name =
    qa ?? (expectedHref('interview', interview).test(seen.first) ? 'interview' : seen.first);
  return `${name}${seen.near ? ' (near)' : ''}${offered}`;
}
