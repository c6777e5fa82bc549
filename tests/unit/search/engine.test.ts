import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadMap,
  pagefindSearch,
  preloadMaps,
  preloadSearch,
  type Pagefind,
} from '../../../src/search/browser/engine.ts';
import type { SearchMap } from '../../../src/search/shared/types.ts';

/** A Pagefind whose index chunks arrive when `arrive()` is called. */
function fakePagefind() {
  let arrive = (): void => {};
  const chunks = new Promise<void>((resolve) => (arrive = resolve));
  const engine = {
    preload: vi.fn(() => chunks),
    search: vi.fn(async (term: string) => ({ results: [{ id: term, score: 1, words: [0] }] })),
    chunkCount: () => 1,
  } satisfies Pagefind;
  return { engine, arrive: () => arrive() };
}

describe('pagefindSearch', () => {
  it('does not search for a query replaced before its index chunks arrived', async () => {
    const { engine, arrive } = fakePagefind();
    const typedOver = new AbortController();
    const old = pagefindSearch(engine, 'гренланди', typedOver.signal);
    typedOver.abort();
    arrive();
    await expect(old).rejects.toThrow();
    expect(engine.search).not.toHaveBeenCalled();
    // The latest query with the same word is searched, without loading the chunks again.
    await expect(pagefindSearch(engine, 'гренланди')).resolves.toEqual([
      { id: 'гренланди', score: 1, words: [0] },
    ]);
    expect(engine.search).toHaveBeenCalledOnce();
    expect(engine.preload).toHaveBeenCalledOnce();
  });

  it('searches each term once, for every query that asks for it', async () => {
    const { engine, arrive } = fakePagefind();
    const first = pagefindSearch(engine, 'trump', new AbortController().signal);
    const second = pagefindSearch(engine, 'trump');
    arrive();
    expect(await first).toBe(await second);
    await pagefindSearch(engine, 'trump');
    expect(engine.search).toHaveBeenCalledOnce();
  });

  it('tries a term again after a failed search', async () => {
    const { engine, arrive } = fakePagefind();
    arrive();
    engine.search.mockRejectedValueOnce(new Error('offline'));
    await expect(pagefindSearch(engine, 'greenland')).rejects.toThrow('offline');
    await expect(pagefindSearch(engine, 'greenland')).resolves.toHaveLength(1);
    expect(engine.search).toHaveBeenCalledTimes(2);
  });

  it('loads a term ahead once, for the search of it that follows', async () => {
    const { engine, arrive } = fakePagefind();
    preloadSearch(engine, 'zqa1q');
    expect(engine.preload).toHaveBeenCalledWith('zqa1q');
    const results = pagefindSearch(engine, 'zqa1q');
    arrive();
    await expect(results).resolves.toHaveLength(1);
    expect(engine.preload).toHaveBeenCalledOnce();
  });
});

describe('the maps of later searches', () => {
  const map = (interview: string): SearchMap => ({
    interviews: [[interview, 3]],
    sections: [[0, [0]]],
    qas: [[0, 10, 2, 12, 3]],
  });
  const served: Record<string, unknown> = {
    '/search-index/data.json': { maps: 'search-index/map/all-0123.json' },
    '/search-index/map/all-0123.json': { kk_one: map('one'), kk_two: map('two') },
    '/search-index/map/kk_one.json': map('one'),
    '/search-index/map/kk_two.json': map('two'),
  };
  const fetched: string[] = [];
  let idle: (() => void)[] = [];
  let saveData = false;
  let failing = '';

  beforeEach(() => {
    fetched.length = 0;
    idle = [];
    vi.stubGlobal('document', { readyState: 'complete' });
    vi.stubGlobal('window', { requestIdleCallback: (work: () => void) => idle.push(work) });
    vi.stubGlobal('navigator', {
      connection: {
        get saveData() {
          return saveData;
        },
      },
    });
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      if (url === failing || !(url in served)) return new Response(null, { status: 404 });
      return Response.json(served[url]);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Runs what waits for the browser to be idle, then `settled`. */
  const idleThen = async (settled: Promise<void>): Promise<void> => {
    await Promise.resolve();
    for (const work of idle.splice(0)) work();
    await settled;
  };

  it('fetches a map of its own until the file of all of them is read, and none after', async () => {
    // A reader who saves data is not sent the file of every map.
    saveData = true;
    await idleThen(preloadMaps());
    expect(fetched).toEqual([]);
    saveData = false;
    await expect(loadMap('kk_one')).resolves.toEqual(map('one'));
    expect(fetched).toEqual(['/search-index/map/kk_one.json']);
    // Asked for while the first answers are on screen, read when the browser is next idle.
    failing = '/search-index/map/all-0123.json';
    const failed = preloadMaps();
    expect(fetched).toHaveLength(1);
    await idleThen(failed);
    expect(fetched.slice(1)).toEqual(['/search-index/data.json', failing]);
    // A failed file is asked for again at the next search's answers.
    failing = '';
    await idleThen(preloadMaps());
    expect(fetched.slice(3)).toEqual(['/search-index/map/all-0123.json']);
    await idleThen(preloadMaps());
    await expect(loadMap('kk_two')).resolves.toEqual(map('two'));
    expect(fetched).toHaveLength(4);
  });
});
