// English words as the search compares them: British and American spellings of a word are one
// word ("organisation" and "organization", "endeavour" and "endeavor"), then Porter's stem. The
// gloss is British; readers type either.
import { stemmer } from 'stemmer';

/**
 * British and American endings of one word, and the letters a word needs before the ending for
 * it to count ("rise" and "prise" are not "-ise" verbs, "tour" and "your" not "-our" nouns).
 */
const ENDINGS: [british: string, american: string, before: number][] = [
  ['isations', 'izations', 3],
  ['isation', 'ization', 3],
  ['ising', 'izing', 3],
  ['isers', 'izers', 3],
  ['ised', 'ized', 3],
  ['ises', 'izes', 3],
  ['iser', 'izer', 3],
  ['ise', 'ize', 3],
  ['ysing', 'yzing', 3],
  ['ysed', 'yzed', 3],
  ['yses', 'yzes', 3],
  ['yse', 'yze', 3],
  ['ourable', 'orable', 3],
  ['ourites', 'orites', 3],
  ['ourite', 'orite', 3],
  ['ouring', 'oring', 3],
  ['ourful', 'orful', 3],
  ['oured', 'ored', 3],
  ['ours', 'ors', 3],
  ['our', 'or', 3],
  ['logues', 'logs', 3],
  ['logue', 'log', 3],
  ['dgement', 'dgment', 2],
  ['dgements', 'dgments', 2],
  ['tred', 'tered', 2],
  ['tres', 'ters', 2],
  ['tre', 'ter', 2],
  ['bres', 'bers', 2],
  ['bre', 'ber', 2],
];

/** Whole words whose spellings differ otherwise. */
const WORDS: [british: string, american: string][] = [
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['programme', 'program'],
  ['programmes', 'programs'],
];

const BRITISH = 0;
const AMERICAN = 1;

/** A lower-case word written in the other spelling, when it is in spelling `from`; else null. */
function respelt(word: string, from: typeof BRITISH | typeof AMERICAN): string | null {
  const to = 1 - from;
  for (const pair of WORDS) if (word === pair[from]) return pair[to] ?? null;
  // The longest endings come first in ENDINGS: the first that fits is the word's.
  for (const [british, american, before] of ENDINGS) {
    const [end, other] = from === BRITISH ? [british, american] : [american, british];
    if (word.endsWith(end) && word.length - end.length >= before) {
      return word.slice(0, -end.length) + other;
    }
  }
  return null;
}

/** A lower-case word's spellings: itself, and its British or American twin if it has one. */
export const spellings = (word: string): string[] => [
  ...new Set([word, respelt(word, BRITISH) ?? word, respelt(word, AMERICAN) ?? word]),
];

/** The American spelling of a lower-case word (the one the stem is taken from). */
export const americanSpelling = (word: string): string => respelt(word, BRITISH) ?? word;

/** Porter's stem of the word's American spelling: the same for both spellings. */
export const englishStem = (word: string): string => stemmer(americanSpelling(word));
