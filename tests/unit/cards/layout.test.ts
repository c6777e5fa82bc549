import { describe, expect, it } from 'vitest';
import { ELLIPSIS } from '../../../src/cards/fit.ts';
import { cardTitle, footerText, LAYOUT, TITLE_HEIGHT } from '../../../src/cards/layout.ts';
import { overlong, seedCards } from '../../support/cards.ts';

const height = ({ primary, secondary }: ReturnType<typeof cardTitle>): number =>
  primary.lines * primary.lineHeight +
  (secondary ? LAYOUT.titleGap + secondary.lines * secondary.lineHeight : 0);

describe('card layout', () => {
  it('fits every real title whole, the interface language first and larger', () => {
    for (const card of seedCards()) {
      const title = cardTitle(card);
      expect(title.primary.text).toBe(card.title[card.lang] ?? card.title.kk);
      expect(title.secondary?.text.endsWith(ELLIPSIS)).not.toBe(true);
      if (title.secondary) expect(title.secondary.size).toBeLessThan(title.primary.size);
      expect(height(title)).toBeLessThanOrEqual(TITLE_HEIGHT);
    }
  });

  it('cuts titles too long for any size after a whole word, both within the box', () => {
    const longest = seedCards().find((card) => card.title.kk.length > 240);
    if (!longest) throw new Error('the seed has no question over 240 characters');
    for (const times of [2, 5, 40]) {
      const card = overlong(longest, times);
      const title = cardTitle(card);
      for (const [fitted, original] of [
        [title.primary, card.title[card.lang] ?? ''],
        [title.secondary, card.lang === 'kk' ? card.title.en : card.title.kk],
      ] as const) {
        if (!fitted || !original) throw new Error('a title is missing');
        expect(fitted.text.endsWith(ELLIPSIS), fitted.text).toBe(true);
        const kept = fitted.text.slice(0, -ELLIPSIS.length);
        expect(original.startsWith(kept)).toBe(true);
        expect(original.slice(kept.length)).toMatch(/^[\s,.;:!?–—-]/u);
      }
      expect(height(title)).toBeLessThanOrEqual(TITLE_HEIGHT);
    }
  });

  it('keeps the footer to its lines: the speaker beside the date, the outlet below', () => {
    const [card] = seedCards().filter((c) => c.lang === 'kk' && c.date);
    if (!card) throw new Error('no card with a byline');
    expect(footerText(card)).toEqual({
      speaker: 'Қасым-Жомарт Тоқаев, Қазақстан Президенті',
      outlet: 'The News International',
      date: '2026 жылғы 5 ақпан',
    });
    const long = footerText({ ...card, speaker: `${card.speaker} `.repeat(4) });
    expect(long.speaker.endsWith(ELLIPSIS)).toBe(true);
  });
});
