import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CardCache, cardKey, rendererInputs } from '../../../src/cards/cache.ts';
import { seedCards } from '../../support/cards.ts';
import { tempDir } from '../../support/helpers.ts';

const [card] = seedCards();
if (!card) throw new Error('no card');
const draw = async () => Uint8Array.of(1, 2, 3);

describe('card cache', () => {
  it('draws a card once, then hands back the stored file untouched', async () => {
    const dir = tempDir('suhbat-cards-');
    const cold = await new CardCache(dir).get(card, draw);
    expect(cold.hit).toBe(false);
    expect(readdirSync(dir)).toEqual([`${cold.key}.png`]);
    // A mark in the stored file: a hit must return it as it is, without drawing.
    writeFileSync(join(dir, `${cold.key}.png`), 'stored');
    const warm = await new CardCache(dir).get({ ...card }, () => {
      throw new Error('drawn again');
    });
    expect(warm.hit).toBe(true);
    expect(Buffer.from(warm.png).toString()).toBe('stored');
  });

  it("keys a card by its data, the renderer's source, fonts and libraries, not key order", () => {
    const inputs = rendererInputs();
    const key = cardKey(card, inputs);
    expect(cardKey({ ...card, date: 'another day' }, inputs)).not.toBe(key);
    expect(cardKey(card, [...inputs.slice(1), 'an edited template'])).not.toBe(key);
    const reordered = Object.fromEntries(Object.entries(card).reverse()) as typeof card;
    expect(cardKey(reordered, inputs)).toBe(key);
    expect(inputs.join(' ')).toMatch(/satori@\d[^ ]* @resvg\/resvg-js@\d[^ ]* fontkit@\d/);
  });

  it('prunes the cards no build has used for a while, and keeps those it just used', async () => {
    const dir = tempDir('suhbat-cards-');
    const cache = new CardCache(dir);
    const old = await cache.get(card, draw);
    const used = await cache.get({ ...card, date: 'another day' }, draw);
    const monthAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    for (const { key } of [old, used]) utimesSync(cache.path(key), monthAgo, monthAgo);
    expect(cache.has(used.key)).toBe(true); // a build asks for it: it is used now
    expect(cache.prune()).toBe(1);
    expect(readdirSync(dir)).toEqual([`${used.key}.png`]);
    expect([...readFileSync(cache.path(used.key))]).toEqual([1, 2, 3]);
  });
});
