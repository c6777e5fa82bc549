import { describe, expect, it, vi } from 'vitest';
import {
  pagefindSearch,
  preloadSearch,
  type Pagefind,
} from '../../../src/search/browser/engine.ts';

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
