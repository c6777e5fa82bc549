import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AggregateContentError, loadLibrary } from '../../src/lib/load-interviews.ts';
import { ROOT, tempDir } from './helpers.ts';

const MINI = join(ROOT, 'tests/fixtures/mini-content');
const INTERVIEW = 'interviews/2026-01-01-mini';

/** A copy of the small fixture with one file changed by `edit`. */
function contentWith(file: string, edit: (text: string) => string | null): string {
  const dir = join(tempDir(), 'content');
  cpSync(MINI, dir, { recursive: true });
  const path = join(dir, file);
  const next = edit(readFileSync(path, 'utf8'));
  if (next === null) rmSync(path);
  else writeFileSync(path, next);
  return dir;
}

/** Every problem reported, with paths shown from the content folder. */
function problems(dir: string): string[] {
  try {
    loadLibrary(dir);
  } catch (error) {
    if (!(error instanceof AggregateContentError)) throw error;
    return error.contentErrors.flatMap((e) =>
      e.problems.map((p) => `${e.file}: ${p}`.replace(/[^\s"]*?\/content\//g, '')),
    );
  }
  throw new Error('expected the content to be refused');
}

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
    expect(Object.keys(library.topics)).toEqual(['economy', 'greenland']);
  });

  it('refuses a missing field, naming the file and the field', () => {
    const dir = contentWith(`${INTERVIEW}/interview.yaml`, (t) =>
      t.replace(/speaker:\n.*\n.*\n/, ''),
    );
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/interview.yaml: speaker: Invalid input: expected object, received undefined`,
    ]);
  });

  it('refuses an empty field', () => {
    const dir = contentWith(`${INTERVIEW}/interview.yaml`, (t) => t.replace('TEST.KZ', "''"));
    expect(problems(dir)).toEqual([`${INTERVIEW}/interview.yaml: source: must not be empty`]);
  });

  it('refuses an unknown topic id', () => {
    const dir = contentWith(`${INTERVIEW}/kk/02-beta.md`, (t) =>
      t.replace('[greenland]', '[greenland, mars]'),
    );
    expect(problems(dir)).toEqual([
      `${INTERVIEW}: ${INTERVIEW}/kk/02-beta.md: unknown topic "mars"; add it to content/topics.yaml or fix the id`,
    ]);
  });

  it('refuses a duplicate section id', () => {
    const dir = contentWith(`${INTERVIEW}/kk/02-beta.md`, (t) =>
      t.replace('id: beta', 'id: alpha'),
    );
    expect(problems(dir)).toContain(
      `${INTERVIEW}: section ${INTERVIEW}/kk/02-beta.md: id "alpha" is already used by section ${INTERVIEW}/kk/01-alpha.md`,
    );
  });

  it('refuses a duplicate question id, also across sections', () => {
    const dir = contentWith(`${INTERVIEW}/kk/02-beta.md`, (t) =>
      t.replace('{#untranslated}', '{#about-economy}'),
    );
    expect(problems(dir)).toEqual([
      `${INTERVIEW}: question on ${INTERVIEW}/kk/02-beta.md line 8: id "about-economy" is already used by question on ${INTERVIEW}/kk/01-alpha.md line 8`,
      `${INTERVIEW}: paragraph anchor on ${INTERVIEW}/kk/02-beta.md line 10: id "about-economy-1" is already used by paragraph anchor on ${INTERVIEW}/kk/01-alpha.md line 10`,
    ]);
  });

  it('refuses a question id that clashes with a paragraph anchor', () => {
    const dir = contentWith(`${INTERVIEW}/kk/02-beta.md`, (t) =>
      t.replace('{#untranslated}', '{#about-economy-2}'),
    );
    expect(problems(dir)).toEqual([
      `${INTERVIEW}: question on ${INTERVIEW}/kk/02-beta.md line 8: id "about-economy-2" is already used by paragraph anchor on ${INTERVIEW}/kk/01-alpha.md line 12`,
    ]);
  });

  it('refuses a heading without an id and a non-ASCII id', () => {
    const dir = contentWith(`${INTERVIEW}/kk/01-alpha.md`, (t) =>
      t.replace(' {#about-economy}', '').replace('{#about-greenland}', '{#Гренландия}'),
    );
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/kk/01-alpha.md: line 8: question heading has no id: end it with {#question-id}`,
      `${INTERVIEW}/kk/01-alpha.md: line 14: question id "Гренландия" must be ASCII lower-case words joined by hyphens`,
    ]);
  });

  it('refuses Markdown that is not a question or a paragraph', () => {
    const dir = contentWith(
      `${INTERVIEW}/kk/02-beta.md`,
      (t) => `${t}\n- a list item\n\n<div>raw</div>\n`,
    );
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/kk/02-beta.md: line 12: list is not allowed; a section holds "## question {#id}" headings and paragraphs`,
      `${INTERVIEW}/kk/02-beta.md: line 14: html is not allowed; a section holds "## question {#id}" headings and paragraphs`,
    ]);
  });

  it('refuses a section with unknown frontmatter', () => {
    const dir = contentWith(`${INTERVIEW}/kk/02-beta.md`, (t) =>
      t.replace('order: 2', 'order: 2\ncolour: red'),
    );
    expect(problems(dir)).toEqual([
      `${INTERVIEW}/kk/02-beta.md: frontmatter (top level): Unrecognized key: "colour"`,
    ]);
  });
});
