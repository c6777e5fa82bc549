import { describe, expect, it } from 'vitest';
import { minifyScript } from '../../../src/search/build/minify.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const load = (bytes: Uint8Array): Promise<Record<string, unknown>> =>
  import(`data:text/javascript;base64,${Buffer.from(bytes).toString('base64')}`) as Promise<
    Record<string, unknown>
  >;

// Written as Pagefind's script is: no spaces to spare, long local names, named exports.
const script = encode(
  'const pagefind_version="1.0";let counterOfSearches=0;function searchForTheTerm(theTermToFind){counterOfSearches=counterOfSearches+1;const lowercasedTerm=theTermToFind.toLocaleLowerCase();return `${lowercasedTerm}:${counterOfSearches}`;}export{searchForTheTerm as search,pagefind_version};',
);

describe('minifyScript', () => {
  it('writes a smaller module with the same exports, which behave the same', async () => {
    const smaller = await minifyScript(script);
    expect(smaller.length).toBeLessThan(script.length);
    const [before, after] = await Promise.all([load(script), load(smaller)]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const search = after['search'] as (term: string) => string;
    expect([search('Greenland'), search('Гренландия')]).toEqual(['greenland:1', 'гренландия:2']);
    expect(after['pagefind_version']).toBe('1.0');
  });

  it('rejects a file that is not JavaScript', async () => {
    await expect(minifyScript(encode('export const = ;'))).rejects.toThrow();
  });
});
