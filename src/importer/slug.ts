import slugify from '@sindresorhus/slugify';
import { letterMap } from '../kazakh/alphabet.ts';

/** The Kazakh letters the transliteration library does not know. */
const KAZAKH_TO_ASCII = Object.entries(letterMap('ascii'));

/** Proposes an ASCII id from the first `maxWords` words of a Kazakh or English text. */
export function proposeSlug(text: string, maxWords = 5): string {
  const words = text
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, maxWords)
    .join(' ');
  return slugify(words, { customReplacements: KAZAKH_TO_ASCII, decamelize: false });
}
