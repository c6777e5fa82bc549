// One query's search: Pagefind is asked for every alternative of every query word, the pages
// holding all of them are read in Pagefind's order (their maps fetched a few at a time), and
// their candidates are checked (verify.ts) best first, until enough are found.
import type { Lang } from '../../i18n/ui.ts';
import { KIND_RANK } from '../shared/match.ts';
import { layout } from '../shared/layout.ts';
import { isPhraseWordSearched, querySearches, type Query } from '../shared/query.ts';
import { topicToken, type NameRule } from '../shared/segments.ts';
import type { SearchData } from '../shared/types.ts';
import {
  pageCandidates,
  phraseStarts,
  type Candidate,
  type PageData,
  type Positions,
  type Sources,
} from './candidates.ts';
import { loadMap, pagefindSearch, type Pagefind, type PagefindResult } from './engine.ts';
import { verify, type Hit } from './verify.ts';

/** Record maps fetched at a time while looking for candidates. */
const MAPS_AT_ONCE = 2;

const positionsOf = (results: PagefindResult[]): Positions =>
  new Map(results.map((result) => [result.id, result.words]));

export class QuerySearch {
  private readonly found = new Map<string, PagefindResult[]>();
  private readonly pagesRead = new Map<string, PageData>();
  private readonly tried = new Set<string>();
  private pages: string[] = [];
  private weights: number[] = [];
  private sources: Sources = [];
  /** The query's words typed one after the other, which rank higher standing so in a Q&A. */
  private readonly pairs: [number, number][];
  private queue: Candidate[] = [];
  readonly hits: Hit[] = [];

  private readonly engine: Pagefind;
  private readonly data: SearchData;
  private readonly rules: NameRule[];
  readonly query: Query;
  private readonly topics: Set<number>;
  private readonly lang: Lang;

  constructor(
    engine: Pagefind,
    data: SearchData,
    rules: NameRule[],
    query: Query,
    topics: Set<number>,
    lang: Lang,
  ) {
    this.engine = engine;
    this.data = data;
    this.rules = rules;
    this.query = query;
    this.topics = topics;
    this.lang = lang;
    this.pairs = query.terms.slice(1).map((_, i) => [i, i + 1]);
  }

  /** Every search the query needs: its words' alternatives, its phrases' words, the topics. */
  private searches(): string[] {
    return [...querySearches(this.query), ...[...this.topics].map(topicToken)];
  }

  /** Searches Pagefind; rejects if `signal` says another query replaced this one first. */
  async start(signal?: AbortSignal): Promise<void> {
    const searches = [...new Set(this.searches())];
    const results = await Promise.all(searches.map((s) => pagefindSearch(this.engine, s, signal)));
    searches.forEach((search, i) => this.found.set(search, results[i] ?? []));
    this.plan();
  }

  private positions(search: string): Positions {
    return positionsOf(this.found.get(search) ?? []);
  }

  /** The pages holding every requirement (and a chosen topic), best first, and their candidates. */
  private plan(): void {
    const terms: Sources = this.query.terms.map((term) =>
      term.alternatives.map((a) => ({ search: a.search, positions: this.positions(a.search) })),
    );
    const phrases: Sources = this.query.phrases.map((phrase) => [
      {
        search: phrase.join(' '),
        positions: phraseStarts(
          phrase.map((w, i) => (isPhraseWordSearched(phrase, i) ? this.positions(w) : null)),
        ),
      },
    ]);
    this.sources = [...terms, ...phrases];
    const pageSets = this.sources.map(
      (searches) => new Set(searches.flatMap(({ positions }) => [...positions.keys()])),
    );
    if (this.topics.size > 0) {
      pageSets.push(
        new Set([...this.topics].flatMap((t) => [...this.positions(topicToken(t)).keys()])),
      );
    }
    const [first, ...rest] = pageSets;
    const pages = [...(first ?? [])].filter((page) => rest.every((set) => set.has(page)));
    const score = new Map<string, number>();
    for (const searches of this.sources) {
      for (const { search } of searches) {
        for (const result of this.found.get(search) ?? []) {
          score.set(result.id, (score.get(result.id) ?? 0) + result.score);
        }
      }
    }
    this.pages = pages.sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
    const records = Math.max(this.data.records, 1);
    this.weights = pageSets.map((set) => Math.log(1 + records / Math.max(set.size, 1)));
    this.queue = [...this.pagesRead.values()].flatMap((page) => this.candidatesOf(page));
    this.sortQueue();
  }

  private candidatesOf(page: PageData): Candidate[] {
    if (!this.pages.includes(page.page)) return [];
    return pageCandidates(page, this.sources, this.weights, this.topics, this.pairs).filter(
      (candidate) => !this.tried.has(candidate.key),
    );
  }

  private sortQueue(): void {
    this.queue.sort((a, b) => b.score - a.score);
  }

  /** Reads the maps of the next pages not read yet; false when every page has been read. */
  private async readPages(): Promise<boolean> {
    const next = this.pages.filter((page) => !this.pagesRead.has(page)).slice(0, MAPS_AT_ONCE);
    if (next.length === 0) return false;
    const maps = await Promise.all(next.map(loadMap));
    next.forEach((page, i) => {
      const map = maps[i];
      if (!map) return;
      const data = { page, map, segments: layout(map) };
      this.pagesRead.set(page, data);
      this.queue.push(...this.candidatesOf(data));
    });
    this.sortQueue();
    return true;
  }

  /**
   * Finds up to `count` more hits; fewer when there are no more, or once `signal` says another
   * query replaced this one (it then fetches nothing more for it).
   */
  async more(count: number, signal?: AbortSignal): Promise<Hit[]> {
    const found: Hit[] = [];
    while (found.length < count && !signal?.aborted) {
      if (this.queue.length < count - found.length && (await this.readPages())) continue;
      const batch = this.queue.splice(0, count - found.length);
      if (batch.length === 0) break;
      for (const candidate of batch) this.tried.add(candidate.key);
      const checked = await Promise.all(
        batch.map((candidate) => verify(candidate, this.query, this.rules, this.lang)),
      );
      found.push(...checked.flatMap((hit) => (hit ? [hit] : [])));
    }
    found.sort(
      (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.candidate.score - a.candidate.score,
    );
    this.hits.push(...found);
    return found;
  }

  /** Whether more hits may follow: candidates not checked, or pages not read. */
  get hasMore(): boolean {
    return this.queue.length > 0 || this.pages.some((page) => !this.pagesRead.has(page));
  }

  /**
   * Topics of the candidates found so far, with their number of Q&As; `complete` when every page
   * with results has been read, so that the numbers are final. A candidate the check turned
   * down counts for none: a filter must not promise an answer that is not there.
   */
  topicCounts(): { counts: Map<number, number>; complete: boolean } {
    const counts = new Map<number, number>();
    const hits = new Set(this.hits.map((hit) => hit.candidate.key));
    const seen = new Set([...this.tried].filter((key) => !hits.has(key)));
    for (const page of this.pagesRead.values()) {
      for (const candidate of pageCandidates(page, this.sources, this.weights, new Set())) {
        if (candidate.n < 0 || seen.has(candidate.key)) continue;
        seen.add(candidate.key);
        for (const topic of candidate.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
      }
    }
    return { counts, complete: this.pages.every((page) => this.pagesRead.has(page)) };
  }
}
