// The state of one search box: the query, the topic filters and the results on screen. Views
// register with it and render each new state; only the latest query's results are shown.
import type { Lang } from '../../i18n/ui.ts';
import { namedTopics } from '../shared/named-topics.ts';
import { isEmpty, parseQuery, waitsForPause, type Query } from '../shared/query.ts';
import { groupResults, type SearchGroup } from '../shared/results.ts';
import {
  aliasExpander,
  aliasToken,
  nameRules,
  namesStartedBy,
  type NameRule,
} from '../shared/segments.ts';
import type { SearchData, SearchTopic } from '../shared/types.ts';
import {
  engineStarted,
  indexChunkCount,
  loadEngine,
  pagefindSearch,
  preloadMaps,
  preloadSearch,
} from './engine.ts';
import { QuerySearch } from './find.ts';
import { withKazakhReadings } from './latin.ts';
import type { Hit } from './verify.ts';

/**
 * Answers checked and shown at first: what the dialog's first screen holds (two and the top of a
 * third at 1280×800 and at 1920×1080, one and the top of a second on a 390×844 phone), so that
 * the first search fetches no text the reader cannot see yet.
 */
const FIRST_PAGE = 3;
/** Answers added by each "show more". */
const PAGE_SIZE = 8;
/**
 * A query runs as soon as it is typed (a newer one stops an older one's fetches), unless it would
 * match too much (`waitsForPause`): it then waits for this pause in typing. The file of every
 * map waits for it too, after answers are on screen.
 */
const PAUSE_MS = 300;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | ({ kind: 'none' } & Found)
  | ({
      kind: 'results';
      groups: SearchGroup[];
      /** Whether "show more" may find more. */
      more: boolean;
      /** Set when "show more" added answers: the view moves focus to the first new one. */
      added?: boolean;
      /** The query as corrected, when only near (typo-tolerant) matches were found. */
      suggestion?: string;
    } & Found);

/** What every answer to a query carries: the query, the topics, and those of the results. */
interface Found {
  query: string;
  topics: SearchTopic[];
  /** The topics the query names ("Middle East", "Gaza"), offered beside the results. */
  named: SearchTopic[];
  /** Topics of the results, with their number of answers; null while not every page is read. */
  facet: { topic: SearchTopic; count: number | null }[];
}

export type SearchView = (state: SearchState, search: SearchInstance) => void;

/** Where a search's time goes, for `npm run bench` (tests/bench/search-timing.ts): the query is the detail. */
const mark = (name: string, query?: string): void => {
  performance.mark(`search:${name}`, { detail: query });
};

let language: { data: SearchData; rules: NameRule[] } | undefined;
function languageOf(data: SearchData): NonNullable<typeof language> {
  if (language?.data !== data) language = { data, rules: nameRules(data.aliases) };
  return language;
}

export class SearchInstance {
  readonly lang: Lang;
  readonly selected = new Set<string>();
  private readonly views: SearchView[] = [];
  private readonly onQuery: ((query: string) => void) | undefined;
  /**
   * Aborted when another query replaces the latest: the old query's texts, only partly the ones
   * the new query needs, would otherwise be fetched ahead of the new query's (README, "Search
   * at scale").
   */
  private latest = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private mapsTimer: ReturnType<typeof setTimeout> | undefined;
  private text = '';
  private current:
    | {
        text: string;
        search: QuerySearch;
        unfiltered: QuerySearch;
        named: SearchTopic[];
        suggestion?: string;
      }
    | undefined;

  constructor(lang: Lang, onQuery?: (query: string) => void) {
    this.lang = lang;
    this.onQuery = onQuery;
  }

  register(view: SearchView): void {
    this.views.push(view);
  }

  private readonly replaced: ((text: string) => void)[] = [];

  /** Lets the input show a query set from elsewhere (a "Did you mean" button). */
  onReplace(listener: (text: string) => void): void {
    this.replaced.push(listener);
  }

  replaceQuery(text: string): void {
    for (const listener of this.replaced) listener(text);
    this.search(text);
  }

  /**
   * Runs the query at once, or after a pause in typing if it would match too much. At once, not
   * at the next tick: its fetches then start before the browser paints the key typed.
   */
  search(text: string): void {
    clearTimeout(this.timer);
    clearTimeout(this.mapsTimer);
    if (waitsForPause(parseQuery(text), indexChunkCount)) {
      this.timer = setTimeout(() => void this.searchNow(text), PAUSE_MS);
    } else void this.searchNow(text);
  }

  toggleTopic(topic: string, on: boolean): void {
    if (on) this.selected.add(topic);
    else this.selected.delete(topic);
    this.search(this.text);
  }

  /** Shows the next answers. */
  async showMore(): Promise<void> {
    const current = this.current;
    if (!current) return;
    const { signal } = this.latest;
    const added = await current.search.more(PAGE_SIZE, signal);
    if (!signal.aborted) await this.render(current, added.length > 0);
  }

  private emit(state: SearchState): void {
    for (const view of this.views) view(state, this);
  }

  /** Runs the query at once (a query given in the URL); the views get its results. */
  async searchNow(text: string): Promise<void> {
    clearTimeout(this.timer);
    clearTimeout(this.mapsTimer);
    this.latest.abort();
    this.latest = new AbortController();
    const { signal } = this.latest;
    this.text = text;
    this.onQuery?.(text);
    if (!text.trim()) return this.emit({ kind: 'idle' });
    mark('start', text);
    if (!engineStarted()) this.emit({ kind: 'loading' });
    try {
      const [pagefind, data] = await loadEngine();
      if (signal.aborted) return;
      mark('engine', text);
      const { rules } = languageOf(data);
      const typed = parseQuery(text, [aliasExpander(rules)]);
      // The typed words are searched while the vocabulary tells which Latin words are Kazakh.
      for (const term of typed.terms) {
        for (const { search } of term.alternatives)
          pagefindSearch(pagefind, search, signal).catch(() => {});
        // A name on its way ("Трам"): its group's token, which the whole name searches, loads now.
        for (const group of namesStartedBy(term.word, rules)) {
          preloadSearch(pagefind, aliasToken(group));
        }
      }
      const query = await withKazakhReadings(typed, data, [aliasExpander(rules)]);
      if (signal.aborted) return;
      const topics = new Set(
        data.topics.flatMap((topic, i) => (this.selected.has(topic.id) ? [i] : [])),
      );
      const start = async (q: Query, only: Set<number>): Promise<QuerySearch> => {
        const search = new QuerySearch(pagefind, data, rules, q, only, this.lang);
        await search.start(signal);
        return search;
      };
      if (isEmpty(query)) {
        this.current = undefined;
        return this.emit({ kind: 'none', query: text, topics: data.topics, named: [], facet: [] });
      }
      let search = await start(query, topics);
      mark('found', text);
      let hits = await search.more(FIRST_PAGE, signal);
      let suggestion: string | undefined;
      if (hits.length === 0 && !signal.aborted) {
        // The typo code is needed only here: loaded now, ahead of the vocabulary it reads. If it
        // cannot load, the reader still gets "nothing found" and the topics.
        const corrected = await import('./correct.ts')
          .then(({ correctQuery }) => correctQuery(query, data))
          .catch(() => null);
        if (corrected) {
          const near = await start(corrected.query, topics);
          hits = await near.more(FIRST_PAGE, signal);
          if (hits.length > 0) {
            search = near;
            suggestion = this.suggestion(query, corrected.corrected, hits[0]);
          }
        }
      }
      if (signal.aborted) return;
      mark('checked', text);
      const unfiltered =
        topics.size === 0
          ? search
          : this.current?.text === text
            ? this.current.unfiltered
            : await start(query, new Set());
      if (signal.aborted) return;
      const named = namedTopics(query, data.topics);
      this.current = { text, search, unfiltered, named, ...(suggestion ? { suggestion } : {}) };
      await this.render(this.current);
    } catch {
      if (!signal.aborted) this.emit({ kind: 'failed' });
    }
  }

  /** The query with each corrected word as the best hit wrote it. */
  private suggestion(query: Query, corrected: number[], hit: Hit | undefined): string {
    return query.terms
      .map((term, i) => (corrected.includes(i) ? hit?.matched[i] || term.word : term.word))
      .join(' ');
  }

  private found(
    data: SearchData,
    { unfiltered, named }: NonNullable<SearchInstance['current']>,
  ): Found {
    const { counts, complete } = unfiltered.topicCounts();
    const facet = data.topics.flatMap((topic, i) => {
      const count = counts.get(i) ?? 0;
      if (count === 0 && !this.selected.has(topic.id)) return [];
      return [{ topic, count: complete ? count : null }];
    });
    return { query: this.text, topics: data.topics, named, facet };
  }

  private async render(
    current: NonNullable<SearchInstance['current']>,
    added = false,
  ): Promise<void> {
    const [, data] = await loadEngine();
    // Answers are in: once the reader pauses, the later searches' maps may load (not while a
    // query is still being typed, which would add them to its first search).
    clearTimeout(this.mapsTimer);
    this.mapsTimer = setTimeout(() => void preloadMaps(), PAUSE_MS);
    const found = this.found(data, current);
    const groups = groupResults(current.search.hits, this.lang);
    if (groups.length === 0) return this.emit({ kind: 'none', ...found });
    this.emit({
      kind: 'results',
      groups,
      more: current.search.hasMore,
      ...(added ? { added } : {}),
      ...(current.suggestion ? { suggestion: current.suggestion } : {}),
      ...found,
    });
    mark('shown', this.text);
  }
}
