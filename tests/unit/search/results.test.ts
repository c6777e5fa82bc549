import { describe, expect, it } from 'vitest';
import { qaText } from '../../../src/search/build/documents.ts';
import { groupResults, type Result } from '../../../src/search/shared/results.ts';
import type { SearchQaText } from '../../../src/search/shared/types.ts';
import { marked, SAMPLE_SECTION } from '../../support/sample-section.ts';

const question = SAMPLE_SECTION.questions[0];
if (!question?.en) throw new Error('the sample needs a glossed question');
const kk: SearchQaText = qaText(question.kk, question.id, {
  id: 'greenland',
  title: 'Гренландияның болашағы',
});
const en: SearchQaText = qaText(question.en, question.id, {
  id: 'greenland',
  title: 'The Future of Greenland',
});

/** A checked result: "Гренландия" marked in the question, "Гренландияны" in the answer. */
const kazakh: Result = {
  interview: '2026-x',
  kind: 'exact',
  shown: { lang: 'kk', qa: kk },
  marks: [
    { text: 0, start: 0, end: 10 },
    { text: 1, start: 0, end: 12 },
  ],
  words: ['Гренландия', 'Гренландияны'],
};

describe('grouping checked results', () => {
  it('links each hit to its Q&A in the reader interface, under the base path, naming its words', () => {
    const [group] = groupResults([kazakh], 'kk', '/reader/');
    expect(group?.title).toBe('Гренландияның болашағы');
    expect(group?.href).toBe('/reader/2026-x/greenland/');
    expect(group?.hits[0]?.href).toBe(
      `/reader/2026-x/greenland/?hl=${encodeURIComponent('Гренландия Гренландияны')}#greenland-future`,
    );
    expect(marked(group?.hits[0]?.question ?? [])).toBe(
      '[Гренландия] аумағына <оккупация> жасалуы мүмкін бе?',
    );
    expect(marked(group?.hits[0]?.excerpt ?? [])).toBe('[Гренландияны] 120 жылға жалдау.');
    expect(group?.hits[0]?.otherLanguage).toBeUndefined();
    expect(group?.hits[0]?.near).toBeUndefined();
  });

  it('keeps a match in the section title out of the question and excerpt, and names it', () => {
    // searchedTexts(kk): the question (0), the answer (1), then the title (2).
    const title: Result = {
      interview: '2026-x',
      kind: 'exact',
      shown: { lang: 'kk', qa: kk },
      marks: [{ text: 2, start: 14, end: 22 }],
      words: ['болашағы'],
    };
    const [group] = groupResults([title], 'kk');
    expect(group?.title).toBe('Гренландияның болашағы');
    expect(group?.hits[0]?.href).toBe(
      `/2026-x/greenland/?hl=${encodeURIComponent('болашағы')}#greenland-future`,
    );
    expect(marked(group?.hits[0]?.question ?? [])).toBe(
      'Гренландия аумағына <оккупация> жасалуы мүмкін бе?',
    );
    expect(marked(group?.hits[0]?.excerpt ?? [])).toBe('Гренландияны 120 жылға жалдау.');
  });

  it('tags a hit found only in the other language, and a near match', () => {
    const english: Result = {
      interview: '2026-x',
      kind: 'near',
      shown: { lang: 'en', qa: en },
      marks: [{ text: 0, start: 6, end: 16 }],
      words: ['occupation'],
    };
    const [inKazakh] = groupResults([english], 'kk');
    expect(inKazakh?.hits[0]).toMatchObject({ otherLanguage: 'en', near: true });
    expect(marked(inKazakh?.hits[0]?.question ?? [])).toBe(
      'Is an [occupation] of Greenland possible?',
    );
    const [inEnglish] = groupResults([english], 'en', '/');
    expect(inEnglish?.hits[0]?.otherLanguage).toBeUndefined();
    expect(inEnglish?.title).toBe('The Future of Greenland');
    expect(inEnglish?.hits[0]?.href).toBe('/en/2026-x/greenland/?hl=occupation#greenland-future');
  });

  it('puts the hits of one section in one group, in the order given', () => {
    const groups = groupResults(
      [kazakh, { ...kazakh, shown: { lang: 'en', qa: en }, marks: [] }],
      'en',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.hits).toHaveLength(2);
  });
});
