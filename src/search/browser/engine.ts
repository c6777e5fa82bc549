// Pagefind and the files the search reads, each fetched once, on first use.
import { withBase } from '../../site/base.ts';
import type { PagefindResultData } from '../shared/results.ts';
import { SEARCH_FILES, type SearchQa, type SearchTopic } from '../shared/types.ts';

export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  totalFilters?: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: { baseUrl: string; noWorker: boolean }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<PagefindSearch | null>;
}

let pagefind: Promise<Pagefind> | undefined;
let topics: Promise<SearchTopic[]> | undefined;
const texts = new Map<string, Promise<Record<string, SearchQa>>>();

const fetchJson = <T>(path: string): Promise<T> =>
  fetch(withBase(path)).then((response) => {
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json() as Promise<T>;
  });

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ withBase(SEARCH_FILES.pagefind)) as Promise<Pagefind>)
    .then(async (module) => {
      // Result URLs exactly as indexed (`/<interview>/<section>/`); the base is added later.
      await module.options({ baseUrl: '/', noWorker: true });
      await module.init();
      // Loading the filters once makes every search report its counts per topic.
      await module.filters();
      return module;
    })
    .catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    });
  return pagefind;
}

export function loadTopics(): Promise<SearchTopic[]> {
  topics ??= fetchJson<{ topics: SearchTopic[] }>(SEARCH_FILES.topics).then((data) => data.topics);
  return topics;
}

/** The original text of a result's section, for its excerpts. */
export function loadTexts(
  meta: Record<string, string | undefined>,
): Promise<Record<string, SearchQa>> {
  const path = SEARCH_FILES.text(meta['interview'] ?? '', meta['section'] ?? '');
  let text = texts.get(path);
  if (!text) {
    text = fetchJson<Record<string, SearchQa>>(path);
    texts.set(path, text);
  }
  return text;
}

/** Whether Pagefind has been asked for yet: the first search says it is loading. */
export const engineStarted = (): boolean => pagefind !== undefined;
