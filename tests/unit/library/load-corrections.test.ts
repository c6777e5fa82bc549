import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import {
  contentProblems as problems,
  miniContentWith as contentWith,
  ROOT,
} from '../../support/helpers.ts';

const INTERVIEW = 'interviews/2026-01-01-mini';
const FILE = `${INTERVIEW}/corrections.yaml`;

const entry = (fields: Record<string, string>): string =>
  `- ${Object.entries({
    date: '2026-03-01',
    question: 'about-economy',
    lang: 'en',
    what: 'A word changed.',
    why: 'The Kazakh says so.',
    ...fields,
  })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n  ')}\n`;

describe('the corrections log', () => {
  it('is optional', () => {
    expect(loadLibrary(contentWith({})).interviews[0]?.corrections).toEqual([]);
  });

  it('lists the entries newest first, then in reading order', () => {
    const dir = contentWith({
      [FILE]: [
        entry({ question: 'about-greenland' }),
        entry({ date: '2026-04-01' }),
        entry({}),
        entry({ lang: 'kk', normalisation: 'missing-space', question: 'untranslated' }),
      ].join(''),
    });
    const corrections = loadLibrary(dir).interviews[0]?.corrections ?? [];
    expect(corrections.map((c) => `${c.date} ${c.question} ${c.lang}`)).toEqual([
      '2026-04-01 about-economy en',
      '2026-03-01 about-economy en',
      '2026-03-01 about-greenland en',
      '2026-03-01 untranslated kk',
    ]);
    expect(corrections[3]?.normalisation).toBe('missing-space');
  });

  it('refuses an unknown question, a bad date and missing fields, naming entry and line', () => {
    const dir = contentWith({
      [FILE]: [
        entry({ question: 'about-economics' }),
        entry({ date: '2026-02-30' }),
        entry({ why: '' }),
      ].join(''),
    });
    expect(problems(dir)).toEqual([
      `${FILE}: entry 1 (line 1): question "about-economics" is not a question of this interview; use the id after "{#" in its heading`,
      `${FILE}: entry 2 (line 6): date: must be a date written YYYY-MM-DD`,
      `${FILE}: entry 3 (line 11): why: Invalid input: expected string, received undefined`,
    ]);
  });

  it('refuses Kazakh for anything but a documented normalisation', () => {
    const dir = contentWith({
      [FILE]: [
        entry({ lang: 'kk' }),
        entry({ lang: 'kk', normalisation: 'better-wording' }),
        entry({ normalisation: 'white-space' }),
      ].join(''),
    });
    expect(problems(dir)).toEqual([
      `${FILE}: entry 1 (line 1): lang: kk is only for a documented normalisation of the Kazakh text (add normalisation: white-space, missing-space, glued-heading); the Kazakh text is the speaker's words and is never corrected`,
      `${FILE}: entry 2 (line 6): normalisation: must be one of white-space, missing-space, glued-heading`,
      `${FILE}: entry 3 (line 12): normalisation: only an entry for the Kazakh text (lang: kk) records a normalisation`,
    ]);
  });

  it('refuses a gloss correction where there is no gloss, and a date before the interview', () => {
    const dir = contentWith({
      [FILE]: entry({ question: 'untranslated' }) + entry({ date: '2025-12-31' }),
    });
    expect(problems(dir)).toEqual([
      `${FILE}: entry 1 (line 1): question "untranslated" has no English gloss to correct`,
      `${FILE}: entry 2 (line 6): date 2025-12-31 is before the interview's date (2026-01-01)`,
    ]);
  });

  it('refuses a file that is not a list, or not YAML', () => {
    expect(problems(contentWith({ [FILE]: 'date: 2026-03-01\n' }))).toEqual([
      `${FILE}: must be a list of entries, each starting with "- date: YYYY-MM-DD"`,
    ]);
    expect(problems(contentWith({ [FILE]: '- date: [2026\n' }))[0]).toMatch(
      new RegExp(`^${FILE}: `),
    );
  });

  it('records only documented normalisations of the seed’s Kazakh text', () => {
    const [seed] = loadLibrary(join(ROOT, 'content')).interviews;
    const kazakh = seed?.corrections.filter((c) => c.lang === 'kk') ?? [];
    expect(kazakh.map((c) => `${c.question} ${c.normalisation}`)).toEqual([
      'trade-and-investment missing-space',
      'regional-connectivity glued-heading',
    ]);
    expect(seed?.corrections.filter((c) => c.lang === 'en')).toHaveLength(9);
  });
});
