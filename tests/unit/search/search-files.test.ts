import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compacted } from '../../../src/search/build/search-files.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
// As repetitive as Pagefind's list of chunks.
const list = encode(Array.from({ length: 3000 }, (_, i) => `chunk${(i * 7919) % 1000}`).join('\n'));
const script = encode(
  'let counterOfSearches=0;function searchForTheTerm(theTermToFind){counterOfSearches=counterOfSearches+1;return theTermToFind;}export{searchForTheTerm as search};',
);

describe('compacted', () => {
  it("makes the files of every first search smaller: Pagefind's WebAssembly, list and script", async () => {
    for (const path of ['wasm.unknown.pagefind', 'pagefind.kk_f852446995.pf_meta']) {
      const gzipped = gzipSync(list);
      const smaller = await compacted(path, gzipped);
      expect(smaller.length).toBeLessThan(gzipped.length);
      expect(gunzipSync(smaller)).toEqual(Buffer.from(list));
    }
    expect((await compacted('pagefind.js', script)).length).toBeLessThan(script.length);
  });

  it('keeps a file it cannot make smaller as it is', async () => {
    const once = await compacted('wasm.unknown.pagefind', gzipSync(list));
    expect(await compacted('wasm.unknown.pagefind', once)).toBe(once);
    const minified = await compacted('pagefind.js', script);
    expect(await compacted('pagefind.js', minified)).toBe(minified);
  });

  it('leaves the index chunks and the other files as Pagefind wrote them', async () => {
    const chunk = gzipSync(list);
    expect(await compacted('index/kk_af55a99.pf_index', chunk)).toBe(chunk);
    expect(await compacted('pagefind-entry.json', script)).toBe(script);
  });
});
