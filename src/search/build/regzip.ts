// Pagefind gzips its WebAssembly and its list of index chunks as a server would on the fly;
// Zopfli writes the same format 5–9 % smaller, and both files are part of every first search
// (README, "Search at scale"). Pagefind reads any gzip, so nothing else changes.
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
