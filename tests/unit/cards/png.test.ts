import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../../src/cards/png.ts';
import { cardSvg, rasterise } from '../../../src/cards/render.ts';
import { decodePng, overlong, pngSize, seedCards } from '../../support/cards.ts';

describe('palette PNG', () => {
  it('holds a card exactly, in a third of the bytes of an RGBA PNG', async () => {
    const cards = seedCards();
    const longest = [...cards].sort((a, b) => b.title.kk.length - a.title.kk.length);
    for (const card of [cards[0], longest[0], longest[0] && overlong(longest[0], 10)]) {
      if (!card) throw new Error('no card');
      const image = rasterise(await cardSvg(card));
      const png = encodeIndexedPng(image.pixels, image.width, image.height);
      if (!png) throw new Error('a card has more than 256 colours');
      expect(pngSize(png)).toEqual([1200, 630]);
      expect(decodePng(png).equals(image.pixels), 'the same pixels').toBe(true);
      expect(png.length).toBeLessThan(image.asPng().length / 2);
    }
  });

  it('declines an image of more than 256 colours (the renderer then keeps the RGBA PNG)', () => {
    const pixels = new Uint8Array(20 * 20 * 4);
    for (let i = 0; i < 20 * 20; i++) pixels.set([i % 256, Math.floor(i / 256), 0, 255], i * 4);
    expect(encodeIndexedPng(pixels, 20, 20)).toBeUndefined();
    expect(encodeIndexedPng(pixels.subarray(0, 10 * 20 * 4), 20, 10)).toBeDefined();
  });
});
