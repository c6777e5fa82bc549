import type { QuestionText, Section } from '../library/model.ts';

/**
 * How much text (UTF-8 bytes, both languages) the whole-interview page holds itself. With each
 * paragraph's tools (link, quote) and each Q&A's notes, 8 KB of text keeps the page's first view
 * within its budget (14 KB of HTML and CSS, gzip) next to the header, contents and corrections
 * list; `npm run bench` measures it (10 KB held two seed sections and came to 14.1 KB).
 */
export const FIRST_VIEW_TEXT_BYTES = 8_000;

const bytes = (text: QuestionText | undefined): number =>
  text
    ? new TextEncoder().encode(
        [text.heading, ...text.paragraphs, ...text.notes].map((part) => part.text).join(''),
      ).length
    : 0;

/** The size of a section's text in both languages. */
export const textBytes = (section: Section): number =>
  section.questions.reduce((sum, question) => sum + bytes(question.kk) + bytes(question.en), 0);

/**
 * How many sections, from the first, fit in the first view: as many as stay within `budget`,
 * and at least one, so that the page never opens empty.
 */
export function firstViewCount(
  sections: readonly Section[],
  budget: number = FIRST_VIEW_TEXT_BYTES,
): number {
  let total = 0;
  const count = sections.findIndex((section) => (total += textBytes(section)) > budget);
  return count === -1 ? sections.length : Math.max(count, 1);
}
