// Typo tolerance, tried only when an exact search finds nothing: each query word of five letters
// or more that starts no word of the library is replaced by the most frequent word that starts
// within one edit of it (typo.ts), searched as a near match. Loaded only then (instance.ts). The
// same vocabulary tells an index chunk that failed to load from a word the library lacks.
import type { Query, Term } from '../shared/query.ts';
import { MIN_TYPO_LENGTH, suggest } from '../shared/typo.ts';
import type { SearchData } from '../shared/types.ts';
import { loadVocabulary, vocabularyStart } from './engine.ts';

const LETTERS = /^\p{L}+$/u;
/** The vocabulary holds the words of three letters or more. */
const MIN_VOCABULARY_LENGTH = 3;

/**
 * What the vocabulary says of a query word: its correction; 'missing' when a word of the library
 * starts with it but its searches found no page; null otherwise.
 */
async function readTerm(
  term: Term,
  data: SearchData,
  foundPages: (search: string) => boolean,
): Promise<Term | 'missing' | null> {
  const letters = [...term.word].length;
  if (letters < MIN_VOCABULARY_LENGTH || !LETTERS.test(term.word)) return null;
  if (!data.vocabularyLetters.includes([...term.word][0] ?? '')) return null;
  const words = await loadVocabulary(vocabularyStart(term.word, data)).catch(() => []);
  const held = term.alternatives
    .filter((a) => a.kind !== 'token')
    .map((a) => a.search)
    .filter((start) => words.some((word) => word.startsWith(start)));
  // A word of the library starts with it: not a typo (the query's words just do not meet), unless
  // Pagefind found no page for it, which only an index chunk that did not load explains.
  if (held.length > 0) return held.every(foundPages) ? null : 'missing';
  if (letters < MIN_TYPO_LENGTH) return null;
  const best = suggest(
    term.word,
    words.map((word, rank) => [word, words.length - rank] as const),
  );
  if (!best) return null;
  return {
    word: best.word,
    typed: best.word,
    alternatives: [{ kind: 'prefix', search: best.prefix, match: 'near' }],
  };
}

/**
 * The query with its misspelt words corrected, and which ones; null when none was; 'missing'
 * when Pagefind found no page for a word the library holds (its index chunk did not load:
 * Pagefind searches on without it, README "Search").
 */
export async function correctQuery(
  query: Query,
  data: SearchData,
  foundPages: (search: string) => boolean,
): Promise<{ query: Query; corrected: number[] } | 'missing' | null> {
  const readings = await Promise.all(query.terms.map((term) => readTerm(term, data, foundPages)));
  const corrections = readings.filter((reading): reading is Term | null => reading !== 'missing');
  if (corrections.length < readings.length) return 'missing';
  const corrected = corrections.flatMap((term, i) => (term ? [i] : []));
  if (corrected.length === 0) return null;
  const terms = query.terms.map((term, i) => corrections[i] ?? term);
  return { query: { ...query, terms }, corrected };
}
