import { openSync } from 'fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { kk } from '../../src/i18n/kk.ts';
import { loadLibrary } from '../../src/lib/load-interviews.ts';
import { ROOT } from './helpers.ts';

const font = openSync(join(ROOT, 'src/assets/fonts/suhbat-serif.woff2'));
const missing = (text: string): string[] =>
  [...new Set(text)].filter(
    (c) => !/\s/u.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0),
  );

/** All the text the site shows: content, UI strings (every month) and CSS-generated text. */
function siteText(): string {
  const { interviews, topics } = loadLibrary(join(ROOT, 'content'));
  const parts: string[] = [JSON.stringify(interviews), JSON.stringify(topics)];
  for (const dictionary of [kk, en]) {
    for (const value of Object.values(dictionary)) {
      if (typeof value === 'string') parts.push(value);
    }
    parts.push(dictionary.questionCount(1), dictionary.questionCount(5));
    parts.push(dictionary.topicQaCount(1), dictionary.paragraphLink(3));
    for (let month = 1; month <= 12; month++) {
      parts.push(dictionary.formatDate(`2026-${String(month).padStart(2, '0')}-15`));
    }
  }
  const css = readFileSync(join(ROOT, 'src/styles/reader.css'), 'utf8');
  parts.push(...[...css.matchAll(/content: '([^']*)'/g)].map((m) => m[1] ?? ''));
  return parts.join('');
}

describe('the self-hosted font', () => {
  it('is Noto Serif with every Kazakh letter in both cases', () => {
    expect(font.familyName).toBe('Noto Serif');
    expect(missing('әғқңөұүһіӘҒҚҢӨҰҮҺІ')).toEqual([]);
  });

  it('has a glyph for every character the site shows', () => {
    expect(missing(siteText())).toEqual([]);
  });

  it('lacks what it was not cut for, so the check above can fail', () => {
    expect(missing('Ǆ↩ә')).toEqual(['Ǆ', '↩']);
  });
});
