import { openSync } from 'fontkit';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { SCRIPT_NAMES } from '../../../src/i18n/ui.ts';
import { kk } from '../../../src/i18n/kk.ts';
import { toLatin } from '../../../src/kazakh/transliterate.ts';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { ROOT } from '../../support/helpers.ts';

const font = openSync(join(ROOT, 'src/assets/fonts/suhbat-serif.woff2'));
const missing = (text: string): string[] =>
  [...new Set(text)].filter(
    (c) => !/\s/u.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0),
  );

/** The strings in a dictionary, nested ones (reading modes, search) included. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(stringsIn)
      : [];

/**
 * All the text the site shows: content, UI strings (every month) and CSS-generated text, and
 * the Kazakh of it in the Latin script too.
 */
function siteText(): string {
  const { interviews, topics } = loadLibrary(join(ROOT, 'content'));
  const parts: string[] = [JSON.stringify(interviews), JSON.stringify(topics)];
  for (const dictionary of [kk, en]) {
    parts.push(...stringsIn(dictionary));
    const search = dictionary.searchUi;
    parts.push(
      search.results(1, 2, false),
      search.results(3, 1, true),
      search.noResults('x'),
      search.more,
    );
    parts.push(search.matchIn('kk'), search.matchIn('en'));
    parts.push(dictionary.questionCount(1), dictionary.questionCount(5));
    parts.push(dictionary.topicQaCount(1), dictionary.paragraphLink(3));
    parts.push(dictionary.glossCorrected('2026-11-28'));
    for (let month = 1; month <= 12; month++) {
      parts.push(dictionary.formatDate(`2026-${String(month).padStart(2, '0')}-15`));
    }
  }
  for (const file of readdirSync(join(ROOT, 'src/styles'))) {
    const css = readFileSync(join(ROOT, 'src/styles', file), 'utf8');
    parts.push(...[...css.matchAll(/content: '([^']*)'/g)].map((m) => m[1] ?? ''));
  }
  parts.push(...Object.values(SCRIPT_NAMES));
  const text = parts.join('');
  return text + toLatin(text);
}

describe('the self-hosted font', () => {
  it('is Noto Serif with every Kazakh letter in both cases', () => {
    expect(font.familyName).toBe('Noto Serif');
    expect(missing('әғқңөұүһіӘҒҚҢӨҰҮҺІ')).toEqual([]);
  });

  it('has every letter of the 2021 Latin alphabet in both cases', () => {
    expect(missing('AaÄäBbDdEeFfGgĞğHhIıİiJjKkLlMmNnÑñOoÖöPpQqRrSsŞşTtUuŪūÜüVvYyZz')).toEqual([]);
  });

  it('has a glyph for every character the site shows', () => {
    expect(missing(siteText())).toEqual([]);
  });

  it('lacks what it was not cut for, so the check above can fail', () => {
    expect(missing('Ǆ↩ә')).toEqual(['Ǆ', '↩']);
  });
});
