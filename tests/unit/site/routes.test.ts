import { describe, expect, it } from 'vitest';
import { inScript, interfacePath, pathTo, scriptOf, twinHref } from '../../../src/site/routes.ts';

describe('site paths', () => {
  it('maps Kazakh-interface paths to the English interface', () => {
    expect(interfacePath('en', '/a/b/#c', '/')).toBe('/en/a/b/#c');
    expect(interfacePath('kk', 'a/b/', '/reader')).toBe('/reader/a/b/');
  });

  it('builds page paths under the base, with /en/ for the English interface', () => {
    expect(pathTo('kk', { page: 'home' })).toBe('/');
    expect(pathTo('en', { page: 'home' })).toBe('/en/');
    expect(pathTo('kk', { page: 'interview', interview: 'i' })).toBe('/i/');
    expect(pathTo('kk', { page: 'section', interview: 'i', section: 's' }, '/reader/')).toBe(
      '/reader/i/s/',
    );
    expect(pathTo('en', { page: 'topic', topic: 't' }, '/reader')).toBe('/reader/en/topics/t/');
    expect(pathTo('en', { page: 'topics' })).toBe('/en/topics/');
    expect(pathTo('kk', { page: 'search' }, '/reader/')).toBe('/reader/search/');
    expect(
      pathTo('en', { page: 'question', interview: 'i', section: 's', question: 'q' }, '/reader/'),
    ).toBe('/reader/en/i/s/q/');
    expect(pathTo('en', { page: 'interview-rest', interview: 'i' })).toBe('/en/rest/i/');
    expect(pathTo('en', { page: 'offline' }, '/reader/')).toBe('/reader/en/offline/');
  });
});

describe('the Latin twins of pages', () => {
  it('live under latn/ after the interface prefix, under any base', () => {
    expect(inScript('/x/y/', 'latn', '/')).toBe('/latn/x/y/');
    expect(inScript('/en/x/', 'latn', '/')).toBe('/en/latn/x/');
    expect(inScript('/reader/', 'latn', '/reader/')).toBe('/reader/latn/');
    expect(inScript('/reader/en/', 'latn', '/reader/')).toBe('/reader/en/latn/');
  });

  it('lead back to their Cyrillic page, and know their script', () => {
    expect(inScript('/latn/x/y/', 'cyrl', '/')).toBe('/x/y/');
    expect(inScript('/reader/en/latn/x/', 'cyrl', '/reader/')).toBe('/reader/en/x/');
    expect(inScript('/latn/x/', 'latn', '/')).toBe('/latn/x/');
    expect(scriptOf('/reader/en/latn/x/', '/reader/')).toBe('latn');
    expect(scriptOf('/reader/en/x/', '/reader/')).toBe('cyrl');
    // A page whose own name starts with "latn" is not a twin.
    expect(scriptOf('/latnx/', '/')).toBe('cyrl');
  });

  it("take a page's links to pages to their twins, and leave other links alone", () => {
    expect(twinHref('/reader/i/s/?hl=x#q', '/reader/')).toBe('/reader/latn/i/s/?hl=x#q');
    expect(twinHref('/reader/en/', '/reader/')).toBe('/reader/en/latn/');
    expect(twinHref('/reader/latn/i/', '/reader/')).toBe('/reader/latn/i/');
    for (const href of ['/reader/feed.xml', '#q', 'https://example.org/i/', '/other/i/']) {
      expect(twinHref(href, '/reader/'), href).toBeNull();
    }
  });
});
