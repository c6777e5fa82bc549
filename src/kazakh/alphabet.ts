/**
 * The Kazakh Cyrillic alphabet, 42 letters in its order, in one table that the slugs, the search
 * (its folding, and its reading of Kazakh typed in Latin letters) and the font subset all read.
 *
 * `latin` is the letter of the 2021 Latin alphabet (31 letters: A Ä B D E F G Ğ H I İ J K L M N
 * Ñ O Ö P Q R S Ş T U Ū Ü V Y Z): the table the Government's National Commission presented on
 * 28 January 2021 (inform.kz/en/new-version-of-latin-based-kazakh-alphabet-presented-at-
 * government_a3746549), with Ñ for ң as in the draft Presidential Decree «О некоторых вопросах
 * перевода алфавита казахского языка с кириллицы на латинскую графику» of 21 April 2021
 * (legalacts.egov.kz). It has no letter for ё ц ч щ ъ ь э ю я, the letters of Russian loans
 * (`loan`): for those, `latin` is our spelling by sound with the alphabet's own letters.
 * `russian` is given for the nine letters Russian lacks: the letter a Russian keyboard types
 * instead.
 */
// prettier-ignore
export const KAZAKH_ALPHABET = [
  { letter: 'а', latin: 'a' }, { letter: 'ә', latin: 'ä', russian: 'а' },
  { letter: 'б', latin: 'b' }, { letter: 'в', latin: 'v' }, { letter: 'г', latin: 'g' },
  { letter: 'ғ', latin: 'ğ', russian: 'г' }, { letter: 'д', latin: 'd' },
  { letter: 'е', latin: 'e' }, { letter: 'ё', latin: 'io', loan: true },
  { letter: 'ж', latin: 'j' }, { letter: 'з', latin: 'z' }, { letter: 'и', latin: 'i' },
  { letter: 'й', latin: 'i' }, { letter: 'к', latin: 'k' },
  { letter: 'қ', latin: 'q', russian: 'к' }, { letter: 'л', latin: 'l' },
  { letter: 'м', latin: 'm' }, { letter: 'н', latin: 'n' },
  { letter: 'ң', latin: 'ñ', russian: 'н' }, { letter: 'о', latin: 'o' },
  { letter: 'ө', latin: 'ö', russian: 'о' }, { letter: 'п', latin: 'p' },
  { letter: 'р', latin: 'r' }, { letter: 'с', latin: 's' }, { letter: 'т', latin: 't' },
  { letter: 'у', latin: 'u' }, { letter: 'ұ', latin: 'ū', russian: 'у' },
  { letter: 'ү', latin: 'ü', russian: 'у' }, { letter: 'ф', latin: 'f' },
  { letter: 'х', latin: 'h' }, { letter: 'һ', latin: 'h', russian: 'х' },
  { letter: 'ц', latin: 'ts', loan: true }, { letter: 'ч', latin: 'tş', loan: true },
  { letter: 'ш', latin: 'ş' }, { letter: 'щ', latin: 'şş', loan: true },
  { letter: 'ъ', latin: '', loan: true }, { letter: 'ы', latin: 'y' },
  { letter: 'і', latin: 'ı', russian: 'и' }, { letter: 'ь', latin: '', loan: true },
  { letter: 'э', latin: 'e', loan: true }, { letter: 'ю', latin: 'iu', loan: true },
  { letter: 'я', latin: 'ia', loan: true },
] as const;

type Letter = (typeof KAZAKH_ALPHABET)[number];

/** The nine letters of the Kazakh alphabet that Russian lacks. */
export const KAZAKH_LETTERS = KAZAKH_ALPHABET.filter(
  (entry): entry is Extract<Letter, { russian: string }> => 'russian' in entry,
);

/** The nine letters in lower and upper case, e.g. for a font subset: "әғқңөұүһіӘҒҚҢӨҰҮҺІ". */
export const KAZAKH_SPECIFIC =
  KAZAKH_LETTERS.map(({ letter }) => letter).join('') +
  KAZAKH_LETTERS.map(({ letter }) => letter.toUpperCase()).join('');

/** Latin capitals: the dotted pair is i/İ and the dotless one ı/I, so "i" is never just "I". */
export const latinUpper = (latin: string): string => latin.replaceAll('i', 'İ').toUpperCase();

/** The Latin letters outside ASCII, in lower and upper case (ä ğ ı ñ ö ş ū ü, Ä Ğ İ Ñ Ö Ş Ū Ü). */
export const LATIN_SPECIFIC = [
  ...new Set(
    KAZAKH_ALPHABET.flatMap(({ latin }) => [...latin, ...latinUpper(latin)]).filter(
      (c) => c > '\u007f',
    ),
  ),
].join('');

/** A Latin letter without its diacritics (ı → i): the ASCII letter of a URL id. */
const plain = (latin: string): string =>
  latin.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ı', 'i');

/**
 * A map of the nine letters in both cases, built from the table: `{ ә: 'а', Ә: 'А', … }` to the
 * Russian-keyboard letter, or `{ ә: 'a', … }` to ASCII for URL ids.
 */
export function letterMap(to: 'russian' | 'ascii'): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of KAZAKH_LETTERS) {
    const target = to === 'russian' ? entry.russian : plain(entry.latin);
    map[entry.letter] = target;
    map[entry.letter.toUpperCase()] = target.toUpperCase();
  }
  return map;
}
