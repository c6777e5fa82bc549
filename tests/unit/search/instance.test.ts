import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { qaText } from '../../../src/search/build/documents.ts';
import { SearchInstance, type SearchState } from '../../../src/search/browser/instance.ts';
import { englishPrefix } from '../../../src/search/shared/query.ts';
import { aliasToken, segmentWords } from '../../../src/search/shared/segments.ts';
import { qaTexts, type SearchData, type SearchMap } from '../../../src/search/shared/types.ts';
import { marked, SAMPLE_SECTION } from '../../support/sample-section.ts';

const question = SAMPLE_SECTION.questions[0];
if (!question?.en) throw new Error('the sample needs a glossed question');
const section = { id: 'greenland', title: 'Гренландия' };
const texts = {
  kk: qaText(question.kk, question.id, section),
  en: qaText(question.en, question.id, section),
};
const length = (lang: 'kk' | 'en') => segmentWords(qaTexts(texts[lang])).length;
const [KK, EN] = [length('kk'), length('en')];

/** One Pagefind page of `count` copies of the sample Q&A, in one section with topic 0. */
const map = (count: number): SearchMap => ({
  interviews: [['i', 0]],
  sections: [[0, [0]]],
  qas: Array.from({ length: count }, () => [0, KK, 6, EN, 6] as SearchMap['qas'][number]),
});
/** Where the n-th copy's Kazakh word `offset` is: after the topic token and the copies before. */
const position = (n: number, offset: number) => 1 + n * (KK + EN) + offset;

const data: SearchData = {
  topics: [{ id: 'international-law', kk: 'Халықаралық құқық', en: 'Law', synonyms: [] }],
  aliases: [],
  vocabularyLetters: 'lг',
  vocabularySplit: [],
  records: 1,
  index: 'pagefind/pagefind.kk_test.pf_meta',
  maps: 'search-index/map/all-test.json',
};

// The engine, mocked: Pagefind answers each search from `answers`, held until released.
const engine = vi.hoisted(() => ({
  started: false,
  copies: 1,
  answers: new Map<string, { ready: Promise<void>; words: number[] }>(),
  search: vi.fn(),
  searched: new Map<string, unknown>(),
  /** The languages of the Q&A texts read, in order. */
  reads: [] as string[],
  fail: false,
  /** The words of every vocabulary file. */
  vocabulary: [] as string[],
  /** How many index chunks each start fills (1 unless set). */
  chunkCounts: new Map<string, number>(),
  /** The alias table the search data gives (none unless set). */
  aliases: [] as string[][],
  /** The searches whose chunks were loaded ahead, in order. */
  preloaded: [] as string[],
  /** Asks for the file of every map. */
  preloadMaps: vi.fn(),
}));
vi.mock('../../../src/search/browser/engine.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/search/browser/engine.ts')>()),
  engineStarted: () => engine.started,
  loadEngine: async () => {
    engine.started = true;
    if (engine.fail) throw new Error('offline');
    return [{}, engine.aliases.length > 0 ? { ...data, aliases: engine.aliases } : data];
  },
  // Once per term, as the real engine does.
  pagefindSearch: (_: unknown, term: string) => {
    if (!engine.searched.has(term)) engine.searched.set(term, engine.search(term));
    return engine.searched.get(term);
  },
  indexChunkCount: (term: string) => engine.chunkCounts.get(term) ?? 1,
  preloadSearch: (_: unknown, term: string) => engine.preloaded.push(term),
  loadMap: async () => map(engine.copies),
  preloadMaps: async () => engine.preloadMaps(),
  loadQa: async (_: string, __: number, lang: 'kk' | 'en') => {
    engine.reads.push(lang);
    return texts[lang];
  },
  loadInterview: async () => ({ title: ['', ''], speaker: ['', ''], outlet: '', date: '' }),
  loadVocabulary: async () => engine.vocabulary,
}));

/** Pagefind's answer to a search: the page and the positions, held back until `release()`. */
function answer(term: string, words: number[]): () => void {
  let release = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  engine.answers.set(term, { ready, words });
  return release;
}

engine.search.mockImplementation(async (term: string) => {
  const pending = engine.answers.get(term);
  if (!pending) return [];
  await pending.ready;
  return [{ id: 'p1', score: 1, words: pending.words }];
});

/**
 * "Гренландия" (in the Kazakh text only) is replaced by "Leasing" (in the English) before
 * Pagefind answers either; the answers then come in `order`.
 */
async function replaced(search: SearchInstance, order: ('old' | 'new')[]): Promise<void> {
  const release = {
    old: answer('гренландия', [position(0, 0)]),
    new: answer('leas', [position(0, KK + 6)]),
  };
  search.search('Гренландия');
  await vi.advanceTimersByTimeAsync(100);
  search.search('Leasing');
  await vi.advanceTimersByTimeAsync(100);
  for (const which of order) {
    release[which]();
    await vi.advanceTimersByTimeAsync(10);
  }
}

function recorder(search: SearchInstance): SearchState[] {
  const states: SearchState[] = [];
  search.register((state) => states.push(state));
  return states;
}

// The typo code, which the search loads on demand, loaded ahead: under the fake clock, a first
// dynamic import (real file reads) may not finish within the time a test advances.
beforeAll(async () => {
  await import('../../../src/search/browser/correct.ts');
});

beforeEach(() => {
  vi.useFakeTimers();
  engine.started = false;
  engine.fail = false;
  engine.copies = 1;
  engine.answers.clear();
  engine.reads = [];
  engine.vocabulary = [];
  engine.chunkCounts.clear();
  engine.aliases = [];
  engine.preloaded = [];
  engine.search.mockClear();
  engine.preloadMaps.mockClear();
  engine.searched.clear();
});

describe('a search box', () => {
  it('searches the folded, stemmed query once for the keys of one moment', async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('Г');
    search.search('Гренланд');
    search.search('Гренландияға');
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.search.mock.calls).toEqual([['гренландия']]);
    expect(states[0]).toEqual({ kind: 'loading' });
  });

  it("asks the index in the key's own task: no timer runs before its fetches start", async () => {
    const search = new SearchInstance('kk');
    search.search('Гренландия');
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    expect(engine.search.mock.calls).toEqual([['гренландия']]);
  });

  it('waits for a pause in typing while a word searched has under three letters', async () => {
    const search = new SearchInstance('kk');
    search.search('Гренландия ке');
    await vi.advanceTimersByTimeAsync(250);
    expect(engine.search).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.search).toHaveBeenCalled();
  });

  it('waits for a pause while a three-letter start fills more than one index chunk', async () => {
    engine.chunkCounts.set('каз', 7);
    const search = new SearchInstance('kk');
    search.search('Қаз');
    await vi.advanceTimersByTimeAsync(250);
    expect(engine.search).not.toHaveBeenCalled();
    search.search('Қаза');
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.search.mock.calls).toEqual([['каза']]);
    search.search('Газ');
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.search.mock.calls).toEqual([['каза'], ['газ']]);
  });

  it('runs at once beside a short stop word, which is not searched, and waits for one alone', async () => {
    const search = new SearchInstance('en');
    search.search('the');
    await vi.advanceTimersByTimeAsync(250);
    expect(engine.search).not.toHaveBeenCalled();
    search.search('Board of Peace');
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.search.mock.calls).toEqual([['board'], ['peac']]);
  });

  it('asks for the maps of later searches once the reader pauses after answers, not while typing', async () => {
    answer('гренлан', [position(0, 0)])();
    const release = answer('гренландия', [position(0, 0)]);
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('Гренланди');
    await vi.advanceTimersByTimeAsync(120);
    expect(states.at(-1)).toMatchObject({ kind: 'results', query: 'Гренланди' });
    // The next key, 120 ms after the last, whose answers take their time: no pause with answers.
    search.search('Гренландия');
    await vi.advanceTimersByTimeAsync(400);
    expect(engine.preloadMaps).not.toHaveBeenCalled();
    release();
    await vi.advanceTimersByTimeAsync(250);
    expect(states.at(-1)).toMatchObject({ kind: 'results', query: 'Гренландия' });
    expect(engine.preloadMaps).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.preloadMaps).toHaveBeenCalledOnce();
  });

  it('shows only the latest query, whatever order the answers come in', async () => {
    const search = new SearchInstance('en');
    const states = recorder(search);
    await replaced(search, ['new', 'old']);
    const shown = states.filter((state) => state.kind === 'results' || state.kind === 'none');
    expect(shown.map((state) => state.query)).toEqual(['Leasing']);
    expect(shown[0]?.kind).toBe('results');
  });

  it('reads nothing more for a query once another has replaced it', async () => {
    const search = new SearchInstance('en');
    await replaced(search, ['old', 'new']);
    // "Гренландия" is only in the Kazakh text: reading it would be the replaced query's work.
    expect(engine.reads).toEqual(['en']);
  });

  it("drops a hit whose words the index reported do not start with the query's", async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    // As Pagefind's runtime once did for a word it lacked: "afghanistan" reported at "аумагына".
    answer('afghanistan', [position(0, 1)])();
    search.search('Afghanistan');
    await vi.advanceTimersByTimeAsync(100);
    // Nor does the dropped hit count for its topic: no filter offers an answer that is not there.
    expect(states.at(-1)).toMatchObject({ kind: 'none', query: 'Afghanistan', facet: [] });
  });

  it('finds Kazakh typed in Latin letters, though the word read as English reports another word', async () => {
    const search = new SearchInstance('en');
    const states = recorder(search);
    engine.vocabulary = ['гренландия', 'гренландиянын'];
    // As English, "grenlandiya" starts no word, yet "Leasing" in the English text is reported.
    answer(englishPrefix('grenlandiya'), [position(0, KK + 6)])();
    answer('гренландия', [position(0, 0)])();
    search.search('Grenlandiya');
    await vi.advanceTimersByTimeAsync(100);
    const last = states.at(-1);
    expect(last).toMatchObject({ kind: 'results', query: 'Grenlandiya' });
    expect(last?.kind === 'results' && last.groups[0]?.hits[0]?.question[0]).toEqual({
      text: 'Гренландия',
      mark: true,
    });
  });

  it('reads a Latin word as Kazakh only when it starts no word of the library as typed', async () => {
    const searched = async (vocabulary: string[]) => {
      engine.vocabulary = vocabulary;
      engine.search.mockClear();
      engine.searched.clear();
      const search = new SearchInstance('en');
      search.search('Leasing');
      await vi.advanceTimersByTimeAsync(100);
      return engine.search.mock.calls.map(([term]: string[]) => term);
    };
    expect(await searched(['леасинг'])).toEqual(['leas', 'леасинг']);
    expect(await searched(['leasing', 'леасинг'])).toEqual(['leas']);
  });

  it('searches the alias group of a name typed in Latin letters, as its Cyrillic does', async () => {
    engine.aliases = [
      ['Trump', 'Трамп'],
      ['US', 'АҚШ', 'США'],
    ];
    const searched = async (typed: string, vocabulary: string[]) => {
      engine.vocabulary = vocabulary;
      engine.search.mockClear();
      engine.searched.clear();
      new SearchInstance('en').search(typed);
      await vi.advanceTimersByTimeAsync(100);
      return engine.search.mock.calls.map(([term]: string[]) => term);
    };
    expect(await searched('Tramp', ['трамп', 'трамптын'])).toContain(aliasToken(0));
    // No word of the text reads "сша", yet the name is the US's.
    expect(await searched('SShA', [])).toContain(aliasToken(1));
  });

  it("marks the names of the token's own group, not those of another group in the text", async () => {
    engine.aliases = [
      ['Greenland', 'Гренландия'],
      ['Occupation', 'оккупация'],
    ];
    const search = new SearchInstance('kk');
    const states = recorder(search);
    answer('гренландия', [position(0, 0)])();
    // Where in the Q&A the token stands does not matter: its names are looked for in the texts.
    answer(aliasToken(0), [position(0, 0)])();
    search.search('Гренландия');
    await vi.advanceTimersByTimeAsync(100);
    const last = states.at(-1);
    expect(last).toMatchObject({ kind: 'results', query: 'Гренландия' });
    expect(
      marked(last?.kind === 'results' ? (last.groups[0]?.hits[0]?.question ?? null) : null),
    ).toBe('[Гренландия] аумағына <оккупация> жасалуы мүмкін бе?');
  });

  it("loads a name's token while the name is typed, and searches it once the name is whole", async () => {
    engine.aliases = [['Trump', 'Трамп']];
    const search = new SearchInstance('kk');
    for (const typed of ['Тра', 'Трам', 'Трамп']) {
      search.search(typed);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(engine.preloaded).toEqual([aliasToken(0)]);
    expect(engine.search.mock.calls.map(([term]: string[]) => term)).toEqual([
      'тра',
      'трам',
      'трамп',
      aliasToken(0),
    ]);
  });

  it('says nothing was found, with the topics, when no Q&A matches', async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('zqxjv');
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toMatchObject({ kind: 'none', query: 'zqxjv', topics: data.topics });
  });

  it('shows a screenful of answers, then 8 more, saying where the new ones start', async () => {
    engine.copies = 10;
    const search = new SearchInstance('kk');
    const states = recorder(search);
    answer(
      'гренландия',
      Array.from({ length: 10 }, (_, n) => position(n, 0)),
    )();
    search.search('Гренландия');
    await vi.advanceTimersByTimeAsync(100);
    const first = states.at(-1);
    expect(first).toMatchObject({ kind: 'results', more: true });
    expect(first?.kind === 'results' && first.groups[0]?.hits).toHaveLength(3);
    await search.showMore();
    const last = states.at(-1);
    expect(last).toMatchObject({ kind: 'results', more: false, added: true });
    expect(last?.kind === 'results' && last.groups[0]?.hits).toHaveLength(10);
  });

  it('narrows to the chosen topics, and an empty query clears everything', async () => {
    const search = new SearchInstance('kk');
    const states = recorder(search);
    answer('гренландия', [position(0, 0)])();
    search.search('Гренландия');
    await vi.advanceTimersByTimeAsync(100);
    search.toggleTopic('international-law', true);
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.search).toHaveBeenLastCalledWith('zqt0q');
    search.search('  ');
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toEqual({ kind: 'idle' });
  });

  it('says so when the search cannot load', async () => {
    const search = new SearchInstance('en');
    const states = recorder(search);
    engine.fail = true;
    search.search('Gaza');
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toEqual({ kind: 'failed' });
  });

  it('says the search failed, not that nothing was found, when an index chunk cannot load', async () => {
    engine.search.mockRejectedValueOnce(new Error('pagefind/index/kk_1.pf_index: 503'));
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('Гренландия');
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toEqual({ kind: 'failed' });
  });

  it('says nothing was found when the words the library holds are in no Q&A together', async () => {
    engine.copies = 2;
    engine.vocabulary = ['гренландия', 'leasing'];
    answer('гренландия', [position(0, 0)])();
    answer('leas', [position(1, KK + 6)])();
    const search = new SearchInstance('kk');
    const states = recorder(search);
    search.search('Гренландия Leasing');
    await vi.advanceTimersByTimeAsync(100);
    expect(states.at(-1)).toMatchObject({ kind: 'none', query: 'Гренландия Leasing' });
  });
});
