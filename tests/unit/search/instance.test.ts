import { beforeEach, describe, expect, it, vi } from 'vitest';
import { searchTexts } from '../../../src/search/build/documents.ts';
import type { PagefindResultData } from '../../../src/search/shared/results.ts';
import { SearchInstance, type SearchState } from '../../../src/search/browser/instance.ts';
import { SAMPLE_SECTION } from '../../support/sample-section.ts';

// The engine, mocked: Pagefind answers each query with what `answers` holds, when told to.
const engine = vi.hoisted(() => ({
  started: false,
  answers: new Map<string, { ready: Promise<void>; count: number }>(),
  search: vi.fn(),
}));
vi.mock('../../../src/search/browser/engine.ts', () => ({
  engineStarted: () => engine.started,
  loadPagefind: async () => {
    engine.started = true;
    return { search: engine.search };
  },
  loadTexts: async () => searchTexts(SAMPLE_SECTION),
  loadTopics: async () => [{ id: 'international-law', kk: 'Халықаралық құқық', en: 'Law' }],
}));

const result = (n: number): { data: () => Promise<PagefindResultData> } => ({
  data: async () => ({
    url: `/i/s${n}/`,
    meta: { interview: 'i', section: `s${n}`, title_kk: `Бөлім ${n}`, title_en: `Section ${n}` },
    sub_results: [{ url: `/i/s${n}/#greenland-future`, title: 'q' }],
  }),
});

/** Pagefind's answer to `query`: `count` sections, held back until `release()`. */
function answer(query: string, count: number): () => void {
  let release = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  engine.answers.set(query, { ready, count });
  return release;
}

engine.search.mockImplementation(async (query: string) => {
  const pending = engine.answers.get(query);
  if (!pending) return { results: [], totalFilters: { topic: {} } };
  await pending.ready;
  return {
    results: Array.from({ length: pending.count }, (_, i) => result(i + 1)),
    totalFilters: { topic: { 'international-law': pending.count } },
  };
});

function recorder(search: SearchInstance): SearchState[] {
  const states: SearchState[] = [];
  search.register((state) => states.push(state));
  return states;
}

const settle = () => vi.waitFor(() => undefined);

beforeEach(() => {
  vi.useFakeTimers();
  engine.started = false;
  engine.answers.clear();
  engine.search.mockClear();
});

describe('a search box', () => {
  it('waits for a pause in typing, then searches the folded, stemmed query once', async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('Г');
    search.search('Гренланд');
    search.search('Гренландияға');
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.search).toHaveBeenCalledOnce();
    expect(engine.search).toHaveBeenCalledWith('гренландия', { filters: {} });
    expect(states[0]).toEqual({ kind: 'loading' });
  });

  it('shows only the latest query, whatever order the answers come in', async () => {
    const search = new SearchInstance('en');
    const states = recorder(search);
    const first = answer('greenland', 1);
    const second = answer('trump', 2);
    search.search('Greenland');
    await vi.advanceTimersByTimeAsync(100);
    search.search('Trump');
    await vi.advanceTimersByTimeAsync(100);
    second();
    await vi.advanceTimersByTimeAsync(10);
    first();
    await vi.advanceTimersByTimeAsync(10);
    const shown = states.filter((state) => state.kind === 'results' || state.kind === 'none');
    expect(shown.map((state) => state.query)).toEqual(['Trump']);
  });

  it('says nothing was found, with the topics, when no Q&A matches', async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('zqxjv');
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    expect(states.at(-1)).toMatchObject({ kind: 'none', query: 'zqxjv' });
  });

  it('shows 8 sections, then 8 more, saying where the new ones start', async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    const release = answer('гренландия', 10);
    search.search('Гренландия');
    await vi.advanceTimersByTimeAsync(100);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(states.at(-1)).toMatchObject({ kind: 'results', remaining: 2 });
    await search.showMore();
    const last = states.at(-1);
    expect(last).toMatchObject({ kind: 'results', remaining: 0, added: 8 });
    expect(last?.kind === 'results' && last.groups).toHaveLength(10);
  });

  it('narrows to the chosen topics, and an empty query clears everything', async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('Трамп');
    await vi.advanceTimersByTimeAsync(100);
    search.toggleTopic('international-law', true);
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.search).toHaveBeenLastCalledWith('трамп', {
      filters: { topic: { any: ['international-law'] } },
    });
    search.search('  ');
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toEqual({ kind: 'idle' });
  });

  it('says so when the search cannot load', async () => {
    const search = new SearchInstance('en');
    const states = recorder(search);
    engine.search.mockRejectedValueOnce(new Error('offline'));
    search.search('Gaza');
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toEqual({ kind: 'failed' });
  });
});
