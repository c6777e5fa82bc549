import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chunksFor,
  IndexFormatError,
  indexForm,
  readChunk,
  readMeta,
  searchTerm,
  type ChunkWords,
  type IndexMeta,
} from '../../../src/search/shared/pagefind-index.ts';

// A real index, written by the Pagefind the site builds with, in chunks of a few postings so that
// the words starting with "kazakhstan" run over several of them.
const RECORDS = [
  'kazakhstan signed an agreement with kazakhstani partners сондай келісім',
  'the partners of kazakhstan kazakhstan kazakhstan party partition',
  'nothing here but greenland',
];
/** Where each word of each record is: Pagefind counts one position per word split at spaces. */
const positionsOf = (record: number, test: (word: string) => boolean): number[] =>
  (RECORDS[record] ?? '').split(' ').flatMap((word, i) => (test(word) ? [i] : []));

let meta: IndexMeta;
let metaBytes: Uint8Array;
let chunks: Map<string, ChunkWords>;
let urls: string[];

beforeAll(async () => {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '4';
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (const [i, content] of RECORDS.entries()) {
    await index.addCustomRecord({ url: `/r${i}/`, content, language: 'kk' });
  }
  const { files } = await index.getFiles();
  const read = (path: string) =>
    gunzipSync(files.find((f) => f.path === path)?.content ?? new Uint8Array());
  const metaPath = files.find((f) => f.path.endsWith('.pf_meta'))?.path ?? '';
  metaBytes = read(metaPath);
  meta = readMeta(metaBytes);
  chunks = new Map(
    meta.chunks.map(({ hash }) => [hash, readChunk(read(`index/${hash}.pf_index`))]),
  );
  // Which record each page is: its fragment holds its URL.
  urls = meta.pages.map(({ hash }) => {
    const fragment = read(`fragment/${hash}.pf_fragment`);
    return (JSON.parse(new TextDecoder().decode(fragment.subarray(12))) as { url: string }).url;
  });
}, 60_000);

afterAll(async () => {
  await pagefind.close();
});

const search = (term: string) =>
  searchTerm(
    meta.pages,
    chunksFor(meta.chunks, indexForm(term)).map(({ hash }) => chunks.get(hash) as ChunkWords),
    term,
  );
/** The record a result is, by its URL. */
const recordOf = (id: string): number =>
  Number(/\/r(\d)\//.exec(urls[meta.pages.findIndex((p) => p.hash === id)] ?? '')?.[1]);

describe("reading Pagefind's index", () => {
  it('reads the list of pages, with their word counts, and of chunks in word order', () => {
    expect(meta.version).toMatch(/^1\.6\./);
    expect(meta.pages.map((p) => p.words).sort()).toEqual(
      RECORDS.map((r) => r.split(' ').length).sort(),
    );
    expect(meta.chunks.length).toBeGreaterThan(3);
    const froms = meta.chunks.map((c) => c.from);
    expect([...froms].sort()).toEqual(froms);
  });

  it('finds every word starting with a term, in every chunk they run over, at its positions', () => {
    const used = chunksFor(meta.chunks, 'kazakhstan');
    expect(used.length).toBeGreaterThan(1);
    const found = new Map(search('kazakhstan').map((r) => [recordOf(r.id), r.words]));
    expect(found).toEqual(
      new Map([
        [0, positionsOf(0, (w) => w.startsWith('kazakhstan'))],
        [1, positionsOf(1, (w) => w.startsWith('kazakhstan'))],
      ]),
    );
    expect(search('greenland').map((r) => recordOf(r.id))).toEqual([2]);
    expect(search('zzz')).toEqual([]);
  });

  it('finds a word by its written form or without its diacritics, as Pagefind holds it', () => {
    for (const term of ['сондай', 'сондаи', 'келісім']) {
      expect(
        search(term).map((r) => recordOf(r.id)),
        term,
      ).toEqual([0]);
    }
  });

  it('ranks the page that says the term more often, and as a whole word, first', () => {
    expect(search('kazakhstan').map((r) => recordOf(r.id))).toEqual([1, 0]);
    const party = search('part').find((r) => recordOf(r.id) === 1);
    expect(party?.words).toEqual(positionsOf(1, (w) => w.startsWith('part')));
  });

  it('loads only the chunks that can hold a word starting with the term', () => {
    const list = [
      { from: '1', hash: 'a' },
      { from: 'abov', hash: 'b' },
      { from: 'acco', hash: 'c' },
      { from: 'accords', hash: 'd' },
      { from: 'b', hash: 'e' },
    ];
    const hashes = (term: string) => chunksFor(list, term).map((c) => c.hash);
    expect(hashes('abraham')).toEqual(['b']);
    expect(hashes('accord')).toEqual(['c', 'd']);
    expect(hashes('accords')).toEqual(['d']);
    expect(hashes('0')).toEqual(['a']);
    expect(hashes('zebra')).toEqual(['e']);
  });

  it('finds the same chunks as reading the whole list would, in a long list', () => {
    // Chunk starts in word order, of one to five letters, many of them sharing their first ones.
    const letters = 'abcеинқ';
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    const word = (): string =>
      Array.from({ length: 1 + random(5) }, () => letters[random(letters.length)]).join('');
    const froms = [...new Set(Array.from({ length: 400 }, word))].sort();
    const list = froms.map((from, i) => ({ from, hash: String(i) }));
    const begins = (text: string, length: number): string => [...text].slice(0, length).join('');
    // A chunk holds words from its own start up to the next chunk's start.
    const mayHold = (term: string, i: number): boolean => {
      const next = list[i + 1]?.from;
      const from = list[i]?.from ?? '';
      return (
        (i === 0 || begins(from, [...term].length) <= term) && (next === undefined || next > term)
      );
    };
    const terms = [...Array.from({ length: 500 }, word), ...froms, '', 'zzz', '0'];
    for (const term of terms) {
      const expected = list.filter((_, i) => mayHold(term, i)).map((c) => c.hash);
      expect(
        chunksFor(list, term).map((c) => c.hash),
        term,
      ).toEqual(expected);
    }
  });

  it('says which Pagefind wrote an index it cannot read', () => {
    const other = Uint8Array.from(metaBytes);
    other.set(new TextEncoder().encode('9.9.9'), Buffer.from(metaBytes).indexOf(meta.version));
    expect(() => readMeta(other)).toThrow(IndexFormatError);
    expect(() => readMeta(other)).toThrow('Pagefind 9.9.9 wrote this index; the search reads 1.6');
    expect(() => readChunk(new TextEncoder().encode('not an index'))).toThrow(IndexFormatError);
  });
});
