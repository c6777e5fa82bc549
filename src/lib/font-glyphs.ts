/**
 * The characters our self-hosted font keeps: ASCII, the Russian Cyrillic block, the nine
 * Kazakh letters in both cases and the typographic punctuation the texts use. Everything the
 * site shows must have a glyph in the font, or a word would render in two typefaces
 * (tests/unit/font-glyphs.test.ts checks the built font file).
 */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0x400, 0x45f],
];
const EXTRA = '\u00a0«»§¶©°·×әғқңөұүһіӘҒҚҢӨҰҮҺІ–—‘’‚“”„…•′″‹›№₸';

export function fontGlyphs(): string {
  let text = EXTRA;
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  }
  return text;
}
