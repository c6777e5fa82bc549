// Pagefind ships its script with spaces taken out but its names whole: esbuild's minifier
// shortens them, 13.2 → 11.4 KB gzip, in every first search (README, "Search at scale").
import { transform } from 'esbuild';

/** The same ES module, minified. */
export async function minifyScript(bytes: Uint8Array): Promise<Uint8Array> {
  const { code } = await transform(new TextDecoder().decode(bytes), {
    minify: true,
    format: 'esm',
    // Pagefind's script is written for the browsers it supports: nothing is rewritten for older ones.
    target: 'esnext',
  });
  return new TextEncoder().encode(code);
}
