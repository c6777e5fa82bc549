import { describe, expect, it } from 'vitest';
import {
  pageCandidates,
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

describe('phraseStarts', () => {
  it('finds where the words stand next to each other, skipping the words not searched', () => {
    // "Board of Peace": "of" is not searched.
    expect(phraseStarts([at(4, 20), null, at(6, 9)])).toEqual(at(4));
    expect(phraseStarts([at(4), at(9)])).toEqual(new Map());
  });
});
