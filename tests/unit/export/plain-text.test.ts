import { describe, expect, it } from 'vitest';
import { interviewData } from '../../../src/export/interview-data.ts';
import { plainText } from '../../../src/export/plain-text.ts';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { MINI, present } from '../../support/helpers.ts';

const library = loadLibrary(MINI);
const interview = present(library.interviews[0], 'an interview');
const data = interviewData(interview, library.topics, new URL('https://example.org'));

describe('plainText', () => {
  it('holds every question and paragraph of the language, one paragraph per line', () => {
    const text = plainText(data, 'kk');
    for (const question of interview.sections.flatMap((section) => section.questions)) {
      expect(text).toContain(`\n— ${question.kk.heading.text}\n`);
      for (const paragraph of question.kk.paragraphs)
        expect(text).toContain(`\n${paragraph.text}\n`);
    }
  });

  it('says the English is unofficial and falls back to the Kazakh where there is no gloss', () => {
    const text = plainText(data, 'en');
    expect(text).toContain('unofficial translation');
    const unglossed = present(
      interview.sections.find((section) => section.title.en === undefined),
      'a section without English',
    );
    expect(text).toContain(`\n${unglossed.title.kk}\n`);
    const first = present(unglossed.questions[0]?.kk.paragraphs[0], 'a paragraph');
    expect(text).toContain(`\n${first.text}\n`);
    expect(text.startsWith(`${interview.meta.title.en}\n`)).toBe(true);
  });

  it('lists each Q&A’s footnotes after it', () => {
    const withNotes = data.sections
      .flatMap((section) => section.questions)
      .find((question) => (question.notes?.en ?? []).length > 0);
    expect(withNotes, 'the fixture has a footnote').toBeDefined();
    expect(plainText(data, 'en')).toContain(`[1] ${withNotes?.notes?.en?.[0]?.text}`);
  });
});
