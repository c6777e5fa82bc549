import { KAZAKH_SPECIFIC, LATIN_SPECIFIC } from '../kazakh/alphabet.ts';

/**
 * The characters our self-hosted font keeps: ASCII, the Russian Cyrillic block, the nine
 * Kazakh letters and the letters of the 2021 Latin alphabet outside ASCII (ä ğ ı İ ñ ö ş ū ü),
 * in both cases, and the typographic punctuation the texts use. Everything the site shows must
 * have a glyph in the font, or a word would render in two typefaces
 * (tests/unit/site/font-glyphs.test.ts checks the built font file).
 */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0x400, 0x45f],
];
const PUNCTUATION = '\u00a0«»§¶©°·×–—‘’‚“”„…•′″‹›№₸';

export function fontGlyphs(): string {
  let text = PUNCTUATION + KAZAKH_SPECIFIC + LATIN_SPECIFIC;
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  }
  return text;
}
