import { gunzipSync } from 'node:zlib';

/**
 * The interview a Pagefind fragment belongs to, from the `interview` metadata our search
 * documents carry (src/search/build/documents.ts). A fragment is gzip of "pagefind_dcd" and
 * JSON, the format Pagefind's own client decodes.
 */
export function fragmentInterview(bytes: Uint8Array): string | undefined {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith('pagefind_dcd')) throw new Error('not a Pagefind fragment');
  const data = JSON.parse(text.slice('pagefind_dcd'.length)) as { meta?: { interview?: string } };
  return data.meta?.interview;
}
