// Typo tolerance, tried only when an exact search finds nothing: each query word of five letters
// or more that no word of the library matches is replaced by the most frequent word that starts
// within one edit of it (typo.ts), searched as a near match. Loaded only then (instance.ts).
import { matchForm } from '../shared/match.ts';
import type { Query, Term } from '../shared/query.ts';
import { MIN_TYPO_LENGTH, suggest } from '../shared/typo.ts';
import type { SearchData } from '../shared/types.ts';
import { loadVocabulary, vocabularyStart } from './engine.ts';

const LETTERS = /^\p{L}+$/u;

async function correctTerm(term: Term, data: SearchData): Promise<Term | null> {
  if ([...term.word].length < MIN_TYPO_LENGTH || !LETTERS.test(term.word)) return null;
  if (!data.vocabularyLetters.includes([...term.word][0] ?? '')) return null;
  const words = await loadVocabulary(vocabularyStart(term.word, data)).catch(() => []);
  // A word of the library matches it as the check would: not a typo (the query's words just do
  // not meet). Not merely a word starting with its stem: "Пәкістн" stems to "пакист".
  if (words.some((word) => term.alternatives.some((a) => matchForm(a, word)))) return null;
  // Its stem starts words of the library ("Алматы", "алма…"): maybe a word the text lacks rather
  // than a typo, so only a whole word within one edit corrects it ("Пәкістн", "Пәкістан").
  const whole = words.some((word) =>
    term.alternatives.some((a) => a.kind !== 'token' && word.startsWith(a.search)),
  );
  const best = suggest(
    term.word,
    words.map((word, rank) => [word, words.length - rank] as const),
    { whole },
  );
  if (!best) return null;
  return {
    word: best.word,
    typed: best.word,
    alternatives: [{ kind: 'prefix', search: best.prefix, match: 'near' }],
  };
}

/** The query with its misspelt words corrected, and which ones; null when none was. */
export async function correctQuery(
  query: Query,
  data: SearchData,
): Promise<{ query: Query; corrected: number[] } | null> {
  const corrections = await Promise.all(query.terms.map((term) => correctTerm(term, data)));
  const corrected = corrections.flatMap((term, i) => (term ? [i] : []));
  if (corrected.length === 0) return null;
  const terms = query.terms.map((term, i) => corrections[i] ?? term);
  return { query: { ...query, terms }, corrected };
}
