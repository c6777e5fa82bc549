import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { pngSize } from '../../support/cards.ts';
import { miniContentWith, tempDir } from '../../support/helpers.ts';

// The small fixture has, per interface, a home, an interview, 2 sections and 3 Q&As: 14 cards.
const INTERVIEW = 'interviews/2026-01-01-mini';
const cache = tempDir('suhbat-card-cache-');

/** Builds the content with this test's card cache; the counts the build reports. */
function build(content: string) {
  const result = buildSite(content, { CARD_CACHE: cache });
  expect(result.status, result.output).toBe(0);
  const counts = /preview cards: (\d+), (\d+) drawn on \d+ threads and (\d+) from the cache/.exec(
    result.output,
  );
  if (!counts) throw new Error(`no card report in the build output:\n${result.output}`);
  const [, total, drawn, cached] = counts.map(Number);
  return { total, drawn, cached, outDir: result.outDir };
}

describe('preview cards between builds', () => {
  it('draws every card once, then only the cards of the section that changed', () => {
    const first = build(miniContentWith({}));
    expect(first).toMatchObject({ total: 14, drawn: 14, cached: 0 });
    const card = join(first.outDir, 'og/en/2026-01-01-mini/beta/untranslated.png');
    expect(existsSync(card)).toBe(true);
    expect(pngSize(readFileSync(card))).toEqual([1200, 630]);

    expect(build(miniContentWith({}))).toMatchObject({ drawn: 0, cached: 14 });

    // The second section's title and its one question, edited: its section and Q&A cards, in
    // both interfaces, and nothing else.
    const edited = miniContentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (text) =>
        text
          .replace('title: Екінші бөлім', 'title: Екінші бөлім (түзетілген)')
          .replace('Аударылмаған сұрақ?', 'Аударылмаған сұрақ, түзетілген?'),
    });
    expect(build(edited)).toMatchObject({ drawn: 4, cached: 10 });
  }, 600_000);
});
