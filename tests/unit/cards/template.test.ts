import { describe, expect, it } from 'vitest';
import { LAYOUT, TITLE_HEIGHT } from '../../../src/cards/layout.ts';
import { cardSvg, rasterise } from '../../../src/cards/render.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/site/cards.ts';
import { overlong, seedCards } from '../../support/cards.ts';

describe('card template', () => {
  it('draws nothing in the side margins nor between the title box and the footer', async () => {
    const top = LAYOUT.bar + LAYOUT.padY + LAYOUT.header + LAYOUT.headerGap;
    const bottom = top + TITLE_HEIGHT;
    const cards = seedCards();
    const longest = [...cards].sort((a, b) => b.title.kk.length - a.title.kk.length);
    for (const card of [...cards, ...longest.slice(0, 2).map((c) => overlong(c, 5))]) {
      const { pixels } = rasterise(await cardSvg(card));
      const background = pixels.readUInt32BE(((CARD_HEIGHT - 1) * CARD_WIDTH + 1) * 4);
      const stray: string[] = [];
      for (let y = LAYOUT.bar; y < CARD_HEIGHT; y++) {
        for (let x = 0; x < CARD_WIDTH; x++) {
          const margin = x < LAYOUT.padX - 4 || x >= CARD_WIDTH - LAYOUT.padX + 4;
          const belowTitle = y >= bottom && y < bottom + LAYOUT.footerGap;
          if (
            (margin || belowTitle) &&
            pixels.readUInt32BE((y * CARD_WIDTH + x) * 4) !== background
          )
            stray.push(`${x},${y}`);
        }
      }
      expect(stray.slice(0, 5), card.title.kk.slice(0, 60)).toEqual([]);
    }
  }, 300_000);
});
