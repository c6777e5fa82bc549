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

interface Pagefind {
  options(options: { baseUrl: string; noWorker: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
let data: Promise<SearchData> | undefined;
const files = new Map<string, Promise<unknown>>();

/** A file under the base, fetched once; a failed fetch is forgotten, to be tried again. */
function fetchOnce<T>(path: string, read: (response: Response) => Promise<T>): Promise<T> {
  let file = files.get(path) as Promise<T> | undefined;
  if (!file) {
    file = fetch(withBase(path)).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return read(response);
    });
    file.catch(() => files.delete(path));
    files.set(path, file);
  }
  return file;
}

const json = <T>(path: string): Promise<T> => fetchOnce(path, (r) => r.json() as Promise<T>);

/** Starts Pagefind (its script, WebAssembly and page list) and the search's data. */
export function loadEngine(): Promise<[Pagefind, SearchData]> {
  pagefind ??= (import(/* @vite-ignore */ withBase(SEARCH_FILES.pagefind)) as Promise<Pagefind>)
    .then(async (module) => {
      await module.options({ baseUrl: '/', noWorker: true });
      await module.init();
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

const searches = new Map<string, Promise<PagefindResult[]>>();

/** Every page holding a word that starts with `term`, once per term: the index does not change. */
export function pagefindSearch(engine: Pagefind, term: string): Promise<PagefindResult[]> {
  let found = searches.get(term);
  if (!found) {
    found = engine.search(term).then((response) => response?.results ?? []);
    found.catch(() => searches.delete(term));
    searches.set(term, found);
  }
  return found;
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
