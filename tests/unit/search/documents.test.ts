import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../../src/search/build/documents.ts';
import { SAMPLE_SECTION } from '../../support/sample-section.ts';

describe('the indexed document of a section', () => {
  const page = searchDocument('2026-x', SAMPLE_SECTION);

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
