import type { QuestionText, Section } from './model.ts';
import type { ParsedQuestion } from './parse-section.ts';
import type { GlossFrontmatter, SectionFrontmatter } from './schema.ts';

export interface SectionFile<Frontmatter> {
  /** Path shown in messages, e.g. `content/interviews/x/kk/01-a.md`. */
  file: string;
  frontmatter: Frontmatter;
  questions: ParsedQuestion[];
}

export type KazakhSection = SectionFile<SectionFrontmatter>;
export type GlossSection = SectionFile<GlossFrontmatter>;

export type AlignResult = { ok: true; section: Section } | { ok: false; errors: string[] };

const textOf = ({ heading, paragraphs, notes }: ParsedQuestion): QuestionText => ({
  heading,
  paragraphs,
  notes,
});

const paragraphs = (n: number): string => `${n} ${n === 1 ? 'paragraph' : 'paragraphs'}`;

function alignmentErrors(kk: KazakhSection, en: GlossSection): string[] {
  const errors: string[] = [];
  const kkIds = kk.questions.map((q) => q.id);
  const enIds = en.questions.map((q) => q.id);
  const renamed = new Set<string>();
  en.questions.forEach((question, index) => {
    const counterpart = kk.questions[index];
    if (
      counterpart &&
      counterpart.id !== question.id &&
      !kkIds.includes(question.id) &&
      !enIds.includes(counterpart.id)
    ) {
      errors.push(
        `${en.file} line ${question.line}: question id "${question.id}" differs from "${counterpart.id}" in ${kk.file}`,
      );
      renamed.add(question.id).add(counterpart.id);
    }
  });
  for (const question of kk.questions) {
    if (!enIds.includes(question.id) && !renamed.has(question.id)) {
      errors.push(
        `${en.file}: question "${question.id}" is missing (${kk.file} line ${question.line})`,
      );
    }
  }
  for (const question of en.questions) {
    if (!kkIds.includes(question.id) && !renamed.has(question.id)) {
      errors.push(
        `${en.file} line ${question.line}: question "${question.id}" is not in ${kk.file}`,
      );
    }
  }
  if (errors.length > 0) return errors;
  en.questions.forEach((question, index) => {
    const counterpart = kk.questions.find((q) => q.id === question.id);
    if (kk.questions[index]?.id !== question.id) {
      errors.push(
        `${en.file} line ${question.line}: question "${question.id}" is question ${index + 1} here but ${kkIds.indexOf(question.id) + 1} in ${kk.file}`,
      );
    } else if (counterpart && counterpart.paragraphs.length !== question.paragraphs.length) {
      errors.push(
        `${en.file}: question "${question.id}" has ${paragraphs(question.paragraphs.length)} in English but ${counterpart.paragraphs.length} in Kazakh (${kk.file})`,
      );
    }
  });
  return errors;
}

/**
 * Pairs a Kazakh section with its English gloss question by question and paragraph by
 * paragraph. A section without a gloss is valid; a gloss that does not mirror the Kazakh
 * file exactly (same question ids in the same order, same paragraph counts) is not.
 */
export function alignGloss(kk: KazakhSection, en?: GlossSection): AlignResult {
  if (en) {
    const errors = alignmentErrors(kk, en);
    if (errors.length > 0) return { ok: false, errors };
  }
  const enById = new Map(en?.questions.map((q) => [q.id, q]));
  return {
    ok: true,
    section: {
      id: kk.frontmatter.id,
      order: kk.frontmatter.order,
      title: { kk: kk.frontmatter.title, ...(en ? { en: en.frontmatter.title } : {}) },
      editorial: kk.frontmatter.editorial,
      topics: kk.frontmatter.topics,
      files: { kk: kk.file, ...(en ? { en: en.file } : {}) },
      questions: kk.questions.map((question) => {
        const gloss = enById.get(question.id);
        return { id: question.id, kk: textOf(question), ...(gloss ? { en: textOf(gloss) } : {}) };
      }),
    },
  };
}

/** Aligns every section of an interview with its gloss, matched by section id. */
export function alignInterviewGloss(
  kk: KazakhSection[],
  en: GlossSection[],
): { sections: Section[]; errors: string[] } {
  const errors: string[] = [];
  const kkIds = new Set(kk.map((section) => section.frontmatter.id));
  const glossById = new Map<string, GlossSection>();
  for (const gloss of en) {
    const id = gloss.frontmatter.id;
    if (!kkIds.has(id)) {
      errors.push(`${gloss.file}: gloss for section "${id}", but no Kazakh section has that id`);
    } else if (glossById.has(id)) {
      errors.push(
        `${gloss.file}: a second gloss for section "${id}" (first: ${glossById.get(id)?.file})`,
      );
    } else {
      glossById.set(id, gloss);
    }
  }
  const sections: Section[] = [];
  for (const section of kk) {
    const result = alignGloss(section, glossById.get(section.frontmatter.id));
    if (result.ok) sections.push(result.section);
    else errors.push(...result.errors);
  }
  return { sections, errors };
}
