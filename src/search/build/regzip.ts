// Pagefind gzips its list of pages and index chunks as a server would on the fly; Zopfli writes
// the same format about 8 % smaller, and the list is part of every first search (README, "Search
// at scale"). The search reads any gzip, so nothing else changes.
import { gzipAsync } from '@gfx/zopfli';
import { gunzipSync } from 'node:zlib';

/**
 * Zopfli's passes: 15 gained 0.3 % on the chunk list and nothing on the WebAssembly, for about
 * 0.5 s more.
 */
const ITERATIONS = 5;

/** The same gzipped content, compressed again with Zopfli. */
export async function regzip(bytes: Uint8Array): Promise<Uint8Array> {
  return gzipAsync(gunzipSync(bytes), { numiterations: ITERATIONS });
}
