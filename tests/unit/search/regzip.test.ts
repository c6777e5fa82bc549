import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { regzip } from '../../../src/search/build/regzip.ts';

// Text as repetitive as an index: words and numbers in a long sorted list.
const content = new TextEncoder().encode(
  Array.from({ length: 3000 }, (_, i) => `word${(i * 7919) % 1000} ${i}`).join('\n'),
);

describe('regzip', () => {
  it('writes the same content as a smaller gzip', async () => {
    const pagefindLike = gzipSync(content);
    const smaller = await regzip(pagefindLike);
    expect(smaller.length).toBeLessThan(pagefindLike.length);
    expect(gunzipSync(smaller)).toEqual(Buffer.from(content));
  });

  it('rejects a file that is not gzip', async () => {
    await expect(regzip(content)).rejects.toThrow();
  });
});
