// Kazakh typed in Latin letters: a Latin word that matches no word of the library as typed (as an
// English word would) gains the Cyrillic starts its readings have there (shared/latin.ts), checked
// against the vocabulary files of their first letters and searched as `latin` matches. English
// words of the library are searched exactly as before.
import { cyrillicReadings, isLatinWord, kazakhStarts } from '../shared/latin.ts';
import { matchForm } from '../shared/match.ts';
import type { Alternative, Expander, Query, Term } from '../shared/query.ts';
import type { SearchData } from '../shared/types.ts';
import { loadVocabulary, vocabularyStart } from './engine.ts';

/** Cyrillic starts searched for one Latin word at most, in the order of its readings. */
const MAX_STARTS = 4;

/** The vocabulary of the files these words start in, sorted. */
async function vocabularyFor(words: string[], data: SearchData): Promise<string[]> {
  const starts = new Set(
    words
      .filter((word) => data.vocabularyLetters.includes([...word][0] ?? ''))
      .map((word) => vocabularyStart(word, data)),
  );
  const files = await Promise.all(
    [...starts].map((start) => loadVocabulary(start).catch(() => [] as string[])),
  );
  return files.flat().sort();
}

async function withReadings(term: Term, data: SearchData, expanders: Expander[]): Promise<Term> {
  if (!isLatinWord(term.typed)) return term;
  const readings = cyrillicReadings(term.typed);
  const words = await vocabularyFor([...term.alternatives.map((a) => a.search), ...readings], data);
  // A word of the library matches the word as typed: an English word, searched as before.
  if (words.some((word) => term.alternatives.some((a) => matchForm(a, word)))) return term;
  const starts = kazakhStarts(readings, words).slice(0, MAX_STARTS);
  // A reading that is a name of the alias table finds the group's other names too: "Tramp" finds
  // "Trump", "SShA" (США) the "US" of the text. Each group's token once: "Tokaev" names it as typed.
  const read = readings.flatMap((word) =>
    expanders.flatMap((expand) => expand({ word, typed: word, alternatives: [] })),
  );
  const names = read.filter(
    (name, i) =>
      !term.alternatives.some((a) => a.search === name.search) &&
      read.findIndex((other) => other.search === name.search) === i,
  );
  if (starts.length === 0 && names.length === 0) return term;
  return {
    ...term,
    alternatives: [
      ...term.alternatives,
      ...starts.map((start): Alternative =>
        start.whole
          ? { kind: 'prefix', search: start.start, match: 'latin', whole: true }
          : { kind: 'kazakh', search: start.start, typed: start.readings, match: 'latin' },
      ),
      ...names,
    ],
  };
}

/** The query with the Cyrillic readings of its Latin words, and the alias names they are. */
export async function withKazakhReadings(
  query: Query,
  data: SearchData,
  expanders: Expander[] = [],
): Promise<Query> {
  const terms = await Promise.all(query.terms.map((term) => withReadings(term, data, expanders)));
  return { ...query, terms };
}
