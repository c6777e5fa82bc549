import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../src/site/page-meta.ts';

describe('page links', () => {
  const site = new URL('https://example.org');
  const route = { page: 'section', interview: 'i', section: 's' } as const;

  it('gives the canonical URL and the same page in both interfaces, under the base', () => {
    const links = pageLinks(site, 'en', route, '/reader/');
    expect(links.canonical).toBe('https://example.org/reader/en/i/s/');
    expect(links.alternates).toEqual([
      { hreflang: 'kk', href: 'https://example.org/reader/i/s/' },
      { hreflang: 'kk-Latn', href: 'https://example.org/reader/latn/i/s/' },
      { hreflang: 'en', href: 'https://example.org/reader/en/i/s/' },
      { hreflang: 'x-default', href: 'https://example.org/reader/i/s/' },
    ]);
    expect(links.otherLang).toEqual({ lang: 'kk', path: '/reader/i/s/' });
  });

  it("names the Kazakh Latin twin canonical, and the English twin's Cyrillic page", () => {
    expect(pageLinks(site, 'kk', route, '/', 'latn').canonical).toBe(
      'https://example.org/latn/i/s/',
    );
    expect(pageLinks(site, 'en', route, '/', 'latn').canonical).toBe('https://example.org/en/i/s/');
  });

  it('links the Kazakh home page to the English one', () => {
    expect(pageLinks(site, 'kk', { page: 'home' }).otherLang).toEqual({ lang: 'en', path: '/en/' });
  });
});
