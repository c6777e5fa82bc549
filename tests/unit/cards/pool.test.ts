import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderPool } from '../../../src/cards/pool.ts';
import { renderCard } from '../../../src/cards/render.ts';
import { seedCards } from '../../support/cards.ts';
import { tempDir } from '../../support/helpers.ts';

describe('render pool', () => {
  it('draws cards on several threads into their files, as the renderer draws them', async () => {
    const dir = tempDir('suhbat-pool-');
    const cards = seedCards().slice(0, 3);
    const pool = new RenderPool(2);
    try {
      await Promise.all(cards.map((card, i) => pool.render(card, join(dir, `${i}.png`))));
    } finally {
      await pool.close();
    }
    for (const [i, card] of cards.entries()) {
      expect(readFileSync(join(dir, `${i}.png`)).equals(Buffer.from(await renderCard(card)))).toBe(
        true,
      );
    }
  }, 120_000);

  it('fails with the card file that could not be drawn', async () => {
    const [card] = seedCards();
    if (!card) throw new Error('no card');
    const pool = new RenderPool(1);
    const file = join(tempDir('suhbat-pool-'), 'broken.png');
    try {
      await expect(pool.render({ ...card, title: {} as never }, file)).rejects.toThrow(
        `preview card ${file}`,
      );
    } finally {
      await pool.close();
    }
  });
});
