import type { Interview, Question, Section } from '../library/model.ts';

/** The items before and after the one with `id` in reading order (sections, Q&As). */
export function neighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return {};
  const previous = items[index - 1];
  const next = items[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

export interface QuestionEntry {
  id: string;
  section: Section;
  question: Question;
}

/** Every Q&A of an interview in reading order, with its section. */
export const questionsInOrder = (interview: Interview): QuestionEntry[] =>
  interview.sections.flatMap((section) =>
    section.questions.map((question) => ({ id: question.id, section, question })),
  );
