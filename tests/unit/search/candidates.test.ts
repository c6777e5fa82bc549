import { describe, expect, it } from 'vitest';
import {
  pageCandidates,
  pairsTogether,
  phraseStarts,
  type PageData,
  type Positions,
  type Sources,
} from '../../../src/search/browser/candidates.ts';
import { layout } from '../../../src/search/shared/layout.ts';
import type { SearchMap } from '../../../src/search/shared/types.ts';

// One interview (a header of 3 words) in two sections (topics 0 and 1). Positions, as indexed:
// header 0–2, topics 3, Q&A 0 in Kazakh 4–13 (question 4–7) and English 14–23, topics 24,
// Q&A 1 in Kazakh 25–34 (question 25–28), no English.
const map: SearchMap = {
  interviews: [['interview', 3]],
  sections: [
    [0, [0]],
    [0, [1]],
  ],
  qas: [
    [0, 10, 4, 10, 4],
    [1, 10, 4, 0, 0],
  ],
};
const page: PageData = { page: 'p', map, segments: layout(map) };
const at = (...positions: number[]): Positions => new Map([['p', positions]]);
const word = (search: string, ...positions: number[]) => [{ search, positions: at(...positions) }];

const keys = (sources: Sources, topics: number[] = []) =>
  pageCandidates(
    page,
    sources,
    sources.map(() => 1),
    new Set(topics),
  ).map((c) => c.key);

describe('pageCandidates', () => {
  it('finds the Q&A, its language and the offset of each word position', () => {
    const [candidate] = pageCandidates(page, [word('greenland', 15)], [1], new Set());
    expect(candidate).toMatchObject({
      key: 'p/0',
      interview: 'interview',
      n: 0,
      topics: [0],
      langs: ['kk', 'en'],
    });
    const [kazakhOnly] = pageCandidates(page, [word('trump', 30)], [1], new Set());
    expect(kazakhOnly).toMatchObject({ key: 'p/1', langs: ['kk'] });
    expect(candidate?.places).toEqual([
      { requirement: 0, search: 'greenland', lang: 'en', offset: 1 },
    ]);
  });

  it('needs every query word in the Q&A or its interview’s header, one at least in the Q&A', () => {
    expect(keys([word('trump', 30), word('tokayev', 1)])).toEqual(['p/1']);
    expect(keys([word('trump', 30), word('gaza', 5)])).toEqual([]);
    // Every word in the header: the interview itself, not each of its Q&As.
    expect(keys([word('tokayev', 1)])).toEqual(['p/h/0']);
  });

  it('weighs a word in the question above one in the answer', () => {
    const found = pageCandidates(page, [word('trump', 5, 33)], [1], new Set());
    const score = (key: string) => found.find((c) => c.key === key)?.score ?? 0;
    expect(score('p/0')).toBeGreaterThan(score('p/1'));
  });

  it('keeps only the Q&As of the chosen topics, and no interview', () => {
    expect(keys([word('trump', 5, 33)], [1])).toEqual(['p/1']);
    expect(keys([word('tokayev', 1)], [0])).toEqual([]);
  });
});

describe('words typed together', () => {
  const place = (requirement: number, lang: 'kk' | 'en' | 'header', offset: number) => ({
    requirement,
    search: String(requirement),
    lang,
    offset,
  });

  it('counts a pair standing together in its order, in one language, one word between at most', () => {
    const pair: [number, number][] = [[0, 1]];
    expect(pairsTogether([place(0, 'en', 3), place(1, 'en', 4)], pair)).toBe(1);
    // A joined word of the text: its parts at one position.
    expect(pairsTogether([place(0, 'kk', 3), place(1, 'kk', 3)], pair)).toBe(1);
    expect(pairsTogether([place(0, 'en', 3), place(1, 'en', 5)], pair)).toBe(1);
    expect(pairsTogether([place(0, 'en', 3), place(1, 'en', 6)], pair)).toBe(0);
    expect(pairsTogether([place(0, 'en', 4), place(1, 'en', 3)], pair)).toBe(0);
    expect(pairsTogether([place(0, 'kk', 3), place(1, 'en', 4)], pair)).toBe(0);
    expect(pairsTogether([place(0, 'header', 1), place(1, 'header', 2)], pair)).toBe(0);
  });

  it('ranks the Q&A where the words stand together above one where they occur more often apart', () => {
    // "two" and "state": together once in Q&A 0's English, apart and often in Q&A 1's question.
    const sources = [word('two', 15, 26, 27, 28), word('state', 16, 33, 34)];
    const score = (pairs: [number, number][]) => {
      const found = pageCandidates(page, sources, [1, 1], new Set(), pairs);
      return (key: string) => found.find((c) => c.key === key)?.score ?? 0;
    };
    expect(score([])('p/1')).toBeGreaterThan(score([])('p/0'));
    expect(score([[0, 1]])('p/0')).toBeGreaterThan(score([[0, 1]])('p/1'));
  });
});

describe('phraseStarts', () => {
  it('finds where the words stand next to each other, skipping the words not searched', () => {
    // "Board of Peace": "of" is not searched.
    expect(phraseStarts([at(4, 20), null, at(6, 9)])).toEqual(at(4));
    expect(phraseStarts([at(4), at(9)])).toEqual(new Map());
  });
});
