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

/** The Pagefind versions whose index this reads; the build checks what Pagefind wrote. */
export const PAGEFIND_FORMAT = /^1\.6\./;
const SIGNATURE = 'pagefind_dcd';

/** A failure to read the index: the search says it could not load. */
export class IndexFormatError extends Error {}

/** A CBOR reader for what Pagefind writes: arrays of definite length, integers and text. */
class Cbor {
  private offset = 0;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly text = new TextDecoder();

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The next item's major type and its number (a value, or a length). */
  private head(): [major: number, value: number] {
    const byte = this.bytes[this.offset++];
    if (byte === undefined) throw new IndexFormatError('the index ends too soon');
    const info = byte & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = this.view.getUint8(this.offset);
    else if (info === 25) value = this.view.getUint16(this.offset);
    else if (info === 26) value = this.view.getUint32(this.offset);
    else throw new IndexFormatError(`unexpected CBOR item ${byte} at ${this.offset - 1}`);
    this.offset += info < 24 ? 0 : 1 << (info - 24);
    return [byte >> 5, value];
  }

  private expect(major: number, what: string): number {
    const [got, value] = this.head();
    if (got !== major) throw new IndexFormatError(`expected ${what} at ${this.offset}`);
    return value;
  }

  array(): number {
    return this.expect(4, 'an array');
  }

  int(): number {
    const [major, value] = this.head();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    throw new IndexFormatError(`expected an integer at ${this.offset}`);
  }

  string(): string {
    const length = this.expect(3, 'a string');
    const value = this.text.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return value;
  }

  /** Skips one item of any type Pagefind writes. */
  skip(): void {
    const [major, value] = this.head();
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
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
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

/** One chunk's words, in order, each with its postings and its variants' merged in. */
export interface ChunkWords {
  words: string[];
  postings: Postings[];
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

/** A chunk (`index/<hash>.pf_index`, decompressed). */
export function readChunk(bytes: Uint8Array): ChunkWords {
  const cbor = body(bytes);
  const fields = cbor.array();
  const words: string[] = [];
  const postings: Postings[] = [];
  for (let i = 0, count = cbor.array(); i < count; i++) {
    const length = cbor.array();
    words.push(cbor.string());
    const found: Postings = new Map();
    readPages(cbor, found);
    if (length >= 3) {
      for (let v = 0, variants = cbor.array(); v < variants; v++) {
        const variantLength = cbor.array();
        cbor.string();
        readPages(cbor, found);
        cbor.skipRest(variantLength, 2);
      }
    }
    cbor.skipRest(length, 3);
    for (const positions of found.values()) positions.sort((a, b) => a - b);
    postings.push(found);
  }
  cbor.skipRest(fields, 1);
  return { words, postings };
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
 * next chunk's, which its shortened last word does not tell.
 */
export function chunksFor(chunks: IndexChunk[], term: string): IndexChunk[] {
  const length = [...term].length;
  return chunks.filter(({ from }, i) => {
    const next = chunks[i + 1]?.from;
    return (i === 0 || start(from, length) <= term) && (next === undefined || next > term);
  });
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
  const positions = new Map<number, number[]>();
  const counts = new Map<number, number>();
  for (const { words, postings } of chunks) {
    for (let i = lowerBound(words, wanted); words[i]?.startsWith(wanted); i++) {
      const extra = [...(words[i] ?? '')].length - termLength;
      const similarity = Math.exp(Math.exp(-((extra + 1) ** 2) / 8) - 1);
      for (const [page, at] of postings[i] ?? []) {
        counts.set(page, (counts.get(page) ?? 0) + at.length * similarity);
        const list = positions.get(page);
        if (list) list.push(...at);
        else positions.set(page, [...at]);
      }
    }
  }
  const total = pages.length;
  const average = pages.reduce((sum, page) => sum + page.words, 0) / Math.max(total, 1);
  const idf = Math.log(1 + (total - positions.size + 0.5) / (positions.size + 0.5));
  const results: TermResult[] = [];
  for (const [page, at] of positions) {
    const id = pages[page]?.hash;
    if (!id) continue;
    const tf = counts.get(page) ?? 0;
    const length = (pages[page]?.words ?? average) / average;
    const score = (idf * (K1 + 1) * tf) / (K1 * (1 - B + B * length) + tf);
    results.push({ id, score, words: [...new Set(at)].sort((a, b) => a - b) });
  }
  return results.sort((a, b) => b.score - a.score);
}

/** The first index of `words` (sorted) not before `word`. */
function lowerBound(words: string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
