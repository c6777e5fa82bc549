import { letterMap } from '../../kazakh/alphabet.ts';

/**
 * Search normalisation for Kazakh as people type it. Pagefind has no Kazakh stemmer and folds
 * none of the Kazakh letters, so both the index and the query go through `foldKazakh`, and
 * the query through `stemKazakh` as well: with Pagefind's prefix matching, a stemmed query
 * word finds every inflected form in the index ("Гренландияға" → "гренландия" finds
 * "Гренландияның").
 */

/** Kazakh letters and their Russian-keyboard stand-ins (also ё, which Kazakh rarely uses). */
const FOLD: Record<string, string> = { ...letterMap('russian'), ё: 'е', Ё: 'Е' };

/** Latin letters typed by mistake inside Cyrillic words: h for һ, i for і. */
const LATIN_IN_CYRILLIC: Record<string, string> = { h: 'х', H: 'Х', i: 'и', I: 'И' };

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Every character `foldKazakh` may change: it looks for these alone and copies the rest. */
const FOLDABLE = new RegExp(
  `[${[
    ...Object.keys(FOLD).filter((char) => FOLD[char] !== char),
    ...Object.keys(LATIN_IN_CYRILLIC),
  ].join('')}]`,
  'gu',
);

/**
 * Folds Kazakh-specific letters to the Russian letters people type instead. It maps one
 * character to one character, so offsets in the folded text are offsets in the original.
 */
export function foldKazakh(text: string): string {
  return text.replace(FOLDABLE, (char: string, offset: number) => {
    const folded = FOLD[char];
    if (folded) return folded;
    // A Latin h or i stands for һ or і only next to a Cyrillic letter (as in "Ибраhим").
    const cyrillicNext =
      CYRILLIC.test(text[offset - 1] ?? '') || CYRILLIC.test(text[offset + 1] ?? '');
    return cyrillicNext ? (LATIN_IN_CYRILLIC[char] ?? char) : char;
  });
}

/**
 * Kazakh noun endings after folding, in the order they stack from the end of a word: one
 * case ending (or -дағы), then one possessive, then one plural. A light stemmer: it only
 * strips endings, never rewrites a stem, and keeps at least MIN_STEM letters.
 */
const ENDING_SLOTS = [
  [
    ...['дагы', 'деги', 'тагы', 'теги'],
    ...['нын', 'нин', 'дын', 'дин', 'тын', 'тин'],
    ...['дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен'],
    ...['да', 'де', 'та', 'те'],
    ...['га', 'ге', 'ка', 'ке', 'на', 'не', 'ны', 'ни', 'ды', 'ди', 'ты', 'ти'],
    ...['а', 'е', 'н'],
  ],
  ['сы', 'си', 'ы', 'и'],
  ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
];
const MIN_STEM = 4;
const ENDINGS = new Set(ENDING_SLOTS.flat());

const [CASES = [], POSSESSIVES = [], PLURALS = []] = ENDING_SLOTS;

/** The text after each of `endings` it starts with, and the text itself (the ending left out). */
const after = (text: string, endings: string[]): string[] => [
  text,
  ...endings.filter((e) => text.startsWith(e)).map((e) => text.slice(e.length)),
];

/**
 * The case endings a form may end in: not the bare а, е and н, which the stemmer strips but which
 * end many words of their own, so that "сауда" (trade) would be a form of "Сауди" (stemmed "сауд").
 * The н after a possessive stays ("секторы-н").
 */
const FORM_CASES = CASES.filter((ending) => ending.length > 1);

/** Suffixes that make a related word of a stem, before its endings: -лық ("инвестициялық"), -шы. */
const DERIVATIONS = ['лык', 'лик', 'дык', 'дик', 'тык', 'тик', 'шы', 'ши'];

/**
 * Whether `rest`, what follows a stem in a folded word, is endings only, in the order they stack
 * (after a suffix of DERIVATIONS, if any): a plural, a possessive (then the н a case ending takes
 * after it: "секторы-н-да"), a case. So "Газаның" and "инвестициялық" are forms of "Газа" and
 * "инвестиция", and "астам" is no form of "Астана" (stemmed "аста" + "на").
 */
export function isFormEnding(rest: string): boolean {
  return after(rest, DERIVATIONS).some((derived) =>
    after(derived, PLURALS).some((plural) =>
      after(plural, POSSESSIVES).some((possessive) => {
        const cases =
          possessive !== plural && possessive.startsWith('н') ? [possessive.slice(1)] : [];
        return [possessive, ...cases].some(
          (ending) => ending === '' || FORM_CASES.includes(ending),
        );
      }),
    ),
  );
}

/** A stem this long may differ from a form by one letter before its endings. */
const LONG_STEM = 6;

/**
 * Whether a folded word is a form of `stem`: the stem, then endings only (`isFormEnding`). A long
 * stem may take one letter more first, the vowel a Russian or inflected query dropped ("реформы"
 * → "реформ", "инвестиции" → "инвестици", forms of "реформа" and "инвестиция"); a stem of four
 * letters may not ("сауд", of "Сауди", is not "сауда").
 */
export function isFormOf(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  const rest = word.slice(stem.length);
  return isFormEnding(rest) || ([...stem].length >= LONG_STEM && isFormEnding(rest.slice(1)));
}

/** Whether a folded word is one of the endings, as written after a hyphen ("АҚШ-қа", "2026-да"). */
export const isKazakhEnding = (word: string): boolean => ENDINGS.has(word);

/** Strips Kazakh endings from one folded, lower-case word. Latin words are left alone. */
export function stemKazakh(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  let stem = word;
  for (const endings of ENDING_SLOTS) {
    const ending = endings.find((e) => stem.endsWith(e) && stem.length - e.length >= MIN_STEM);
    if (ending) stem = stem.slice(0, -ending.length);
  }
  return stem;
}

/**
 * Lower case, one character for one: İ (the Latin capital of и and й, as on the Latin pages)
 * becomes i, where the default rule writes i and a combining dot, which splits the word. The
 * default rule is Kazakh's (the Unicode data tailors only Turkish, Azeri and Lithuanian), and
 * naming the locale made each call about 6 times slower.
 */
export const lowerCase = (text: string): string => text.replaceAll('İ', 'i').toLowerCase();

/** The words of a text, lower-cased, as Pagefind splits them (letters and digits). */
export function words(text: string): string[] {
  return lowerCase(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The terms a query is searched with: folded, lower-cased and stemmed. Single letters and
 * digits, which would match the start of countless words, are dropped when there is more.
 */
export function queryTerms(query: string): string[] {
  const terms = words(foldKazakh(query)).map(stemKazakh);
  const long = terms.filter((term) => term.length > 1);
  return long.length > 0 ? long : terms;
}

/** The query string handed to Pagefind. */
export function normaliseQuery(query: string): string {
  return queryTerms(query).join(' ');
}
