import { describe, expect, it } from 'vitest';
import { BASE, normaliseBase, withBase } from '../../../src/site/base.ts';

describe('the base path', () => {
  it('ends in exactly one slash', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/reader')).toBe('/reader/');
    expect(normaliseBase('/reader/')).toBe('/reader/');
  });

  it('puts a path under the base, with or without its leading slash', () => {
    expect(withBase('favicon.svg', '/reader')).toBe('/reader/favicon.svg');
    expect(withBase('/pagefind/pagefind.js', '/reader/')).toBe('/reader/pagefind/pagefind.js');
    expect(withBase('', '/')).toBe('/');
  });

  it("defaults to this build's base (the root in the unit tests)", () => {
    expect(BASE).toBe('/');
    expect(withBase('sitemap-index.xml')).toBe('/sitemap-index.xml');
  });
});
