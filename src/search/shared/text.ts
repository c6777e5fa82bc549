import { foldKazakh, lowerCase } from './normalise.ts';

/**
 * The text as the search sees it, one function for the build (what Pagefind indexes) and the
 * browser (checking a result, marking its words). Pagefind splits a word only at ASCII
 * punctuation, indexing the whole and each part at one position: so every dash, minus sign,
 * slash or other mark between two letters or digits becomes an ASCII "-"
 * ("Kazakhstan–Turkmenistan" finds "Turkmenistan"), and the separators of digit groups too
 * ("2 803" → "2-803", found by "2803"). Marks standing alone, or stuck to a word's edge, become
 * spaces: Pagefind would count a lone dash as a word position, and keep a "«" in the word.
 * Kazakh letters are folded (see normalise.ts). Every change is one character for one, so a
 * position in this text is the same position in the original.
 */
export function indexText(text: string): string {
  return foldKazakh(text)
    .replace(DIGIT_GROUP, '-')
    .replace(MARK, (mark, offset: number, whole: string) =>
      WORD_CHAR.test(whole[offset - 1] ?? '') && WORD_CHAR.test(whole[offset + 1] ?? '')
        ? APOSTROPHE.test(mark)
          ? "'"
          : '-'
        : ' ',
    )
    .replace(LONE_MARKS, (marks) => ' '.repeat(marks.length));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Non-ASCII punctuation and symbols: Pagefind keeps them inside a word. */
const MARK = /[^\p{L}\p{N}\p{M}\s\x21-\x7e]/gu;
const APOSTROPHE = /[’ʼ‘`]/;
/** A space, no-break, narrow or thin space, or comma between groups of three digits. */
const DIGIT_GROUP = /(?<=\d)[ \u00a0\u202f\u2009,](?=\d{3}(?!\d))/g;
/** A run of marks with no letter or digit, between spaces. */
const LONE_MARKS = /(?<=^|\s)[^\p{L}\p{N}\s]+(?=\s|$)/gu;

/** One word of the text as Pagefind counts them, with the forms a query word can match. */
export interface Token {
  /** Where it is in the text: [start, end). */
  start: number;
  end: number;
  /** Its forms, lower-case and folded: each part ("turkmenistan"), then the whole when it has parts. */
  forms: Form[];
}

export interface Form {
  form: string;
  start: number;
  end: number;
}

const TOKEN = /\S+/g;
/** Parts of a word: letters and digits, split at punctuation and where a capital follows a lower-case letter. */
const PART = /\p{Lu}?[\p{Ll}\p{Lo}\p{M}]+|\p{Lu}+(?![\p{Ll}])|\p{N}+|[\p{L}\p{M}]+/gu;

/**
 * Folds a word for comparison: lower case, Kazakh letters folded, and the diacritics that
 * Pagefind drops too (й → и, ё → е).
 */
export function foldWord(word: string): string {
  let form = folded.get(word);
  if (form === undefined) {
    form = lowerCase(foldKazakh(word)).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(word, form);
  }
  return form;
}

/**
 * Words folded so far: a text's words recur in every text (checking an answer folds each of its
 * words), and folding one costs a few microseconds. Cleared when full, to bound the memory.
 */
const folded = new Map<string, string>();
const FOLDED_KEPT = 50_000;

/** The words of a text in Pagefind's order: one per position of the indexed text. */
export function tokens(text: string): Token[] {
  const indexed = indexText(text);
  const out: Token[] = [];
  for (const match of indexed.matchAll(TOKEN)) {
    const start = match.index;
    const parts: Form[] = [];
    for (const part of match[0].matchAll(PART)) {
      parts.push({
        form: foldWord(part[0]),
        start: start + part.index,
        end: start + part.index + part[0].length,
      });
    }
    if (parts.length === 0) continue;
    const forms = [...parts];
    if (parts.length > 1) {
      forms.push({
        form: parts.map((p) => p.form).join(''),
        start,
        end: start + match[0].length,
      });
    }
    out.push({ start, end: start + match[0].length, forms });
  }
  return out;
}
