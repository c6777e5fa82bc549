import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, truncate, wrap } from '../../../src/cards/fit.ts';
import { CONTENT_WIDTH, FONTS } from '../../../src/cards/layout.ts';
import { SATORI_FONTS } from '../../../src/cards/render.ts';
import { seedCards } from '../../support/cards.ts';

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Satori's own lines for a text in a box of the cards' width: with `embedFont: false` each
 * word is a <text> at its line's baseline. Also checks that no word ends right of the box.
 */
async function satoriLines(text: string, size: number, weight: 400 | 700): Promise<string[]> {
  const style = {
    display: 'block',
    width: CONTENT_WIDTH,
    fontSize: size,
    lineHeight: `${size * 2}px`,
    fontFamily: 'Noto Serif',
    fontWeight: weight,
  };
  const tree = {
    type: 'div',
    props: {
      style: { display: 'flex', width: CONTENT_WIDTH + 200, height: 4000 },
      children: { type: 'div', props: { style, children: text } },
    },
  };
  const svg = await satori(tree as never, {
    width: CONTENT_WIDTH + 200,
    height: 4000,
    fonts: SATORI_FONTS,
    embedFont: false,
  });
  const lines = new Map<string, string>();
  for (const [, x = '', y = '', width = '', word = ''] of svg.matchAll(
    /<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*>([^<]*)<\/text>/g,
  )) {
    lines.set(y, (lines.get(y) ?? '') + unescape(word));
    if (word.trim())
      expect(Number(x) + Number(width), word).toBeLessThanOrEqual(CONTENT_WIDTH + 0.5);
  }
  return [...lines.values()].map((line) => line.trimEnd()).filter(Boolean);
}

/** Every title of the seed's cards, in both languages. */
const titles = [
  ...new Set(seedCards().flatMap((card) => [card.title.kk, card.title.en ?? ''])),
].filter(Boolean);

describe('card text fitting', () => {
  it('breaks every real title into the same lines as satori, at the sizes the cards use', async () => {
    let compared = 0;
    for (const text of titles) {
      for (const [weight, font, sizes] of [
        [700, FONTS.bold, [32, 40, 48, 60]],
        [400, FONTS.regular, [22, 26, 30]],
      ] as const) {
        for (const size of sizes) {
          expect(wrap({ font, size }, text, CONTENT_WIDTH), `${size}px ${weight}: ${text}`).toEqual(
            await satoriLines(text, size, weight),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(250);
  }, 300_000);

  it('cuts a text that does not fit after a whole word, with an ellipsis', () => {
    const face = { font: FONTS.bold, size: 48 };
    const text = titles.find((title) => title.length > 240) ?? '';
    const cut = truncate(face, text, CONTENT_WIDTH, 2);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(wrap(face, cut, CONTENT_WIDTH)).toHaveLength(2);
    const kept = cut.slice(0, -ELLIPSIS.length);
    expect(text.startsWith(kept)).toBe(true);
    expect(text.slice(kept.length)).toMatch(/^[\s,.;:!?–—-]/u);
    // A text that fits is left whole.
    expect(truncate(face, 'Гренландия', CONTENT_WIDTH, 1)).toBe('Гренландия');
  });
});
