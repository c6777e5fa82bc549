/**
 * The nine letters of the Kazakh Cyrillic alphabet that Russian lacks, in one table that the
 * slugs, the search folding and the font subset all read. `russian` is the Russian-keyboard
 * letter people type instead; `ascii` is the letter of Kazakhstan's Latin alphabet with its
 * diacritics dropped, as used in URL ids.
 */
export const KAZAKH_LETTERS = [
  { letter: 'ә', russian: 'а', ascii: 'a' },
  { letter: 'ғ', russian: 'г', ascii: 'g' },
  { letter: 'қ', russian: 'к', ascii: 'q' },
  { letter: 'ң', russian: 'н', ascii: 'n' },
  { letter: 'ө', russian: 'о', ascii: 'o' },
  { letter: 'ұ', russian: 'у', ascii: 'u' },
  { letter: 'ү', russian: 'у', ascii: 'u' },
  { letter: 'һ', russian: 'х', ascii: 'h' },
  { letter: 'і', russian: 'и', ascii: 'i' },
] as const;

/** The nine letters in lower and upper case, e.g. for a font subset: "әғқңөұүһіӘҒҚҢӨҰҮҺІ". */
export const KAZAKH_SPECIFIC =
  KAZAKH_LETTERS.map(({ letter }) => letter).join('') +
  KAZAKH_LETTERS.map(({ letter }) => letter.toUpperCase()).join('');

/** A letter map in both cases, built from the table: `{ ә: 'а', Ә: 'А', … }`. */
export function letterMap(to: 'russian' | 'ascii'): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of KAZAKH_LETTERS) {
    map[entry.letter] = entry[to];
    map[entry.letter.toUpperCase()] = entry[to].toUpperCase();
  }
  return map;
}
