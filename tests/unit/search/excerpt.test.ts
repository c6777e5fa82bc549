import { describe, expect, it } from 'vitest';
import { excerpt, highlight, matchRanges } from '../../../src/search/shared/excerpt.ts';
import { queryTerms } from '../../../src/search/shared/normalise.ts';
import { marked } from '../../support/sample-section.ts';

describe('matching words in the original text', () => {
  it('marks inflected Kazakh forms typed on a Russian keyboard', () => {
    const text = 'Америка Құрама Штаттары мен Данияға Гренландияны 120 жылға жалдау';
    expect(marked(highlight(text, matchRanges(text, queryTerms('Гренландияга'))))).toBe(
      'Америка Құрама Штаттары мен Данияға [Гренландияны] 120 жылға жалдау',
    );
  });

  it('marks English words and plurals', () => {
    const text = 'Kazakhstan joined the Abraham Accords; the Accord is forward-looking.';
    expect(marked(highlight(text, matchRanges(text, queryTerms('abraham accords'))))).toBe(
      'Kazakhstan joined the [Abraham] [Accords]; the [Accord] is forward-looking.',
    );
  });

  it('marks the words of a Latin page where they are, after an İ or a ū', () => {
    const text = 'Sūraq: Qazaqstan İbrahim kelısımderıne nelıkten qosyldy?';
    expect(marked(highlight(text, matchRanges(text, queryTerms('İbrahim kelısımderı'))))).toBe(
      'Sūraq: Qazaqstan [İbrahim] [kelısımderıne] nelıkten qosyldy?',
    );
  });

  it('ignores one-letter terms except whole words', () => {
    expect(matchRanges('Greenland is big', queryTerms("Greenland's"))).toEqual([[0, 9]]);
  });

  it('cuts an excerpt around the first match, at word boundaries', () => {
    const text = `${'сөз '.repeat(80)}Гренландия ${'тағы '.repeat(80)}`.trim();
    const cut = marked(excerpt(text, matchRanges(text, queryTerms('гренландия')), 120));
    expect(cut.startsWith('… сөз')).toBe(true);
    expect(cut.endsWith('тағы …')).toBe(true);
    expect(cut).toContain('[Гренландия]');
    expect(cut.length).toBeLessThan(140);
    expect(excerpt(text, matchRanges(text, queryTerms('трамп')))).toBeNull();
  });
});
