import { describe, expect, it } from 'vitest';
import { dataFiles, feedPath, siteOf } from '../../../src/export/paths.ts';

describe('paths of the feeds and data files', () => {
  it('puts them under the base path, the English feed under /en/', () => {
    expect(feedPath('kk', '/reader/')).toBe('/reader/feed.xml');
    expect(feedPath('en', '/')).toBe('/en/feed.xml');
    expect(dataFiles('i', '/reader/')).toEqual({
      json: '/reader/i/interview.json',
      text: { kk: '/reader/i/i.kk.txt', en: '/reader/i/i.en.txt' },
    });
  });

  it('refuses to build absolute URLs without a site', () => {
    expect(() => siteOf(undefined)).toThrow(/`site` is not set/);
    expect(siteOf(new URL('https://example.org')).href).toBe('https://example.org/');
  });
});
