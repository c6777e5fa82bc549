// Pagefind's index and the files the search reads, each fetched once, on first use.
import { whenIdle } from '../../reader/when-idle.ts';
import { withBase } from '../../site/base.ts';
import {
  chunksFor,
  indexForm,
  readChunk,
  readMeta,
  searchTerm,
  type ChunkWords,
  type IndexChunk,
  type TermResult,
} from '../shared/pagefind-index.ts';
import {
  SEARCH_FILES,
  type SearchData,
  type SearchInterview,
  type SearchMap,
  type SearchMaps,
  type SearchQaText,
} from '../shared/types.ts';

/** A page holding words that start with a term: its hash, a score to rank it, the positions. */
export type PagefindResult = TermResult;

/** Pagefind's index as the search reads it (shared/pagefind-index.ts). */
export interface Pagefind {
  /** Loads the index chunks a search for `term` needs. */
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
  /** How many index chunks hold words starting with `term`. */
  chunkCount(term: string): number;
}

let pagefind: Promise<Pagefind> | undefined;
/** The index once opened, for what must be known between two keys (`indexChunkCount`). */
let opened: Pagefind | undefined;
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

/** One of Pagefind's files, gzipped as it writes them, decompressed and read. */
const binary = <T>(path: string, read: (bytes: Uint8Array) => T): Promise<T> =>
  fetchOnce(path, async (response) => {
    if (!response.body) throw new Error(`${path}: empty`);
    const plain = response.body.pipeThrough(new DecompressionStream('gzip'));
    return read(new Uint8Array(await new Response(plain).arrayBuffer()));
  });

/** Pagefind's index: its list of pages and chunks read at once, each chunk on first use. */
async function openIndex(meta: string): Promise<Pagefind> {
  const { pages, chunks } = await binary(meta, readMeta);
  // Asked at each key (`chunkCount`), then by the preload and the search of the same term.
  const spans = new Map<string, IndexChunk[]>();
  const chunksOf = (term: string): IndexChunk[] => {
    let found = spans.get(term);
    if (!found) spans.set(term, (found = chunksFor(chunks, indexForm(term))));
    return found;
  };
  const load = (term: string): Promise<ChunkWords[]> =>
    Promise.all(chunksOf(term).map(({ hash }) => binary(SEARCH_FILES.chunk(hash), readChunk)));
  return {
    preload: async (term) => {
      await load(term);
    },
    search: async (term) => ({ results: searchTerm(pages, await load(term), term) }),
    chunkCount: (term) => chunksOf(term).length,
  };
}

/** The search's data, read once (again after a failure). */
function loadData(): Promise<SearchData> {
  data ??= json<SearchData>(SEARCH_FILES.data).catch((error: unknown) => {
    data = undefined;
    throw error;
  });
  return data;
}

/** Starts the index (its list of pages and chunks) and the search's data. */
export function loadEngine(): Promise<[Pagefind, SearchData]> {
  const data = loadData();
  pagefind ??= data
    .then(async (loaded) => (opened = await openIndex(loaded.index)))
    .catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    });
  return Promise.all([pagefind, data]);
}

/** The index chunks of words starting with `term`; 0 while the index is not open. */
export const indexChunkCount = (term: string): number => opened?.chunkCount(term) ?? 0;

/** Whether the engine has been asked for yet: the first search says it is loading. */
export const engineStarted = (): boolean => pagefind !== undefined;

const chunks = new Map<string, Promise<void>>();
const searches = new Map<string, Promise<PagefindResult[]>>();

/** The index chunks of `term`, loaded once: for its search, or ahead of it. */
const loadChunks = (engine: Pagefind, term: string): Promise<void> =>
  once(chunks, term, () => engine.preload(term));

/**
 * Every page holding a word that starts with `term`, once per term: the index does not change.
 * The search waits for the term's index chunks and runs only if `signal` has not been aborted by
 * then: a query already typed over does not read the places of its words (at 1,000 interviews,
 * the 22,196 places of "казакстан…" take 9 ms in Node once warm, more the first time in a page).
 */
export async function pagefindSearch(
  engine: Pagefind,
  term: string,
  signal?: AbortSignal,
): Promise<PagefindResult[]> {
  const found = searches.get(term);
  if (found) return found;
  await loadChunks(engine, term);
  signal?.throwIfAborted();
  return once(searches, term, async () => (await engine.search(term)).results);
}

/** Starts loading the index chunks of `term` that a search of it will need. */
export const preloadSearch = (engine: Pagefind, term: string): void =>
  void loadChunks(engine, term).catch(() => {});

/** Every record's map, once their one file has been read (`preloadMaps`). */
let allMaps: SearchMaps | undefined;

/** Whether the reader has asked the browser to save data (Chromium's `navigator.connection`). */
const savesData = (): boolean =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Reads every record's map from their one file when the browser is next idle, unless the reader
 * saves data: a later search then waits for no map of its own, one round of requests fewer
 * (README, "Search at scale"). Called once answers are on screen and the reader has paused, so
 * that it never delays a search; settles when the file is read, or has failed. The file is
 * fetched once (`fetchOnce`), and again at a later call if it failed.
 */
export function preloadMaps(): Promise<void> {
  if (allMaps || savesData()) return Promise.resolve();
  return new Promise<void>((resolve) => whenIdle(resolve))
    .then(loadData)
    .then((loaded) => json<SearchMaps>(loaded.maps))
    .then(
      (maps) => void (allMaps = maps),
      () => undefined,
    );
}

/** A record's map: from the file of them all once read, else its own file. */
export const loadMap = (page: string): Promise<SearchMap> => {
  const map = allMaps?.[page];
  return map ? Promise.resolve(map) : json(SEARCH_FILES.map(page));
};
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
