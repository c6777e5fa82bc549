import { describe, expect, it } from 'vitest';
import { searchTexts } from '../../../src/search/build/documents.ts';
import { queryTerms } from '../../../src/search/shared/normalise.ts';
import { groupResults, type PagefindResultData } from '../../../src/search/shared/results.ts';
import { marked, SAMPLE_SECTION } from '../../support/sample-section.ts';

describe('grouping Pagefind results', () => {
  const texts = [searchTexts(SAMPLE_SECTION)];
  const data: PagefindResultData = {
    url: '/2026-x/greenland/',
    meta: { title_kk: 'Гренландияның болашағы', title_en: 'The Future of Greenland' },
    sub_results: [
      { url: '/2026-x/greenland/', title: 'page' },
      { url: '/2026-x/greenland/#greenland-future', title: 'q' },
    ],
  };

  it('links each hit to its Q&A in the reader interface, under the base path', () => {
    const [group] = groupResults(
      [data],
      texts,
      queryTerms('Гренландияға'),
      'kk',
      'Гренландияға',
      '/reader/',
    );
    expect(group?.section).toBe('Гренландияның болашағы');
    expect(group?.href).toBe('/reader/2026-x/greenland/');
    expect(group?.hits).toHaveLength(1);
    expect(group?.hits[0]?.href).toBe(
      `/reader/2026-x/greenland/?hl=${encodeURIComponent('Гренландияға')}#greenland-future`,
    );
    expect(marked(group?.hits[0]?.question ?? [])).toBe(
      '[Гренландия] аумағына <оккупация> жасалуы мүмкін бе?',
    );
    expect(marked(group?.hits[0]?.excerpt ?? [])).toBe('[Гренландияны] 120 жылға жалдау.');
    expect(group?.hits[0]?.otherLanguage).toBeUndefined();
  });

  it('tags a hit found only in the other language', () => {
    const [group] = groupResults([data], texts, queryTerms('occupation'), 'kk', 'occupation', '/');
    expect(group?.hits[0]?.otherLanguage).toBe('en');
    expect(marked(group?.hits[0]?.question ?? [])).toBe(
      'Is an [occupation] of Greenland possible?',
    );
    const [english] = groupResults(
      [data],
      texts,
      queryTerms('occupation'),
      'en',
      'occupation',
      '/',
    );
    expect(english?.hits[0]?.otherLanguage).toBeUndefined();
    expect(english?.section).toBe('The Future of Greenland');
    expect(english?.hits[0]?.href).toBe('/en/2026-x/greenland/?hl=occupation#greenland-future');
  });
});
