// Pagefind and the files the search reads, each fetched once, on first use.
import { withBase } from '../../site/base.ts';
import {
  SEARCH_FILES,
  type SearchData,
  type SearchInterview,
  type SearchMap,
  type SearchQaText,
} from '../shared/types.ts';

/** What a Pagefind result carries without its fragment: the page and the matched positions. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
}

export interface Pagefind {
  options(options: { baseUrl: string; noWorker: boolean }): Promise<void>;
  init(): Promise<void>;
  /** Loads the index chunks a search for `term` needs. */
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
let data: Promise<SearchData> | undefined;

/** Once per key: a failed promise is forgotten, to be tried again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = start();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

const files = new Map<string, Promise<unknown>>();

/** A file under the base, fetched once. */
const fetchOnce = <T>(path: string, read: (response: Response) => Promise<T>): Promise<T> =>
  once(files, path, async () => {
    const response = await fetch(withBase(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return read(response);
  }) as Promise<T>;

const json = <T>(path: string): Promise<T> => fetchOnce(path, (r) => r.json() as Promise<T>);

/**
 * Pagefind builds an `Intl.Segmenter` at every search, and the first one a page builds loads
 * ICU's break rules (20–25 ms in Chromium here): one is built while Pagefind's files download,
 * rather than on the first search's path.
 */
function buildSegmenter(): void {
  if (typeof Intl.Segmenter === 'function') {
    new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' });
  }
}

/** Starts Pagefind (its script, WebAssembly and page list) and the search's data. */
export function loadEngine(): Promise<[Pagefind, SearchData]> {
  pagefind ??= (import(/* @vite-ignore */ withBase(SEARCH_FILES.pagefind)) as Promise<Pagefind>)
    .then(async (module) => {
      await module.options({ baseUrl: '/', noWorker: true });
      const ready = module.init();
      buildSegmenter();
      await ready;
      return module;
    })
    .catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    });
  data ??= json<SearchData>(SEARCH_FILES.data).catch((error: unknown) => {
    data = undefined;
    throw error;
  });
  return Promise.all([pagefind, data]);
}

/** Whether the engine has been asked for yet: the first search says it is loading. */
export const engineStarted = (): boolean => pagefind !== undefined;

const chunks = new Map<string, Promise<void>>();
const searches = new Map<string, Promise<PagefindResult[]>>();

/**
 * Every page holding a word that starts with `term`, once per term: the index does not change.
 * The search itself (12–36 ms at 1,000 interviews) waits for the term's index chunks and runs
 * only if `signal` has not been aborted by then: a query already typed over is not searched.
 */
export async function pagefindSearch(
  engine: Pagefind,
  term: string,
  signal?: AbortSignal,
): Promise<PagefindResult[]> {
  const found = searches.get(term);
  if (found) return found;
  await once(chunks, term, () => engine.preload(term));
  signal?.throwIfAborted();
  const results = await once(
    searches,
    term,
    async () => (await engine.search(term))?.results ?? [],
  );
  // Pagefind searches on without an index chunk that failed to load, and finds nothing: an empty
  // answer is not kept, so that the next search loads the chunk again.
  if (results.length === 0) searches.delete(term);
  return results;
}

export const loadMap = (page: string): Promise<SearchMap> => json(SEARCH_FILES.map(page));
export const loadInterview = (id: string): Promise<SearchInterview> =>
  json(SEARCH_FILES.interview(id));
export const loadQa = (interview: string, n: number, lang: 'kk' | 'en'): Promise<SearchQaText> =>
  json(SEARCH_FILES.qa(interview, n, lang));
/** The vocabulary file a word is in: by its first letter, or two where the letter is split. */
export const vocabularyStart = (word: string, data: SearchData): string => {
  const letters = [...word];
  return letters.slice(0, data.vocabularySplit.includes(letters[0] ?? '') ? 2 : 1).join('');
};
/** Vocabulary words starting with `start`, most frequent first. */
export const loadVocabulary = (start: string): Promise<string[]> =>
  fetchOnce(SEARCH_FILES.vocabulary(start), async (r) => (await r.text()).split('\n'));
