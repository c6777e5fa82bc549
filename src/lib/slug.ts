import slugify from '@sindresorhus/slugify';

/**
 * Kazakh letters that the transliteration library does not know, mapped to the ASCII
 * letters of Kazakhstan's Latin alphabet with the diacritics dropped.
 */
const KAZAKH_TO_ASCII = Object.entries({
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
}).flatMap(([kk, latin]): [string, string][] => [
  [kk, latin],
  [kk.toUpperCase(), latin.toUpperCase()],
]);

/** An id is ASCII, lower-case and hyphenated, as used in URLs and anchors. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Proposes an ASCII id from the first `maxWords` words of a Kazakh or English text. */
export function proposeSlug(text: string, maxWords = 5): string {
  const words = text
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, maxWords)
    .join(' ');
  return slugify(words, { customReplacements: KAZAKH_TO_ASCII, decamelize: false });
}
