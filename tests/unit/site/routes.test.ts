import { describe, expect, it } from 'vitest';
import { interfacePath, pathTo } from '../../../src/site/routes.ts';

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
