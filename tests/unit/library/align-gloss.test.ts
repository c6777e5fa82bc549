import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { parseSectionFile } from '../../../src/library/parse-section.ts';
import {
  contentProblems,
  INTERVIEW_DIR,
  MINI,
  miniContentWith,
  ROOT,
} from '../../support/helpers.ts';

const INTERVIEW = 'interviews/2026-01-01-mini';
const EN = `${INTERVIEW}/en/01-alpha.md`;
const KK = `${INTERVIEW}/kk/01-alpha.md`;

/** The small fixture with its English gloss of section "alpha" edited. */
const withGloss = (edit: (text: string) => string, extra?: [string, string]): string =>
  miniContentWith({ [EN]: edit, ...(extra ? { [extra[0]]: extra[1] } : {}) });

const GREENLAND =
  '## And Greenland? {#about-greenland}\n\nAn answer about Greenland, and the SCO[^sco] again.\n\n';

describe('gloss alignment', () => {
  it('accepts the aligned fixture and a section without gloss', () => {
    const [interview] = loadLibrary(MINI).interviews;
    const [alpha, beta] = interview?.sections ?? [];
    expect(alpha?.files.en).toContain('en/01-alpha.md');
    expect(alpha?.questions.map((q) => q.en?.paragraphs.length)).toEqual([2, 1]);
    expect(beta?.files.en).toBeUndefined();
    expect(beta?.title.en).toBeUndefined();
    expect(beta?.questions[0]?.en).toBeUndefined();
    expect(beta?.questions[0]?.kk.paragraphs[0]?.text).toBe('Аудармасы жоқ жауап.');
  });

  it('reports a missing question', () => {
    expect(contentProblems(withGloss((t) => t.replace(GREENLAND, '')))).toEqual([
      `${INTERVIEW}: ${EN}: question "about-greenland" is missing (${KK} line 14)`,
    ]);
  });

  it('reports an extra question', () => {
    const dir = withGloss((t) =>
      t.replace(GREENLAND, `${GREENLAND}## Extra? {#extra}\n\nExtra.\n\n`),
    );
    expect(contentProblems(dir)).toEqual([
      `${INTERVIEW}: ${EN} line 17: question "extra" is not in ${KK}`,
    ]);
  });

  it('reports question ids that differ', () => {
    const dir = withGloss((t) => t.replace('{#about-greenland}', '{#greenland}'));
    expect(contentProblems(dir)).toEqual([
      `${INTERVIEW}: ${EN} line 13: question id "greenland" differs from "about-greenland" in ${KK}`,
    ]);
  });

  it('reports questions in another order', () => {
    const dir = withGloss((t) => {
      const [head = '', economy = ''] = t.split(GREENLAND);
      const [front = '', body = ''] = head.split(/(?=## What)/);
      return `${front}${GREENLAND}${body}${economy}`;
    });
    expect(contentProblems(dir)).toEqual([
      `${INTERVIEW}: ${EN} line 7: question "about-greenland" is question 1 here but 2 in ${KK}`,
      `${INTERVIEW}: ${EN} line 11: question "about-economy" is question 2 here but 1 in ${KK}`,
    ]);
  });

  it('reports fewer paragraphs, naming both counts', () => {
    const dir = withGloss((t) => t.replace('Second paragraph.\n\n', ''));
    expect(contentProblems(dir)).toEqual([
      `${INTERVIEW}: ${EN}: question "about-economy" has 1 paragraph in English but 2 in Kazakh (${KK})`,
    ]);
  });

  it('reports more paragraphs, naming both counts', () => {
    const dir = withGloss((t) => t.replace('An answer about', 'A split.\n\nAn answer about'));
    expect(contentProblems(dir)).toEqual([
      `${INTERVIEW}: ${EN}: question "about-greenland" has 2 paragraphs in English but 1 in Kazakh (${KK})`,
    ]);
  });

  it('reports a gloss for a section that does not exist', () => {
    const orphan =
      '---\nid: gamma\ntitle: Part three\ntranslation: unofficial\n---\n\n## Q? {#q}\n\nA.\n';
    const dir = withGloss((t) => t, [`${INTERVIEW}/en/03-gamma.md`, orphan]);
    expect(contentProblems(dir)).toEqual([
      `${INTERVIEW}: ${INTERVIEW}/en/03-gamma.md: gloss for section "gamma", but no Kazakh section has that id`,
    ]);
  });

  it('requires the gloss to be marked as an unofficial translation', () => {
    const dir = withGloss((t) => t.replace('translation: unofficial', 'translation: official'));
    expect(contentProblems(dir)).toEqual([
      `${EN}: frontmatter translation: Invalid input: expected "unofficial"`,
    ]);
  });
});

describe('gloss footnotes', () => {
  const file = parseSectionFile(readFileSync(join(MINI, EN), 'utf8'), EN, 'en');

  it('attach to the paragraph that refers to them, numbered per question', () => {
    const [economy, greenland] = file.questions;
    expect(economy?.paragraphs[0]?.notes).toEqual([1]);
    expect(economy?.paragraphs[1]?.notes).toEqual([]);
    expect(economy?.paragraphs[0]?.html).toBe(
      'First paragraph, about the SCO<sup class="note-ref"><a href="#about-economy-note-1" id="about-economy-ref-1">1</a></sup>.',
    );
    expect(economy?.notes).toEqual([
      {
        number: 1,
        label: 'sco',
        html: 'The Shanghai Cooperation Organisation.',
        text: 'The Shanghai Cooperation Organisation.',
      },
    ]);
    expect(greenland?.paragraphs[0]?.notes).toEqual([1]);
    expect(greenland?.notes[0]?.label).toBe('sco');
  });

  it('keep the paragraph count: a definition is not a paragraph', () => {
    expect(file.questions.map((q) => q.paragraphs.length)).toEqual([2, 1]);
    expect(file.questions[0]?.paragraphs[0]?.text).toBe('First paragraph, about the SCO.');
  });

  it('must be defined', () => {
    const text = readFileSync(join(MINI, EN), 'utf8').replace('[^sco]: The', 'The');
    expect(() => parseSectionFile(text, EN, 'en')).toThrow(/footnote \[\^sco\] has no definition/);
  });
});

describe('the gloss of the interview', () => {
  const [interview] = loadLibrary(join(ROOT, 'content')).interviews;
  const sections = interview?.sections ?? [];

  it('covers every section, question and paragraph', () => {
    expect(sections).toHaveLength(9);
    for (const section of sections) {
      expect(section.title.en, section.id).toBeTruthy();
      for (const question of section.questions) {
        expect(question.en?.heading.text, question.id).toBeTruthy();
        expect(question.en?.paragraphs.length, question.id).toBe(question.kk.paragraphs.length);
        for (const paragraph of question.en?.paragraphs ?? []) {
          expect(paragraph.text.trim().length, question.id).toBeGreaterThan(0);
          // A gloss paragraph in Kazakh letters would be an untranslated copy.
          expect(paragraph.text, question.id).not.toMatch(/[әғқңөұүһі]/u);
        }
      }
    }
    expect(interview?.meta.title.en).toBeTruthy();
    expect(interview?.meta.lede.en).toBeTruthy();
  });

  it('explains the abbreviations SCO, OIC and CICA in footnotes of the first answer', () => {
    const first = sections[0]?.questions[0]?.en;
    expect(first?.notes.map((n) => n.label)).toEqual(['sco', 'oic', 'cica']);
    expect(first?.paragraphs[0]?.notes).toEqual([1, 2, 3]);
    expect(first?.notes[0]?.text).toContain('Shanghai Cooperation Organisation');
  });

  it('has an English file for every Kazakh file', () => {
    const names = (lang: string) => readdirSync(join(INTERVIEW_DIR, lang)).sort();
    expect(names('en')).toEqual(names('kk'));
  });
});
