import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import {
  contentProblems as problems,
  type FileChange,
  MINI,
  miniContentWith as contentWith,
  ROOT,
} from '../../support/helpers.ts';

const INTERVIEW = 'interviews/2026-01-01-mini';

describe('loading the content', () => {
  it('loads the committed interview', () => {
    const library = loadLibrary(join(ROOT, 'content'));
    expect(library.interviews.map((i) => i.id)).toEqual([
      '2026-02-05-tokayev-the-news-international',
    ]);
    expect(library.interviews[0]?.sections).toHaveLength(9);
  });

  it('loads the small fixture, sections in order', () => {
    const library = loadLibrary(MINI);
    expect(library.interviews[0]?.sections.map((s) => s.id)).toEqual(['alpha', 'beta']);
    expect(library.topics.map((t) => t.id)).toEqual(['economy', 'greenland']);
  });

  it('refuses a missing field, naming the file and the field', () => {
    const dir = contentWith({
      [`${INTERVIEW}/interview.yaml`]: (t) => t.replace(/speaker:\n.*\n.*\n/, ''),
    });
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/interview.yaml: speaker: Invalid input: expected object, received undefined`,
    ]);
  });

  it('refuses an interview folder named like a folder of the site, such as latn', () => {
    const dir = contentWith({});
    renameSync(join(dir, INTERVIEW), join(dir, 'interviews/latn'));
    expect(problems(dir)).toEqual([
      `interviews/latn: folder name "latn" is a folder of the site's own; name it by date, speaker and outlet, e.g. 2026-02-05-speaker-outlet`,
    ]);
  });

  it('refuses an empty field', () => {
    const dir = contentWith({ [`${INTERVIEW}/interview.yaml`]: (t) => t.replace('TEST.KZ', "''") });
    expect(problems(dir)).toEqual([`${INTERVIEW}/interview.yaml: source: must not be empty`]);
  });

  it('refuses an unknown topic id', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (t) => t.replace('[greenland]', '[greenland, mars]'),
    });
    expect(problems(dir)).toEqual([
      `${INTERVIEW}: ${INTERVIEW}/kk/02-beta.md: unknown topic "mars"; add it to content/topics.yaml or fix the id`,
    ]);
  });

  it('refuses a duplicate section id', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (t) => t.replace('id: beta', 'id: alpha'),
    });
    expect(problems(dir)).toContain(
      `${INTERVIEW}: section ${INTERVIEW}/kk/02-beta.md: id "alpha" is already used by section ${INTERVIEW}/kk/01-alpha.md`,
    );
  });

  it('refuses a duplicate question id, also across sections, once', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (t) => t.replace('{#untranslated}', '{#about-economy}'),
    });
    // Its heading, paragraph anchors and notes would clash too: one message says it all.
    expect(problems(dir)).toEqual([
      `${INTERVIEW}: question on ${INTERVIEW}/kk/02-beta.md line 8: id "about-economy" is already used by question on ${INTERVIEW}/kk/01-alpha.md line 8`,
    ]);
  });

  it('refuses a question id that clashes with a paragraph anchor', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (t) => t.replace('{#untranslated}', '{#about-economy-2}'),
    });
    expect(problems(dir)).toEqual([
      `${INTERVIEW}: question on ${INTERVIEW}/kk/02-beta.md line 8: id "about-economy-2" is already used by paragraph anchor on ${INTERVIEW}/kk/01-alpha.md line 12`,
    ]);
  });

  it('refuses a heading without an id and a non-ASCII id', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/01-alpha.md`]: (t) =>
        t.replace(' {#about-economy}', '').replace('{#about-greenland}', '{#Гренландия}'),
    });
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/kk/01-alpha.md: line 8: question heading has no id: end it with {#question-id}`,
      `${INTERVIEW}/kk/01-alpha.md: line 14: question id "Гренландия" must be ASCII lower-case words joined by hyphens`,
    ]);
  });

  it('refuses Markdown that is not a question or a paragraph', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (t) => `${t}\n- a list item\n\n<div>raw</div>\n`,
    });
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/kk/02-beta.md: line 12: list is not allowed; a section holds "## question {#id}" headings and paragraphs`,
      `${INTERVIEW}/kk/02-beta.md: line 14: html is not allowed; a section holds "## question {#id}" headings and paragraphs`,
    ]);
  });

  it('refuses a section with unknown frontmatter', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (t) => t.replace('order: 2', 'order: 2\ncolour: red'),
    });
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/kk/02-beta.md: frontmatter (top level): Unrecognized key: "colour"`,
    ]);
  });

  it('loads the alias table, and has none without aliases.yaml', () => {
    expect(loadLibrary(join(ROOT, 'content')).aliases).toContainEqual({
      id: 'witkoff',
      names: ['Witkoff', 'Уиткофф', 'Виткофф'],
    });
    expect(loadLibrary(MINI).aliases).toEqual([]);
  });

  it('refuses an alias that is not one word, a group of one name, or a name in two groups', () => {
    const dir = contentWith({
      'aliases.yaml': 'us: [US, U.S.A, Америка Құрама Штаттары]\nusa: [usa]\n',
    });
    expect(problems(dir)).toEqual([
      'aliases.yaml: us.2: must be one word (letters, digits, dots, hyphens), e.g. "U.S." or "Тоқаев"',
      'aliases.yaml: usa: must list at least two names',
    ]);
    const twice = contentWith({ 'aliases.yaml': 'us: [US, USA]\namerica: [America, U.S.A.]\n' });
    expect(problems(twice)).toEqual([
      'aliases.yaml: america: "U.S.A." is already a name of us ("USA"); keep it in one group',
    ]);
  });
});

describe('ids the page already uses', () => {
  const BETA = `${INTERVIEW}/kk/02-beta.md`;
  const ALPHA = `${INTERVIEW}/kk/01-alpha.md`;
  const EN_ALPHA = `${INTERVIEW}/en/01-alpha.md`;
  /** The fixture with the id of the question in section "beta" changed. */
  const betaQuestionId = (id: string, extra: Record<string, FileChange> = {}) =>
    problems(
      contentWith({
        [BETA]: (t) => t.replace('{#untranslated}', `{#${id}}`),
        ...extra,
      }),
    );
  const clash = (id: string, first: string) =>
    `${INTERVIEW}: question on ${BETA} line 8: id "${id}" is already used by ${first}`;

  it.each([
    ['main', "the page's main region, which every page has"],
    ['contents', "the page's table of contents, which every page has"],
    ['search-input', 'the search field, which every page has'],
  ])('refuses the question id "%s", an id of the page itself', (id, first) => {
    expect(betaQuestionId(id)).toEqual([clash(id, first)]);
  });

  it('refuses a question id that is the id of another question heading', () => {
    expect(betaQuestionId('about-economy-title')).toEqual([
      clash('about-economy-title', `the heading of question "about-economy" on ${ALPHA} line 8`),
    ]);
  });

  it('refuses a question id that is an id of the English notes of another question', () => {
    const at = `question "about-economy" on ${EN_ALPHA} line 7`;
    expect(betaQuestionId('about-economy-notes')).toEqual([
      clash('about-economy-notes', `the English notes of ${at}`),
    ]);
    expect(betaQuestionId('about-economy-note-1')).toEqual([
      clash('about-economy-note-1', `English note 1 of ${at}`),
    ]);
    expect(betaQuestionId('about-economy-ref-1')).toEqual([
      clash('about-economy-ref-1', `the reference to English note 1 of ${at}`),
    ]);
  });

  it('refuses a question id that is an id of the Kazakh notes of another question', () => {
    const withKazakhNote = {
      [ALPHA]: (t: string) =>
        t.replace('ШЫҰ туралы.', 'ШЫҰ[^shy] туралы.') + '\n[^shy]: Шанхай ынтымақтастық ұйымы.\n',
    };
    const at = `question "about-economy" on ${ALPHA} line 8`;
    expect(betaQuestionId('about-economy-notes-kk', withKazakhNote)).toEqual([
      clash('about-economy-notes-kk', `the Kazakh notes of ${at}`),
    ]);
    expect(betaQuestionId('about-economy-note-kk-1', withKazakhNote)).toEqual([
      clash('about-economy-note-kk-1', `Kazakh note 1 of ${at}`),
    ]);
    expect(betaQuestionId('about-economy-ref-kk-1', withKazakhNote)).toEqual([
      clash('about-economy-ref-kk-1', `the reference to Kazakh note 1 of ${at}`),
    ]);
  });

  it('refuses a question id that is the id of a section heading', () => {
    expect(betaQuestionId('alpha-heading')).toEqual([
      clash('alpha-heading', `the heading of section ${ALPHA}`),
    ]);
  });
});

describe('topics', () => {
  it('refuses a topic named like a property every object has', () => {
    const dir = contentWith({
      [`${INTERVIEW}/kk/02-beta.md`]: (t) => t.replace('[greenland]', '[greenland, constructor]'),
    });
    expect(problems(dir)).toEqual([
      `${INTERVIEW}: ${INTERVIEW}/kk/02-beta.md: unknown topic "constructor"; add it to content/topics.yaml or fix the id`,
    ]);
  });
});

describe('the source link in interview.yaml', () => {
  const withSourceUrl = (url: string) =>
    contentWith({ [`${INTERVIEW}/interview.yaml`]: (t) => `${t}sourceUrl: '${url}'\n` });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('refuses %s', (url) => {
    expect(problems(withSourceUrl(url))).toEqual([
      `${INTERVIEW}/interview.yaml: sourceUrl: must be an http or https address, e.g. https://example.org/article`,
    ]);
  });

  it('accepts an https address', () => {
    const library = loadLibrary(withSourceUrl('https://example.org/news/1'));
    expect(library.interviews[0]?.meta.sourceUrl).toBe('https://example.org/news/1');
  });
});
