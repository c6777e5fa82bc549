// The state of one search box: the query, the topic filters and the results on screen. Views
// register with it and render each new state; only the latest query's results are shown.
import type { Lang } from '../../i18n/ui.ts';
import { normaliseQuery, queryTerms } from '../shared/normalise.ts';
import { groupResults, type SearchGroup } from '../shared/results.ts';
import type { SearchTopic } from '../shared/types.ts';
import {
  engineStarted,
  loadPagefind,
  loadTexts,
  loadTopics,
  type PagefindSearch,
} from './engine.ts';

/** Sections shown at first, and added by each "show more". */
const PAGE_SIZE = 8;
/** A pause in typing before the search runs. */
const DEBOUNCE_MS = 40;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | ({ kind: 'none' } & Found)
  | ({
      kind: 'results';
      groups: SearchGroup[];
      /** Sections found but not shown yet. */
      remaining: number;
      /** Index of the first group added by "show more", if that is what changed. */
      added?: number;
    } & Found);

/** What every answer to a query carries: the query, and the topics with their hit counts. */
interface Found {
  query: string;
  counts: Record<string, number>;
  topics: SearchTopic[];
}

export type SearchView = (state: SearchState, search: SearchInstance) => void;

export class SearchInstance {
  readonly lang: Lang;
  readonly selected = new Set<string>();
  private readonly views: SearchView[] = [];
  private readonly onQuery: ((query: string) => void) | undefined;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private query = '';
  private found: PagefindSearch | undefined;
  private shown = PAGE_SIZE;

  constructor(lang: Lang, onQuery?: (query: string) => void) {
    this.lang = lang;
    this.onQuery = onQuery;
  }

  register(view: SearchView): void {
    this.views.push(view);
  }

  /** Runs the query after a short pause in typing. */
  search(query: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(query), DEBOUNCE_MS);
  }

  toggleTopic(topic: string, on: boolean): void {
    if (on) this.selected.add(topic);
    else this.selected.delete(topic);
    this.search(this.query);
  }

  /** Shows the next page of sections. */
  async showMore(): Promise<void> {
    this.shown += PAGE_SIZE;
    await this.render(this.generation, this.shown - PAGE_SIZE);
  }

  private emit(state: SearchState): void {
    for (const view of this.views) view(state, this);
  }

  private async run(query: string): Promise<void> {
    const current = ++this.generation;
    this.query = query;
    this.shown = PAGE_SIZE;
    this.onQuery?.(query);
    if (!query.trim()) return this.emit({ kind: 'idle' });
    if (!engineStarted()) this.emit({ kind: 'loading' });
    try {
      const pagefind = await loadPagefind();
      const filters = this.selected.size > 0 ? { topic: { any: [...this.selected] } } : {};
      const found = await pagefind.search(normaliseQuery(query), { filters });
      if (!found || current !== this.generation) return;
      this.found = found;
      await this.render(current);
    } catch {
      if (current === this.generation) this.emit({ kind: 'failed' });
    }
  }

  /** Fragments and excerpt texts are fetched only for the sections on screen. */
  private async render(current: number, added?: number): Promise<void> {
    const found = this.found;
    if (!found) return;
    const data = await Promise.all(found.results.slice(0, this.shown).map((r) => r.data()));
    const [texts, topics] = await Promise.all([
      Promise.all(data.map((result) => loadTexts(result.meta))),
      loadTopics(),
    ]);
    if (current !== this.generation) return;
    const query = this.query;
    const answer: Found = { query, counts: found.totalFilters?.['topic'] ?? {}, topics };
    const groups = groupResults(data, texts, queryTerms(query), this.lang, query);
    if (groups.length === 0) return this.emit({ kind: 'none', ...answer });
    this.emit({
      kind: 'results',
      groups,
      remaining: Math.max(0, found.results.length - this.shown),
      ...(added === undefined ? {} : { added }),
      ...answer,
    });
  }
}
