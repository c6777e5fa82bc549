import { Resvg } from '@resvg/resvg-js';
import { loadLibrary } from '../../src/library/load-library.ts';
import { libraryCards, type CardData } from '../../src/site/cards.ts';

/** The data of every card of the seed interview: 44, both interfaces. */
export const seedCards = (): CardData[] => libraryCards(loadLibrary()).map((card) => card.data);

/** A card whose titles are `times` times as long as they are. */
export const overlong = (card: CardData, times: number): CardData => ({
  ...card,
  title: {
    kk: Array<string>(times).fill(card.title.kk).join(' '),
    en: card.title.en && Array<string>(times).fill(card.title.en).join(' '),
  },
});

/** Width and height from a PNG's header. */
export const pngSize = (png: Uint8Array): [number, number] => [
  Buffer.from(png).readUInt32BE(16),
  Buffer.from(png).readUInt32BE(20),
];

/** The RGBA pixels of a PNG as resvg decodes it, drawn 1:1. */
export function decodePng(png: Uint8Array): Buffer {
  const [width, height] = pngSize(png);
  return new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<image href="data:image/png;base64,${Buffer.from(png).toString('base64')}" width="${width}" height="${height}"/></svg>`,
  ).render().pixels;
}
