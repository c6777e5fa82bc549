import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compacted } from '../../../src/search/build/search-files.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
// As repetitive as Pagefind's list of chunks.
const list = encode(Array.from({ length: 3000 }, (_, i) => `chunk${(i * 7919) % 1000}`).join('\n'));
const META = 'pagefind.kk_f852446995.pf_meta';

describe('compacted', () => {
  it("makes Pagefind's list of pages and chunks, in every first search, smaller", async () => {
    const gzipped = gzipSync(list);
    const smaller = await compacted(META, gzipped);
    expect(smaller.length).toBeLessThan(gzipped.length);
    expect(gunzipSync(smaller)).toEqual(Buffer.from(list));
  });

  it('keeps a list it cannot make smaller as it is', async () => {
    const once = await compacted(META, gzipSync(list));
    expect(await compacted(META, once)).toBe(once);
  });

  it('leaves the index chunks as Pagefind wrote them', async () => {
    const chunk = gzipSync(list);
    expect(await compacted('index/kk_af55a99.pf_index', chunk)).toBe(chunk);
  });
});
