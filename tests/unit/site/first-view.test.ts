import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { FIRST_VIEW_TEXT_BYTES, firstViewCount, textBytes } from '../../../src/site/first-view.ts';
import { MINI, ROOT } from '../../support/helpers.ts';

const [mini] = loadLibrary(MINI).interviews;
const [seed] = loadLibrary(join(ROOT, 'content')).interviews;
const miniSections = mini?.sections ?? [];
const seedSections = seed?.sections ?? [];

describe('the first view of the whole-interview page', () => {
  it('measures a section by its text in both languages, footnotes included', () => {
    // alpha: its Kazakh and English headings, paragraphs and the one footnote.
    const alpha = miniSections[0];
    const kazakh = 'Экономика туралы не айтасыз?Бірінші абзац, ШЫҰ туралы.Екінші абзац.';
    expect(alpha && textBytes(alpha)).toBeGreaterThan(Buffer.byteLength(kazakh));
    expect(miniSections[1] && textBytes(miniSections[1])).toBe(
      Buffer.byteLength('Аударылмаған сұрақ?Аудармасы жоқ жауап.'),
    );
  });

  it('holds the sections that fit the budget, at least one', () => {
    expect(firstViewCount(miniSections)).toBe(2);
    expect(firstViewCount(miniSections, 1)).toBe(1);
    const [first = 0, second = 0] = miniSections.map(textBytes);
    expect(firstViewCount(miniSections, first + second - 1)).toBe(1);
    expect(firstViewCount(miniSections, first + second)).toBe(2);
  });

  it('holds the first section of the seed interview, which fits the budget alone', () => {
    const count = firstViewCount(seedSections);
    expect(count).toBe(1);
    const held = seedSections.slice(0, count).reduce((sum, s) => sum + textBytes(s), 0);
    expect(held).toBeLessThanOrEqual(FIRST_VIEW_TEXT_BYTES);
  });
});
