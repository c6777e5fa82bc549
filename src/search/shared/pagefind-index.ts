// Pagefind's index read without Pagefind's runtime. Pagefind writes the index at build; its
// browser script and WebAssembly (63 KB of every first search) would then materialise every
// position of every matched word as JSON, which at 1,000 interviews took 80–130 ms for a
// frequent name (README, "Search at scale"). The search needs only the pages and positions of the
// words starting with a term, which this reads from the decompressed files directly.
//
// The format, as Pagefind 1.6 writes it (gzip, then the signature, then CBOR arrays):
//   meta:  [version, [[page hash, word count, …]…], [[first word, last word, chunk hash]…], …]
//   chunk: [[[word, [[page delta, [positions…], …]…], [[variant, pages as before]…]]…]]
// A position below zero changes the weight of those after it, whose first is then absolute;
// the others are each the distance from the one before. A word is held without its diacritics
// ("сондаи"), its written forms ("сондай") as variants.

import { firstWhere, lowerBound } from './sorted.ts';

/** The Pagefind versions whose index this reads; the build checks what Pagefind wrote. */
const PAGEFIND_FORMAT = /^1\.6\./;
const SIGNATURE = 'pagefind_dcd';

/** A failure to read the index: the search says it could not load. */
export class IndexFormatError extends Error {}

const UTF8 = new TextDecoder();

/** A CBOR reader for what Pagefind writes: arrays of definite length, integers and text. */
class Cbor {
  private offset = 0;
  /** The major type of the item `head` read last. */
  private major = 0;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;

  constructor(bytes: Uint8Array, offset = 0) {
    this.bytes = bytes;
    this.offset = offset;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Where the next item starts; a reader made with it reads from there again. */
  get position(): number {
    return this.offset;
  }

  /** Another reader of the same bytes, from `offset`. */
  from(offset: number): Cbor {
    return new Cbor(this.bytes, offset);
  }

  /** The next item's number (a value, or a length); its major type goes to `major`. */
  private head(): number {
    const byte = this.bytes[this.offset++];
    if (byte === undefined) throw new IndexFormatError('the index ends too soon');
    this.major = byte >> 5;
    const info = byte & 31;
    if (info < 24) return info;
    const at = this.offset;
    if (info === 24) {
      this.offset += 1;
      return this.view.getUint8(at);
    }
    if (info === 25) {
      this.offset += 2;
      return this.view.getUint16(at);
    }
    if (info === 26) {
      this.offset += 4;
      return this.view.getUint32(at);
    }
    throw new IndexFormatError(`unexpected CBOR item ${byte} at ${at - 1}`);
  }

  private expect(major: number, what: string): number {
    const value = this.head();
    if (this.major !== major) throw new IndexFormatError(`expected ${what} at ${this.offset}`);
    return value;
  }

  array(): number {
    return this.expect(4, 'an array');
  }

  int(): number {
    const value = this.head();
    if (this.major === 0) return value;
    if (this.major === 1) return -1 - value;
    throw new IndexFormatError(`expected an integer at ${this.offset}`);
  }

  string(): string {
    const length = this.expect(3, 'a string');
    const value = UTF8.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return value;
  }

  /** Skips one item of any type Pagefind writes. */
  skip(): void {
    const value = this.head();
    const major = this.major;
    if (major === 2 || major === 3) this.offset += value;
    else if (major === 4) for (let i = 0; i < value; i++) this.skip();
    else if (major === 5) for (let i = 0; i < value * 2; i++) this.skip();
  }

  /** Reads the rest of an array of `length` whose first `read` items were read. */
  skipRest(length: number, read: number): void {
    for (let i = read; i < length; i++) this.skip();
  }
}

/** The CBOR inside one of Pagefind's files, once decompressed. */
function body(bytes: Uint8Array): Cbor {
  const signature = UTF8.decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new IndexFormatError(`not a Pagefind file ("${signature}")`);
  return new Cbor(bytes.subarray(SIGNATURE.length));
}

export interface IndexChunk {
  /** The first word, shortened to the letters that tell it from the chunk before. */
  from: string;
  hash: string;
}

export interface IndexMeta {
  version: string;
  /** Page hashes (a result's id) and word counts, by page number. */
  pages: { hash: string; words: number }[];
  chunks: IndexChunk[];
}

/** The list of pages and chunks (`pagefind.<language>.pf_meta`, decompressed). */
export function readMeta(bytes: Uint8Array): IndexMeta {
  const cbor = body(bytes);
  const fields = cbor.array();
  const version = cbor.string();
  if (!PAGEFIND_FORMAT.test(version)) {
    throw new IndexFormatError(`Pagefind ${version} wrote this index; the search reads 1.6`);
  }
  const pages = Array.from({ length: cbor.array() }, () => {
    const length = cbor.array();
    const page = { hash: cbor.string(), words: cbor.int() };
    cbor.skipRest(length, 2);
    return page;
  });
  const chunks = Array.from({ length: cbor.array() }, () => {
    const length = cbor.array();
    const from = cbor.string();
    cbor.string();
    const chunk = { from, hash: cbor.string() };
    cbor.skipRest(length, 3);
    return chunk;
  });
  cbor.skipRest(fields, 3);
  return { version, pages, chunks };
}

/** Where one word is: page number → its positions there, in order. */
export type Postings = Map<number, number[]>;

/**
 * One chunk's words, in order, and where each is, its variants' places merged in. A word's places
 * are read only when a search needs them: a chunk holds many words, a search a few.
 */
export interface ChunkWords {
  words: string[];
  postings(index: number): Postings;
}

function readPages(cbor: Cbor, into: Postings): void {
  let page = 0;
  for (let i = 0, pages = cbor.array(); i < pages; i++) {
    const length = cbor.array();
    page += cbor.int();
    const positions = into.get(page) ?? [];
    let position = 0;
    let absolute = true;
    for (let j = 0, count = cbor.array(); j < count; j++) {
      const value = cbor.int();
      if (value < 0) {
        absolute = true;
        continue;
      }
      position = absolute ? value : position + value;
      absolute = false;
      positions.push(position);
    }
    if (positions.length > 0) into.set(page, positions);
    cbor.skipRest(length, 2);
  }
}

/** The places of the word whose pages start at `cbor`, and of its variants if it has them. */
function readWord(cbor: Cbor, variants: boolean): Postings {
  const found: Postings = new Map();
  readPages(cbor, found);
  if (variants) {
    for (let v = 0, count = cbor.array(); v < count; v++) {
      const length = cbor.array();
      cbor.string();
      readPages(cbor, found);
      cbor.skipRest(length, 2);
    }
  }
  // A form's places run in order from each change of weight: together, they may not.
  for (const positions of found.values()) {
    if (positions.some((p, i) => i > 0 && p < (positions[i - 1] ?? 0))) {
      positions.sort((a, b) => a - b);
    }
  }
  return found;
}

/** A chunk (`index/<hash>.pf_index`, decompressed): its words, their places on demand. */
export function readChunk(bytes: Uint8Array): ChunkWords {
  const cbor = body(bytes);
  const fields = cbor.array();
  const words: string[] = [];
  const starts: [offset: number, variants: boolean][] = [];
  for (let i = 0, count = cbor.array(); i < count; i++) {
    const length = cbor.array();
    words.push(cbor.string());
    starts.push([cbor.position, length >= 3]);
    cbor.skipRest(length, 1);
  }
  cbor.skipRest(fields, 1);
  const read = new Map<number, Postings>();
  return {
    words,
    postings(index) {
      let found = read.get(index);
      if (!found) {
        const start = starts[index];
        found = start ? readWord(cbor.from(start[0]), start[1]) : new Map();
        read.set(index, found);
      }
      return found;
    },
  };
}

/** A term as the index holds words: lower case, without diacritics. */
export const indexForm = (term: string): string =>
  term
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

const start = (text: string, length: number): string => [...text].slice(0, length).join('');

/**
 * The chunks that may hold a word starting with `term` (in index form): every one, where the
 * words starting with it run over several ("казакстан", "казакстанда", … at 1,000 interviews).
 * Chunks follow each other in word order, so a chunk's words are from its first word up to the
 * next chunk's, which its shortened last word does not tell: the chunks from the last one whose
 * first word is not after the term to the last whose first word, cut to the term's length, is
 * not after it. Found by binary search: the list grows with the library (823 chunks at 1,000
 * interviews), and is asked at every key.
 */
export function chunksFor(chunks: IndexChunk[], term: string): IndexChunk[] {
  const length = [...term].length;
  const after = firstWhere(chunks.length, (i) => (chunks[i]?.from ?? '') > term);
  const past = firstWhere(
    chunks.length,
    (i) => i > 0 && start(chunks[i]?.from ?? '', length) > term,
  );
  return chunks.slice(Math.max(after - 1, 0), past);
}

/** A page holding words that start with the term: every position, and a score to rank it. */
export interface TermResult {
  id: string;
  score: number;
  words: number[];
}

/** BM25's term saturation and length normalisation, as Pagefind sets them by default. */
const K1 = 1.4;
const B = 0.75;

/**
 * Every page holding a word of the loaded `chunks` that starts with `term`, best first. A page
 * ranks by BM25, the term counted as one: each word found counts less the longer it is than the
 * term ("part" ranks "party" above "partition"), and the term is as rare as the pages holding any
 * of its words.
 */
export function searchTerm(
  pages: IndexMeta['pages'],
  chunks: ChunkWords[],
  term: string,
): TermResult[] {
  const wanted = indexForm(term);
  const termLength = [...wanted].length;
  // Per page, the places of each word found there (each list sorted), and their weighted count.
  const places = new Map<number, number[][]>();
  const counts = new Map<number, number>();
  for (const { words, postings } of chunks) {
    for (let i = lowerBound(words, wanted); words[i]?.startsWith(wanted); i++) {
      const extra = [...(words[i] ?? '')].length - termLength;
      const similarity = Math.exp(Math.exp(-((extra + 1) ** 2) / 8) - 1);
      for (const [page, at] of postings(i)) {
        counts.set(page, (counts.get(page) ?? 0) + at.length * similarity);
        const lists = places.get(page);
        if (lists) lists.push(at);
        else places.set(page, [at]);
      }
    }
  }
  const total = pages.length;
  const average = pages.reduce((sum, page) => sum + page.words, 0) / Math.max(total, 1);
  const idf = Math.log(1 + (total - places.size + 0.5) / (places.size + 0.5));
  const results: TermResult[] = [];
  for (const [page, lists] of places) {
    const id = pages[page]?.hash;
    if (!id) continue;
    const tf = counts.get(page) ?? 0;
    const length = (pages[page]?.words ?? average) / average;
    const score = (idf * (K1 + 1) * tf) / (K1 * (1 - B + B * length) + tf);
    // Two words of a page are never at one place, unless one is a variant of the other.
    const words = lists.length === 1 ? [...(lists[0] ?? [])] : sortedUnique(lists.flat());
    results.push({ id, score, words });
  }
  return results.sort((a, b) => b.score - a.score);
}

/** The values in order, each once (a typed array sorts numbers natively, 3–4 times faster). */
function sortedUnique(values: number[]): number[] {
  const sorted = Uint32Array.from(values).sort();
  const out: number[] = [];
  for (const value of sorted) if (out.at(-1) !== value) out.push(value);
  return out;
}
