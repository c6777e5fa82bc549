import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { FONT_DATA, type FontWeightName } from '../../../src/cards/fonts.ts';
import { cardSvg, renderCard, SATORI_FONTS, toSvg } from '../../../src/cards/render.ts';
import { KAZAKH_SPECIFIC } from '../../../src/kazakh/alphabet.ts';
import type { CardData } from '../../../src/site/cards.ts';
import { pngSize, seedCards } from '../../support/cards.ts';

/**
 * Every Kazakh letter renders in the card's typeface, checked three ways (each shown to fail
 * on a Noto Serif without the nine letters): the fonts map every character to a glyph; satori,
 * drawing a card that holds every letter, reports no text it had no glyph for (its
 * `loadAdditionalAsset` hook hears of exactly that, and then it draws .notdef); and each
 * letter drawn by satori + resvg has the outline of the font's own glyph for that code point.
 */
const LETTERS = [...KAZAKH_SPECIFIC];
/** A question that holds every one of them (Ң only in capitals: no word starts with it). */
const SAMPLE =
  'Әлия мен Өмірзақ ҚАҢТАРДА Ғабит, Ұлан, Үміт, Һәкім және Ілияспен ән, ғылым, қала, аң, өнер, ұлт, үй, һәм іс туралы сөйлесті ме?';
const WEIGHTS: Record<FontWeightName, 400 | 700> = { regular: 400, bold: 700 };

type Fonts = Record<FontWeightName, Uint8Array>;
const satoriFonts = (fonts: Fonts) =>
  (Object.keys(fonts) as FontWeightName[]).map((name) => ({
    name: 'Noto Serif',
    data: Buffer.from(fonts[name]),
    weight: WEIGHTS[name],
    style: 'normal' as const,
  }));

const [seed] = seedCards().filter((card) => card.lang === 'kk' && card.speaker);
if (!seed) throw new Error('no Q&A card in the seed');
const sample: CardData = { ...seed, title: { kk: SAMPLE, en: 'Every Kazakh letter' } };

/** Characters of `text` that the font file has no glyph for. */
const missingFromFont = (data: Uint8Array, text: string): string[] => {
  const font = fontkit.create(data);
  return [...new Set(text)].filter(
    (c) => !/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0),
  );
};

/** What satori reports it had no glyph for, drawing the sample card. */
async function missingInCard(fonts?: Fonts): Promise<string> {
  let missing = '';
  await cardSvg(sample, {
    ...(fonts && { fonts: satoriFonts(fonts) }),
    onMissingGlyphs: (segment) => (missing += segment),
  });
  return missing;
}

const PROBE = 160;
const SIZE = 100;
interface Mask {
  width: number;
  height: number;
  ink: Uint8Array;
}

/** The dark pixels of an SVG drawn by resvg, cropped to their bounding box. */
function mask(svg: string): Mask {
  const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const dark = (x: number, y: number) => (pixels[(y * PROBE + x) * 4] ?? 255) < 128;
  let [x0, y0, x1, y1] = [PROBE, PROBE, -1, -1];
  for (let y = 0; y < PROBE; y++)
    for (let x = 0; x < PROBE; x++)
      if (dark(x, y))
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const [width, height] = [Math.max(0, x1 - x0 + 1), Math.max(0, y1 - y0 + 1)];
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) ink[y * width + x] = dark(x0 + x, y0 + y) ? 1 : 0;
  return { width, height, ink };
}

/** Intersection over union of two masks laid on each other by their top left corners. */
function overlap(a: Mask, b: Mask): number {
  let both = 0;
  let either = 0;
  for (let y = 0; y < Math.max(a.height, b.height); y++)
    for (let x = 0; x < Math.max(a.width, b.width); x++) {
      const p = x < a.width && y < a.height ? (a.ink[y * a.width + x] ?? 0) : 0;
      const q = x < b.width && y < b.height ? (b.ink[y * b.width + x] ?? 0) : 0;
      both += p & q;
      either += p | q;
    }
  return either ? both / either : 0;
}

/** The character as a card draws it: satori with the given fonts, then resvg. */
async function drawn(char: string, weight: FontWeightName, fonts: Fonts): Promise<Mask> {
  const style = {
    display: 'flex',
    width: PROBE,
    height: PROBE,
    paddingLeft: 20,
    backgroundColor: '#fff',
    color: '#000',
    fontFamily: 'Noto Serif',
    fontWeight: WEIGHTS[weight],
    fontSize: SIZE,
  };
  const tree = { type: 'div', props: { style, children: char } };
  return mask(await toSvg(tree, PROBE, PROBE, { fonts: satoriFonts(fonts) }));
}

/** The character's outline straight from the real font file, drawn by fontkit. */
function outline(char: string, weight: FontWeightName): Mask {
  const font = fontkit.create(FONT_DATA[weight]);
  const scale = SIZE / font.unitsPerEm;
  const path = font.glyphForCodePoint(char.codePointAt(0) ?? 0).path.toSVG();
  return mask(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PROBE}" height="${PROBE}"><rect width="100%" height="100%" fill="#fff"/>` +
      `<path transform="translate(20 120) scale(${scale} ${-scale})" d="${path}"/></svg>`,
  );
}

/** Letters that a card does not draw as the font's own glyph: `letter/weight: why`. */
async function misdrawn(fonts: Fonts, letters = LETTERS): Promise<string[]> {
  const wrong: string[] = [];
  for (const weight of ['regular', 'bold'] as const) {
    const notdef = await drawn('\uE000', weight, fonts); // a private-use code point: no glyph
    for (const letter of letters) {
      const shape = await drawn(letter, weight, fonts);
      const score = overlap(shape, outline(letter, weight));
      if (!shape.ink.includes(1)) wrong.push(`${letter}/${weight}: blank`);
      else if (overlap(shape, notdef) > 0.95) wrong.push(`${letter}/${weight}: .notdef`);
      else if (score < 0.98)
        wrong.push(`${letter}/${weight}: not its outline (${score.toFixed(2)})`);
    }
  }
  return wrong;
}

/** Noto Serif without the Kazakh letters: ASCII and the Russian Cyrillic block only. */
async function withoutKazakh(): Promise<Fonts> {
  let keep = '';
  for (let c = 0x20; c < 0x7f; c++) keep += String.fromCodePoint(c);
  for (let c = 0x410; c < 0x450; c++) keep += String.fromCodePoint(c);
  const cut = (data: Uint8Array) => subsetFont(data, keep, { targetFormat: 'sfnt' });
  return { regular: await cut(FONT_DATA.regular), bold: await cut(FONT_DATA.bold) };
}

describe('card rendering', () => {
  it('has a sample question holding every Kazakh letter', () => {
    expect(LETTERS.filter((letter) => !SAMPLE.includes(letter))).toEqual([]);
  });

  it('has a glyph for every Kazakh letter and every character of the real cards', () => {
    const text = LETTERS.join('') + JSON.stringify(seedCards());
    for (const weight of ['regular', 'bold'] as const) {
      expect(missingFromFont(FONT_DATA[weight], text), weight).toEqual([]);
    }
  });

  it('draws a card holding every Kazakh letter with no fallback glyph', async () => {
    expect(SATORI_FONTS, 'Noto Serif regular and bold only: nothing to fall back to').toHaveLength(
      2,
    );
    expect(await missingInCard()).toBe('');
  });

  it('draws each Kazakh letter as its Noto Serif outline, in both weights', async () => {
    expect(await misdrawn(FONT_DATA)).toEqual([]);
  }, 120_000);

  it('control: each check fails for a Noto Serif without the Kazakh letters', async () => {
    const subset = await withoutKazakh();
    expect(missingFromFont(subset.regular, LETTERS.join(''))).toEqual(LETTERS);
    const reported = await missingInCard(subset);
    expect(LETTERS.filter((letter) => !reported.includes(letter))).toEqual([]);
    expect(await misdrawn(subset)).toEqual(
      (['regular', 'bold'] as const).flatMap((w) => LETTERS.map((l) => `${l}/${w}: blank`)),
    );
    expect(await misdrawn(FONT_DATA, ['\u4E00'])).toEqual([
      '\u4E00/regular: .notdef',
      '\u4E00/bold: .notdef',
    ]);
  }, 120_000);

  it('writes a 1200×630 PNG under 100 KB', async () => {
    const png = await renderCard(sample);
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(100 * 1024);
  });
});
