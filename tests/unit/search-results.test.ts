import { describe, expect, it } from 'vitest';
import { excerpt, highlight, matchRanges } from '../../src/lib/search-excerpt.ts';
import { queryTerms } from '../../src/lib/search-normalise.ts';
import { searchPage, searchTexts } from '../../src/lib/search-records.ts';
import { interfacePath, pathTo } from '../../src/lib/routes.ts';
import { groupResults, type PagefindResultData } from '../../src/lib/search-results.ts';
import type { AlignedSection } from '../../src/lib/align-gloss.ts';

const marked = (segments: { text: string; mark: boolean }[] | null): string =>
  (segments ?? []).map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('matching words in the original text', () => {
  it('marks inflected Kazakh forms typed on a Russian keyboard', () => {
    const text = 'Америка Құрама Штаттары мен Данияға Гренландияны 120 жылға жалдау';
    expect(marked(highlight(text, queryTerms('Гренландияга')))).toBe(
      'Америка Құрама Штаттары мен Данияға [Гренландияны] 120 жылға жалдау',
    );
  });

  it('marks English words and plurals', () => {
    const text = 'Kazakhstan joined the Abraham Accords; the Accord is forward-looking.';
    expect(marked(highlight(text, queryTerms('abraham accords')))).toBe(
      'Kazakhstan joined the [Abraham] [Accords]; the [Accord] is forward-looking.',
    );
  });

  it('ignores one-letter terms except whole words', () => {
    expect(matchRanges('Greenland is big', queryTerms("Greenland's"))).toEqual([[0, 9]]);
  });

  it('cuts an excerpt around the first match, at word boundaries', () => {
    const text = `${'сөз '.repeat(80)}Гренландия ${'тағы '.repeat(80)}`.trim();
    const cut = marked(excerpt(text, queryTerms('гренландия'), 120));
    expect(cut.startsWith('… сөз')).toBe(true);
    expect(cut.endsWith('тағы …')).toBe(true);
    expect(cut).toContain('[Гренландия]');
    expect(cut.length).toBeLessThan(140);
    expect(excerpt(text, queryTerms('трамп'))).toBeNull();
  });
});

const section: AlignedSection = {
  id: 'greenland',
  order: 7,
  title: { kk: 'Гренландияның болашағы', en: 'The Future of Greenland' },
  editorial: false,
  topics: ['international-law'],
  files: { kk: 'kk/07-greenland.md', en: 'en/07-greenland.md' },
  questions: [
    {
      id: 'greenland-future',
      kk: {
        heading: { html: '', text: 'Гренландия аумағына <оккупация> жасалуы мүмкін бе?' },
        paragraphs: [{ html: '', text: 'Гренландияны 120 жылға жалдау.', line: 1, notes: [] }],
        notes: [],
      },
      en: {
        heading: { html: '', text: 'Is an occupation of Greenland possible?' },
        paragraphs: [{ html: '', text: 'Leasing Greenland for 120 years.', line: 1, notes: [] }],
        notes: [],
      },
    },
  ],
};

describe('the indexed document of a section', () => {
  const page = searchPage('2026-x', section, '/2026-x/greenland/');

  it('folds the Kazakh text, keeps the English and escapes markup', () => {
    expect(page.url).toBe('/2026-x/greenland/');
    expect(page.html).toContain(
      '<h2 data-pagefind-weight="4">Гренландия аумагына &lt;оккупация&gt; жасалуы мумкин бе?</h2>',
    );
    expect(page.html).toContain('<p>Leasing Greenland for 120 years.</p>');
    expect(page.html).toContain(
      '<section id="greenland-future" data-pagefind-title="Гренландия аумағына &lt;оккупация&gt; жасалуы мүмкін бе?">',
    );
    expect(page.html).toContain(
      'data-pagefind-filter="topic[data-value]" data-value="international-law"',
    );
    expect(page.html).not.toContain('<оккупация>');
    // The original text is served apart, so that Pagefind does not index it a second time.
    expect(page.html).not.toContain('Гренландияны 120 жылға');
  });
});

describe('grouping Pagefind results', () => {
  const texts = [searchTexts(section)];
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
      '/reader/',
      'Гренландияға',
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
    const [group] = groupResults([data], texts, queryTerms('occupation'), 'kk', '/', 'occupation');
    expect(group?.hits[0]?.otherLanguage).toBe('en');
    expect(marked(group?.hits[0]?.question ?? [])).toBe(
      'Is an [occupation] of Greenland possible?',
    );
    const [english] = groupResults(
      [data],
      texts,
      queryTerms('occupation'),
      'en',
      '/',
      'occupation',
    );
    expect(english?.hits[0]?.otherLanguage).toBeUndefined();
    expect(english?.section).toBe('The Future of Greenland');
    expect(english?.hits[0]?.href).toBe('/en/2026-x/greenland/?hl=occupation#greenland-future');
  });

  it('maps Kazakh-interface paths to the English interface', () => {
    expect(interfacePath('/', 'en', '/a/b/#c')).toBe('/en/a/b/#c');
    expect(interfacePath('/reader', 'kk', 'a/b/')).toBe('/reader/a/b/');
  });

  it('build page paths under the base, with /en/ for the English interface', () => {
    expect(pathTo('/', 'kk', { page: 'home' })).toBe('/');
    expect(pathTo('/', 'en', { page: 'home' })).toBe('/en/');
    expect(pathTo('/reader/', 'kk', { page: 'section', interview: 'i', section: 's' })).toBe(
      '/reader/i/s/',
    );
    expect(pathTo('/reader', 'en', { page: 'topic', topic: 't' })).toBe('/reader/en/topics/t/');
  });
});
