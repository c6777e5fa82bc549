import { describe, expect, it } from 'vitest';
import type { Interview, Library } from '../../../src/library/model.ts';
import { searchRecords, textFiles } from '../../../src/search/build/documents.ts';
import { layout, locate } from '../../../src/search/shared/layout.ts';
import { SAMPLE_SECTION } from '../../support/sample-section.ts';

const interview = (id: string): Interview =>
  ({
    id,
    meta: {
      title: { kk: 'Сұхбат', en: 'Interview' },
      speaker: { kk: 'Тоқаев', en: 'Tokayev' },
      outlet: 'The News',
      date: '2026-02-05',
    },
    sections: [SAMPLE_SECTION],
  }) as unknown as Interview;

const library = (ids: string[]): Library => ({
  topics: [{ id: 'international-law', label: { kk: 'Құқық', en: 'Law' }, synonyms: [] }],
  aliases: [{ id: 'us', names: ['US', 'АҚШ'] }],
  interviews: ids.map(interview),
});

describe('the search records', () => {
  it('index the folded text, split as Pagefind splits it, with the section topic as a token', () => {
    const [record] = searchRecords(library(['2026-x']));
    // Content is text, not HTML: Pagefind reads "<оккупация>" as the word between the marks.
    expect(record?.content).toContain('Гренландия аумагына <оккупация> жасалуы мумкин бе?');
    expect(record?.content).toContain('Leasing Greenland for 120 years.');
    expect(record?.content).toContain('Токаев Tokayev The News zqt0q');
  });

  it('map each word position to its Q&A, in each language', () => {
    const [record] = searchRecords(library(['2026-x']));
    if (!record) throw new Error('no record');
    const words = record.content.split(/\s+/).filter(Boolean);
    expect(words).toHaveLength(record.words);
    const segments = layout(record.map);
    const at = (word: string) => locate(segments, words.indexOf(word))?.segment;
    expect(at('Leasing')).toMatchObject({ kind: 'qa', qa: 0, lang: 'en' });
    expect(at('Гренландияны')).toMatchObject({ kind: 'qa', qa: 0, lang: 'kk' });
    expect(at('Tokayev')).toMatchObject({ kind: 'header', interview: 0 });
  });

  it('index the section title in each language with each of its Q&As', () => {
    const [record] = searchRecords(library(['2026-x']));
    if (!record) throw new Error('no record');
    const words = record.content.split(/\s+/).filter(Boolean);
    const segments = layout(record.map);
    const at = (word: string) => locate(segments, words.indexOf(word))?.segment;
    // Words found only in the title: they count for the Q&A, in the title's language.
    expect(at('болашагы')).toMatchObject({ kind: 'qa', qa: 0, lang: 'kk' });
    expect(at('Future')).toMatchObject({ kind: 'qa', qa: 0, lang: 'en' });
    // The question's word count is unchanged: the title comes after the Q&A's own texts.
    expect(record.map.qas[0]?.[2]).toBe(6);
  });

  it('hold an alias token once per Q&A: in Kazakh when it names the group, else in English', () => {
    const withAliases = (names: string[][]): Library => ({
      ...library(['2026-x']),
      aliases: names.map((group, i) => ({ id: `g${i}`, names: group })),
    });
    const [both] = searchRecords(withAliases([['Greenland', 'Гренландия']]));
    const [english] = searchRecords(withAliases([['Leasing', 'Лизинг']]));
    if (!both || !english) throw new Error('no record');
    const tokenAt = (record: typeof both) => {
      const words = record.content.split(/\s+/).filter(Boolean);
      return words.flatMap((w, i) =>
        w === 'zqa0q' ? [locate(layout(record.map), i)?.segment] : [],
      );
    };
    expect(tokenAt(both)).toEqual([expect.objectContaining({ kind: 'qa', qa: 0, lang: 'kk' })]);
    expect(tokenAt(english)).toEqual([expect.objectContaining({ kind: 'qa', qa: 0, lang: 'en' })]);
  });

  it('hold several interviews each, and start a new one past the word limit', () => {
    expect(searchRecords(library(['a', 'b', 'c']))).toHaveLength(1);
    const small = searchRecords(library(['a', 'b', 'c']), 10);
    expect(small).toHaveLength(3);
    expect(small.map((r) => r.map.interviews.map(([id]) => id))).toEqual([['a'], ['b'], ['c']]);
  });

  it('serve each Q&A text apart, in the original spelling, one file per language', () => {
    const files = textFiles(library(['2026-x']));
    expect(files.map((f) => f.path)).toEqual([
      'search-index/interview/2026-x.json',
      'search-index/qa/2026-x/0.kk.json',
      'search-index/qa/2026-x/0.en.json',
    ]);
    expect(files[1]?.text).toMatchObject({
      id: 'greenland-future',
      section: ['greenland', 'Гренландияның болашағы'],
      q: 'Гренландия аумағына <оккупация> жасалуы мүмкін бе?',
      p: ['Гренландияны 120 жылға жалдау.'],
    });
  });
});
