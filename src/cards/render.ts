/**
 * A preview card as a 1200×630 PNG: satori lays the template out, shapes the text with
 * HarfBuzz and writes it as SVG paths; resvg rasterises the SVG; png.ts re-encodes the pixels
 * with a palette, losslessly. The fonts come from an npm package: nothing is fetched.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardData } from '../site/cards.ts';
import { FONT_DATA } from './fonts.ts';
import { encodeIndexedPng } from './png.ts';
import { cardTree } from './template.ts';

/** Noto Serif regular and bold are the only fonts: nothing can fall back to another. */
export const SATORI_FONTS: SatoriOptions['fonts'] = [
  { name: 'Noto Serif', data: FONT_DATA.regular, weight: 400, style: 'normal' },
  { name: 'Noto Serif', data: FONT_DATA.bold, weight: 700, style: 'normal' },
];

type SatoriElement = Parameters<typeof satori>[0];

export interface SvgOptions {
  /** Default: SATORI_FONTS. */
  fonts?: SatoriOptions['fonts'];
  /** Hears of every piece of text that no given font has glyphs for (drawn as .notdef). */
  onMissingGlyphs?: (segment: string) => void;
}

/** Any element tree through satori with the card's fonts: text becomes SVG paths. */
export function toSvg(
  tree: unknown,
  width: number,
  height: number,
  { fonts = SATORI_FONTS, onMissingGlyphs }: SvgOptions = {},
): Promise<string> {
  // Satori's types want React nodes; its runtime takes these plain { type, props } objects.
  return satori(tree as SatoriElement, {
    width,
    height,
    fonts,
    ...(onMissingGlyphs && {
      loadAdditionalAsset: async (_code: string, segment: string) => {
        onMissingGlyphs(segment);
        return [];
      },
    }),
  });
}

export const cardSvg = (card: CardData, options?: SvgOptions): Promise<string> =>
  toSvg(cardTree(card), CARD_WIDTH, CARD_HEIGHT, options);

/** RGBA pixels of an SVG, drawn 1:1. Text is already paths: no system fonts are scanned. */
export const rasterise = (svg: string) =>
  new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();

export async function renderCard(card: CardData): Promise<Uint8Array> {
  const image = rasterise(await cardSvg(card));
  return encodeIndexedPng(image.pixels, image.width, image.height) ?? image.asPng();
}
