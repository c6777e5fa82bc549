import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ZodType } from 'zod';
import { alignInterviewGloss, type GlossSection, type KazakhSection } from './align-gloss.ts';
import { AggregateContentError, ContentError } from './content-error.ts';
import { loadCorrections, type CorrectableQuestion } from './load-corrections.ts';
import { ID_PATTERN } from './ids.ts';
import type { Interview, InterviewMeta, Section } from './model.ts';
import { parseSectionFile } from './parse-section.ts';
import { collect, display, readYaml } from './read-files.ts';
import {
  describeIssues,
  glossFrontmatterSchema,
  interviewMetaSchema,
  sectionFrontmatterSchema,
} from './schema.ts';

/** Reads the section files of one language folder, in file-name order. */
function readSections<F>(
  dir: string,
  schema: ZodType<F>,
  errors: ContentError[],
): { file: string; frontmatter: F; questions: KazakhSection['questions'] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const file = display(join(dir, name));
      const section = collect(errors, () => {
        const parsed = parseSectionFile(readFileSync(join(dir, name), 'utf8'), file);
        const frontmatter = schema.safeParse(parsed.frontmatter);
        if (!frontmatter.success) {
          throw new ContentError(
            file,
            describeIssues(frontmatter.error).map((m) => `frontmatter ${m}`),
          );
        }
        return { file, frontmatter: frontmatter.data, questions: parsed.questions };
      });
      return section ? [section] : [];
    });
}

/** Finds ids used twice in one interview: sections, questions and paragraph anchors share a page. */
function duplicateIds(sections: KazakhSection[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const claim = (id: string, where: string): void => {
    const first = seen.get(id);
    if (first) problems.push(`${where}: id "${id}" is already used by ${first}`);
    else seen.set(id, where);
  };
  for (const section of sections) {
    claim(section.frontmatter.id, `section ${section.file}`);
    for (const question of section.questions) {
      claim(question.id, `question on ${section.file} line ${question.line}`);
      question.paragraphs.forEach((p, i) =>
        claim(`${question.id}-${i + 1}`, `paragraph anchor on ${section.file} line ${p.line}`),
      );
    }
  }
  return problems;
}

/** Section orders used twice, and topics that topics.yaml does not define. */
function sectionProblems(sections: KazakhSection[], topicIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const orders = new Map<number, string>();
  for (const section of sections) {
    const first = orders.get(section.frontmatter.order);
    if (first) {
      problems.push(
        `${section.file}: order ${section.frontmatter.order} is already used by ${first}`,
      );
    } else {
      orders.set(section.frontmatter.order, section.file);
    }
    for (const topic of section.frontmatter.topics) {
      if (!topicIds.has(topic)) {
        problems.push(
          `${section.file}: unknown topic "${topic}"; add it to content/topics.yaml or fix the id`,
        );
      }
    }
  }
  return problems;
}

/** Every question of the Kazakh sections in reading order, and whether its gloss aligned. */
function correctable(kk: KazakhSection[], aligned: Section[]): CorrectableQuestion[] {
  const glossed = new Map(
    aligned.flatMap((section) => section.questions.map((q) => [q.id, Boolean(q.en)] as const)),
  );
  return [...kk]
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order)
    .flatMap((section) => section.questions.map(({ id }) => ({ id, glossed: glossed.get(id) })));
}

/**
 * Reads one interview folder: `interview.yaml`, the Kazakh sections and their English gloss,
 * validated and aligned, and its corrections log. Throws an AggregateContentError listing every problem found.
 */
export function loadInterview(dir: string, topicIds: ReadonlySet<string>): Interview {
  const id = basename(dir);
  const errors: ContentError[] = [];
  if (!ID_PATTERN.test(id)) {
    errors.push(
      new ContentError(display(dir), [
        'folder name must be an ASCII lower-case id, e.g. 2026-02-05-speaker-outlet',
      ]),
    );
  }
  const meta = collect(errors, (): InterviewMeta | undefined => {
    const yamlPath = join(dir, 'interview.yaml');
    const parsed = interviewMetaSchema.safeParse(readYaml(yamlPath));
    if (parsed.success) return parsed.data;
    throw new ContentError(display(yamlPath), describeIssues(parsed.error));
  });
  const sectionErrorsBefore = errors.length;
  const kk: KazakhSection[] = readSections(join(dir, 'kk'), sectionFrontmatterSchema, errors);
  const en: GlossSection[] = readSections(join(dir, 'en'), glossFrontmatterSchema, errors);
  const sectionsRead = errors.length === sectionErrorsBefore;
  if (kk.length === 0 && errors.length === 0) {
    errors.push(new ContentError(display(join(dir, 'kk')), ['no Kazakh section files (kk/*.md)']));
  }
  const problems = [...duplicateIds(kk), ...sectionProblems(kk, topicIds)];
  // Alignment and corrections are only meaningful once every section file has been read.
  const aligned = sectionsRead ? alignInterviewGloss(kk, en) : { sections: [], errors: [] };
  problems.push(...aligned.errors);
  if (problems.length > 0) errors.push(new ContentError(display(dir), problems));
  const sections = aligned.sections.sort((a, b) => a.order - b.order);
  const corrections = sectionsRead
    ? collect(errors, () =>
        loadCorrections(join(dir, 'corrections.yaml'), correctable(kk, sections), meta?.date),
      )
    : [];
  if (errors.length > 0 || !meta || !corrections) throw new AggregateContentError(errors);
  return { id, meta, sections, corrections };
}
