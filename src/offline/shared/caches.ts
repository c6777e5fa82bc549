import type { Lang } from '../../i18n/ui.ts';

/**
 * What the build, the service worker and the page agree on: the caches' names, the list of
 * files "Save for offline" downloads, and the messages between the page and the worker.
 *
 * Every cache is named `suhbat-<build>-<kind>`, so that a build only ever reads its own:
 *   shell                      the offline pages, CSS, JS, font, icons (precached at install)
 *   visited                    what the reader opened (runtime caching)
 *   search                     Pagefind's engine and whole index, shared by saved interviews
 *   saved-<lang>-<interview>   one saved interview in one interface
 */
export const CACHE_PREFIX = 'suhbat-';

export const cacheNames = (build: string) => {
  const own = `${CACHE_PREFIX}${build}-`;
  return {
    own,
    shell: `${own}shell`,
    visited: `${own}visited`,
    search: `${own}search`,
    saved: (lang: Lang, interview: string): string => `${own}${savedSuffix(lang, interview)}`,
  };
};

/** The end of a saved interview's cache name, whatever the build. */
export const savedSuffix = (lang: Lang, interview: string): string => `saved-${lang}-${interview}`;

/** A saved interview's cache, of any build: build id, interface, interview. */
export function parseSavedCache(
  name: string,
): { build: string; lang: Lang; interview: string } | undefined {
  const match = /^suhbat-([0-9a-f]+)-saved-(kk|en)-(.+)$/.exec(name);
  if (!match?.[1] || !match[3]) return undefined;
  return { build: match[1], lang: match[2] === 'en' ? 'en' : 'kk', interview: match[3] };
}

/** Where the build writes each interview's list, under the base path. */
export const saveListPath = (interview: string, lang: Lang): string =>
  `offline-data/${interview}.${lang}.json`;

/**
 * Where the build writes the list of the search's shared files, once: each interview's list
 * held a copy, 2,000 copies of 43 KB at 1,000 interviews, growing with the square of the library.
 */
export const searchListPath = 'offline-data/search.json';

/** What "Save for offline" downloads for one interview in one interface. */
export interface SaveList {
  /** The build the files belong to: a worker of another build must not mix them in. */
  build: string;
  interview: string;
  lang: Lang;
  title: string;
  /** The interview's page in this interface: what the offline page links to. */
  href: string;
  /** Its pages, its search header and the search texts of its Q&As. */
  files: string[];
  /** Bytes of `files` and of the search's shared files together, as stored. */
  bytes: number;
}

/** The search's files that every saved interview shares (`searchListPath`). */
export interface SearchList {
  build: string;
  /** Pagefind's whole index, the records' maps, the vocabulary and the search's data. */
  files: string[];
}

export type SaveRequest = { type: 'save' | 'remove'; interview: string; lang: Lang };

export type SaveReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; bytes: number }
  | { type: 'removed' }
  | { type: 'failed'; reason: 'stale' | 'network' };
