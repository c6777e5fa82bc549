// The query as the search runs it, in three steps any step can be added to:
//   normalise: quoted phrases apart, words split as the index splits them (text.ts), folded;
//   expand:    each word's alternatives: the word's start (the Kazakh stem, an English prefix),
//              then whatever the expanders add (alias names), and in the browser the Cyrillic
//              readings of a Latin word (browser/latin.ts: they need the vocabulary);
//   search and verify (browser/): Pagefind finds each alternative, match.ts checks every hit.
import { englishStem, spellings } from './english.ts';
import { isKazakhEnding, stemKazakh } from './normalise.ts';
import { foldWord, tokens } from './text.ts';

export type MatchKind = 'exact' | 'stem' | 'latin' | 'near';

/** One way a query word can match a word of the text; `search` is what Pagefind is asked. */
export type Alternative =
  /** A word starting with `search`; with `whole`, only that word. `match`: how it ranks. */
  | { kind: 'prefix'; search: string; match: MatchKind; whole?: boolean }
  /**
   * An English word: Pagefind searches `search`, the start shared with its stem ("invest" for
   * "invested"); a word starting with one of `typed` (the word in British and American spelling,
   * english.ts) is exact, one with the same stem a stem match.
   */
  | { kind: 'english'; search: string; typed: string[]; stem: string }
  /**
   * A Kazakh word: Pagefind searches `search`, its stem; a word starting with one of `typed` (the
   * word as typed, or the Cyrillic readings of a Latin word) matches, and so does the stem
   * followed by endings only ("Газаға" finds "Газаның"; "Астана", searched as "аста", not "астам").
   */
  | { kind: 'kazakh'; search: string; typed: string[]; match: MatchKind }
  /** Any name of an alias group: its token stands beside each name in the index. */
  | { kind: 'token'; search: string };

export interface Term {
  /** The word as typed, folded and lower-case. */
  word: string;
  /** The word as typed (its Latin letters keep their diacritics, which `word` drops). */
  typed: string;
  alternatives: Alternative[];
}

export interface Query {
  /** Every term must match (in any of its alternatives). */
  terms: Term[];
  /** Quoted phrases: whole words, in this order, next to each other. */
  phrases: string[][];
}

/** Adds alternatives to a term: the alias names, and any later expansion (e.g. transliteration). */
export type Expander = (term: Term) => Alternative[];

/** Words too common to narrow a search of several words; they count only when alone. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or that the this to was were with ' +
    'мен бен пен және да де та те ол бұл осы сол үшін ма ме ба бе па пе ал'
  )
    .split(' ')
    .map(foldWord),
);

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

const LATIN = /^[a-z]+$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const MIN_ENGLISH_PREFIX = 4;

/**
 * What Pagefind searches for an English word: the start its spellings share with its stem, so
 * that "invested" finds "investment", "countries" finds "country" (Porter writes a final y as i)
 * and "endeavor" finds "endeavour".
 */
export function englishPrefix(word: string): string {
  if (word.length <= MIN_ENGLISH_PREFIX) return word;
  const stem = englishStem(word);
  const written = spellings(word);
  let shared = 0;
  while (shared < stem.length && written.every((w) => w[shared] === stem[shared])) shared++;
  if (stem.endsWith('i') && shared === stem.length) shared--;
  return word.slice(0, Math.max(shared, MIN_ENGLISH_PREFIX));
}

/** Latin words this short ("un", "us", "of") match only as whole words, not as any word's start. */
const WHOLE_LATIN = 2;

/** The word's own alternative: its start as the index holds it. */
function ownAlternative(word: string): Alternative {
  const letters = [...word].length;
  if (letters === 1 || (LATIN.test(word) && letters <= WHOLE_LATIN)) {
    return { kind: 'prefix', search: word, match: 'exact', whole: true };
  }
  if (LATIN.test(word)) {
    return {
      kind: 'english',
      search: englishPrefix(word),
      typed: spellings(word),
      stem: englishStem(word),
    };
  }
  if (CYRILLIC.test(word)) {
    return { kind: 'kazakh', search: stemKazakh(word), typed: [word], match: 'exact' };
  }
  return { kind: 'prefix', search: word, match: 'exact' };
}

/**
 * A typed word as search words. A word joined by hyphens or dashes is searched by its parts, each
 * a word that must match: the index holds each part of a joined word at its position, and the
 * text may write the parts apart ("Қазақстан – Түрікменстан"). A Kazakh case ending written after
 * a hyphen is dropped ("АҚШ-қа" → "акш", which finds "АҚШ-тағы"); digit groups ("2 803") and
 * initials ("U.S.") are one word.
 */
function searchWords(parts: TypedWord[]): TypedWord[] {
  if (parts.length < 2) return parts;
  if (parts.every(({ word }) => /^\d+$/.test(word) || [...word].length === 1)) {
    return [{ word: parts.map((p) => p.word).join(''), typed: parts.map((p) => p.typed).join('') }];
  }
  const last = parts.at(-1)?.word ?? '';
  return isKazakhEnding(last) ? parts.slice(0, -1) : parts;
}

interface TypedWord {
  word: string;
  typed: string;
}

/**
 * The words of a text as the query sees them, folded and as typed. Parts that touch were split by
 * their capitals alone ("AQSh", "GReenland", "McDonald"): typed as one word, they are searched as
 * one, as the index also holds the whole.
 */
function queryWords(text: string): TypedWord[] {
  return tokens(text).flatMap((token) => {
    const whole = token.forms.at(-1);
    const parts = token.forms.length > 1 ? token.forms.slice(0, -1) : token.forms;
    if (
      whole &&
      parts.length > 1 &&
      parts.every((p, i) => /^\p{L}+$/u.test(p.form) && (i === 0 || p.start === parts[i - 1]?.end))
    ) {
      return [{ word: whole.form, typed: text.slice(whole.start, whole.end) }];
    }
    return searchWords(parts.map((f) => ({ word: f.form, typed: text.slice(f.start, f.end) })));
  });
}

const QUOTED = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g;

export function parseQuery(input: string, expanders: Expander[] = []): Query {
  const text = input.normalize('NFC');
  const phrases: string[][] = [];
  const rest = text.replace(QUOTED, (_, a?: string, b?: string, c?: string) => {
    const words = tokens(a ?? b ?? c ?? '').map((t) => t.forms.at(-1)?.form ?? '');
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  let words = queryWords(rest).filter(({ word }) => word);
  const meaningful = words.filter(({ word }) => !isStopWord(word));
  if (meaningful.length > 0 || phrases.length > 0) words = meaningful;
  // Single letters and digits would match the start of countless words: kept only when alone.
  const long = words.filter(({ word }) => [...word].length > 1);
  if (long.length > 0 || phrases.length > 0) words = long;
  const unique = words.filter((w, i) => words.findIndex((o) => o.word === w.word) === i);
  const terms = unique.map(({ word, typed }) => {
    const term: Term = { word, typed, alternatives: [ownAlternative(word)] };
    for (const expand of expanders) term.alternatives.push(...expand(term));
    return term;
  });
  return { terms, phrases };
}

/** Whether a query has anything to search. */
export const isEmpty = (query: Query): boolean =>
  query.terms.length === 0 && query.phrases.length === 0;

/** A phrase's stop words are not searched (their index is huge), unless it has nothing else. */
export const isPhraseWordSearched = (phrase: string[], i: number): boolean =>
  !isStopWord(phrase[i] ?? '') || phrase.every(isStopWord);

/** What Pagefind is asked for a query: its words' alternatives and its phrases' searched words. */
export const querySearches = (query: Query): string[] => [
  ...query.terms.flatMap((term) => term.alternatives.map((a) => a.search)),
  ...query.phrases.flatMap((phrase) => phrase.filter((_, i) => isPhraseWordSearched(phrase, i))),
];

/** Pagefind matches every word starting with what it is asked: under this, far too many. */
const MIN_SEARCH = 3;

/**
 * Whether a query waits for a pause in typing rather than running at once: when Pagefind would
 * be asked for a start of under three letters, for a start of three whose words fill more than
 * one index chunk (`chunkCount`: at 1,000 interviews "каз" fills seven, 56 KB, of which a reader
 * typing "Қазақстан" needs 39 KB), or for stop words alone ("the", typed on the way to "the
 * Abraham Accords"), whose index chunks are the largest. A stop word or a single letter beside
 * other words is not searched, so it does not make the query wait ("Board of Peace").
 */
export const waitsForPause = (query: Query, chunkCount: (search: string) => number): boolean =>
  querySearches(query).some((search) => {
    const length = [...search].length;
    return length < MIN_SEARCH || (length === MIN_SEARCH && chunkCount(search) > 1);
  }) ||
  (query.terms.length > 0 && query.terms.every((term) => isStopWord(term.word))) ||
  query.phrases.some((phrase) => phrase.every(isStopWord));
