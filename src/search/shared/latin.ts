// Kazakh typed in Latin letters, read back as the Cyrillic the index holds (folded, text.ts): in
// the 2021 alphabet ("Qazaqstan", "Şymkent") or as people type it without diacritics
// ("Kazakstan", "shymkent", "Tokayev"). A Latin spelling may stand for several Cyrillic letters
// (i for і, и or ы), so a word has several readings; the browser keeps those the library holds.
import { KAZAKH_ALPHABET } from '../../kazakh/alphabet.ts';
import { stemKazakh } from './normalise.ts';
import { lowerBound } from './sorted.ts';
import { isStopWord } from './query.ts';
import { foldWord } from './text.ts';

/**
 * Informal spellings beside the 2021 letters: digraphs for the letters with diacritics, i and y
 * for either of и/і and ы (y also for й, as in "Tokayev"), the glides ya yu yo ye, and w, c, x.
 * After и the 2021 table writes я ю ё without their glide ("ия" → "ia"), hence ia → ия.
 */
const INFORMAL: readonly (readonly [string, string])[] = [
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ng', 'ң'],
  ['i', 'ы'],
  ['y', 'и'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'ё'],
  ['ye', 'е'],
  ['ia', 'ия'],
  ['iu', 'ию'],
  ['io', 'иё'],
  ['w', 'у'],
  ['c', 'ц'],
  ['x', 'х'],
];

/** Each Latin spelling and the folded Cyrillic it may stand for. */
const SPELLINGS = new Map<string, string[]>();
for (const [latin, cyrillic] of [
  ...KAZAKH_ALPHABET.map(({ latin, letter }) => [latin, letter] as const),
  ...INFORMAL,
]) {
  if (!latin) continue;
  const readings = SPELLINGS.get(latin) ?? [];
  const folded = foldWord(cyrillic);
  if (!readings.includes(folded)) readings.push(folded);
  SPELLINGS.set(latin, readings);
}
const LONGEST = Math.max(...[...SPELLINGS.keys()].map((latin) => latin.length));

/** э is read only at a word's start, where Russian loans have it ("ekonomika" → "экономика"). */
const E_ONLY_FIRST = foldWord('э');

/** Readings of one word at most: a word of many i's and y's has 2ⁿ. */
export const MAX_READINGS = 256;

/** A word typed in Latin letters: ASCII or the 2021 alphabet's, three or more. */
const LATIN_WORD = /^[a-zäğıñöşūü]{3,}$/;

/** The word in lower case: İ and I are both i here (I is ı only in the 2021 alphabet). */
const lower = (typed: string): string =>
  typed.normalize('NFC').replace(/[İI]/g, 'i').toLowerCase().normalize('NFC');

/** Whether a typed word may be Kazakh in Latin letters. */
export const isLatinWord = (typed: string): boolean => LATIN_WORD.test(lower(typed));

/**
 * The folded Cyrillic a Latin word may stand for, the 2021 reading first ("qazaqstan" →
 * ["казакстан"]; "tokayev" → ["токаыев", "токаиев", "токаев"]). Empty for any other word.
 */
export function cyrillicReadings(typed: string): string[] {
  const word = lower(typed);
  if (!LATIN_WORD.test(word)) return [];
  const out: string[] = [];
  const walk = (at: number, reading: string): void => {
    if (out.length >= MAX_READINGS) return;
    if (at === word.length) {
      out.push(reading);
      return;
    }
    for (let length = 1; length <= LONGEST && at + length <= word.length; length++) {
      for (const cyrillic of SPELLINGS.get(word.slice(at, at + length)) ?? []) {
        if (cyrillic === E_ONLY_FIRST && at > 0) continue;
        walk(at + length, reading + cyrillic);
      }
    }
  };
  walk(0, '');
  return [...new Set(out)];
}

/** A reading this short is a whole word: as a start it would find countless words ("key" → "кей…"). */
const MIN_START = 4;

/**
 * What to search for a Latin word's readings in the library's vocabulary (`words`, sorted): the
 * stems of the readings the library holds as words ("grenlandia" reads "гренландия", not
 * "гренландыа"), else of those whose stem starts a word, the longest where one starts another;
 * each with the readings it stems from, which the check takes as typed (query.ts, "kazakh"). A
 * reading of under four letters counts only as a word the library holds ("jer" → "жер"), and
 * never as a stop word ("men" is not "мен").
 */
export function kazakhStarts(
  readings: readonly string[],
  words: readonly string[],
): ({ start: string; whole: true } | { start: string; whole: false; readings: string[] })[] {
  const holds = (word: string): boolean => words[lowerBound(words, word)] === word;
  const long = readings.filter((reading) => [...reading].length >= MIN_START);
  const held = long.filter(holds);
  const searched = held.length > 0 ? held : long;
  const stems = [...new Set(searched.map(stemKazakh))].filter(
    (stem) => [...stem].length >= MIN_START && startsWith(stem, words),
  );
  const short = readings.filter(
    (reading) => [...reading].length < MIN_START && holds(reading) && !isStopWord(reading),
  );
  return [
    ...stems
      .filter((stem) => !stems.some((other) => other !== stem && other.startsWith(stem)))
      .map((start) => ({
        start,
        whole: false as const,
        readings: searched.filter((reading) => stemKazakh(reading) === start),
      })),
    ...short.map((start) => ({ start, whole: true as const })),
  ];
}

const startsWith = (start: string, sorted: readonly string[]): boolean =>
  sorted[lowerBound(sorted, start)]?.startsWith(start) ?? false;
