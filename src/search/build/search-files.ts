// Every file the search serves, built from the library: Pagefind's index of the search records,
// a map per record (named by Pagefind's page hash, the one thing a result carries) and all of
// them in one file, each Q&A's text, the typo vocabulary and the data the search reads first.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { IndexFormatError, readMeta } from '../shared/pagefind-index.ts';
import type { Library } from '../../library/model.ts';
import { SEARCH_FILES, SEARCH_ROOTS, type SearchMaps } from '../shared/types.ts';
import { searchData, searchRecords, textFiles } from './documents.ts';
import { regzip } from './regzip.ts';
import { vocabularyFiles } from './vocabulary.ts';

export interface SearchFile {
  /** Path under the site's base. */
  path: string;
  content: Uint8Array;
}

/**
 * Pagefind's files that the search loads: its list of pages and chunks, and the chunks. Not its
 * script and WebAssembly (the search reads the index itself: shared/pagefind-index.ts), UIs,
 * fragments or playground.
 */
const KEEP = /^(pagefind\..*\.pf_meta|index\/.*)$/;
/**
 * Of those, the one every first search loads whatever its words, gzipped again with Zopfli. The
 * chunks are left as Pagefind writes them: Zopfli would take about a minute for the 800 chunks of
 * 1,000 interviews, to save 2 % of the one or two a search loads.
 */
const FIRST_SEARCH = /^pagefind\..*\.pf_meta$/;

/** Pagefind's file as the build serves it: the list of every first search made smaller, if it can be. */
export async function compacted(path: string, content: Uint8Array): Promise<Uint8Array> {
  if (!FIRST_SEARCH.test(path)) return content;
  const smaller = await regzip(content);
  return smaller.length < content.length ? smaller : content;
}

/**
 * Postings per index chunk (Pagefind's default: 20,000). A search loads the chunks of its words,
 * and the list of all chunks with the first search: smaller chunks mean less per word, a longer
 * list. Set through Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, its one way to set it.
 */
export const INDEX_CHUNK_SIZE = 2_000;

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** A page's URL and word count, from its fragment (gzip, then "pagefind_dcd", then JSON). */
function readFragment(bytes: Uint8Array): { url: string; word_count: number } {
  const raw = gunzipSync(bytes);
  const signature = new TextDecoder().decode(raw.subarray(0, 12));
  if (signature !== 'pagefind_dcd') {
    throw new Error(
      `Pagefind wrote a fragment this site cannot read (signature "${signature}"): check the Pagefind version in package.json`,
    );
  }
  return JSON.parse(new TextDecoder().decode(raw.subarray(12))) as {
    url: string;
    word_count: number;
  };
}

/**
 * The path of Pagefind's list of pages and chunks, once the search has read it as it will in the
 * browser: a Pagefind that writes another format stops the build here, not the readers' search.
 */
function checkedIndex(file: { path: string; content: Uint8Array }): string {
  try {
    readMeta(gunzipSync(file.content));
  } catch (error) {
    if (!(error instanceof IndexFormatError)) throw error;
    throw new Error(
      `Pagefind's index ${file.path} cannot be read by the search: ${error.message}. Install the Pagefind version package-lock.json names (npm ci), or update src/search/shared/pagefind-index.ts to the new format`,
    );
  }
  return `${SEARCH_ROOTS.pagefind}${file.path}`;
}

/**
 * The search's files for `library`. `compact` makes Pagefind's list of every first search
 * smaller (regzip.ts): for `astro build`; the dev server skips the second it takes.
 */
export async function buildSearchFiles(
  library: Library,
  { compact = false } = {},
): Promise<SearchFile[]> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const records = searchRecords(library);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const out: SearchFile[] = [];
  const maps: SearchMaps = {};
  let list = '';
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: 'kk',
      });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
    const byUrl = new Map(records.map((record) => [record.url, record]));
    for (const file of files) {
      if (FIRST_SEARCH.test(file.path)) list = checkedIndex(file);
      if (KEEP.test(file.path)) {
        const content = compact ? await compacted(file.path, file.content) : file.content;
        out.push({ path: `${SEARCH_ROOTS.pagefind}${file.path}`, content });
      }
      const hash = /^fragment\/(.+)\.pf_fragment$/.exec(file.path)?.[1];
      if (!hash) continue;
      const fragment = readFragment(file.content);
      const record = byUrl.get(fragment.url);
      // The client reads word positions back through the map: they must be Pagefind's.
      if (!record || fragment.word_count !== record.words) {
        throw new Error(
          `search record ${fragment.url}: Pagefind counts ${fragment.word_count} words, the search ${record?.words ?? 0}; src/search/shared/text.ts no longer splits words as Pagefind does`,
        );
      }
      out.push({ path: SEARCH_FILES.map(hash), content: json(record.map) });
      maps[hash] = record.map;
      byUrl.delete(fragment.url);
    }
    if (byUrl.size > 0)
      throw new Error(`Pagefind wrote no page for ${[...byUrl.keys()].join(', ')}`);
    if (!list) throw new Error('Pagefind wrote no list of pages and chunks (pf_meta)');
  } finally {
    await pagefind.close();
  }
  const allMaps = json(maps);
  const mapsPath = SEARCH_FILES.maps(
    createHash('sha256').update(allMaps).digest('hex').slice(0, 16),
  );
  out.push({ path: mapsPath, content: allMaps });
  const vocabulary = vocabularyFiles(library);
  for (const { path, text } of textFiles(library)) out.push({ path, content: json(text) });
  for (const { path, text } of vocabulary.files) {
    out.push({ path, content: new TextEncoder().encode(text) });
  }
  out.push({
    path: SEARCH_FILES.data,
    content: json(searchData(library, vocabulary, records.length, { index: list, maps: mapsPath })),
  });
  return out;
}
