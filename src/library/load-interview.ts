import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ZodType } from 'zod';
import type { Lang } from '../i18n/ui.ts';
import { PAGE_ID_OWNERS, qaIds, sectionHeadingId } from '../site/anchors.ts';
import { alignInterviewGloss, type GlossSection, type KazakhSection } from './align-gloss.ts';
import { AggregateContentError, ContentError } from './content-error.ts';
import { loadCorrections, type CorrectableQuestion } from './load-corrections.ts';
import { ID_PATTERN, RESERVED_IDS } from './ids.ts';
import type { Interview, InterviewMeta, Section } from './model.ts';
import { parseSectionFile, type ParsedQuestion } from './parse-section.ts';
import { collect, display, readYaml } from './read-files.ts';
import {
  describeIssues,
  glossFrontmatterSchema,
  interviewMetaSchema,
  sectionFrontmatterSchema,
} from './schema.ts';

/** Reads the section files of one language folder (`kk/` or `en/`), in file-name order. */
function readSections<F>(
  interviewDir: string,
  lang: Lang,
  schema: ZodType<F>,
  errors: ContentError[],
): { file: string; frontmatter: F; questions: KazakhSection['questions'] }[] {
  const dir = join(interviewDir, lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const file = display(join(dir, name));
      const section = collect(errors, () => {
        const parsed = parseSectionFile(readFileSync(join(dir, name), 'utf8'), file, lang);
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

const LANGUAGE = { kk: 'Kazakh', en: 'English' } as const;

/**
 * Finds ids used twice on the pages of one interview: the page's own ids, then per section
 * its id and heading, per question its id and every id derived from it (heading, paragraph
 * anchors, the notes of each language and their references). A question whose id is taken
 * is reported once: its derived ids would clash the same way.
 */
function duplicateIds(kk: KazakhSection[], en: GlossSection[]): string[] {
  const seen = new Map<string, string>(
    Object.entries(PAGE_ID_OWNERS).map(([id, owner]) => [id, `${owner}, which every page has`]),
  );
  const problems: string[] = [];
  const claim = (id: string, where: string): boolean => {
    const first = seen.get(id);
    if (first) problems.push(`${where}: id "${id}" is already used by ${first}`);
    else seen.set(id, where);
    return !first;
  };
  const claimNotes = (lang: Lang, question: ParsedQuestion, file: string): void => {
    if (question.notes.length === 0) return;
    const ids = qaIds(question.id);
    const of = `question "${question.id}" on ${file} line ${question.line}`;
    claim(ids.notes(lang), `the ${LANGUAGE[lang]} notes of ${of}`);
    for (const { number } of question.notes) {
      claim(ids.note(lang, number), `${LANGUAGE[lang]} note ${number} of ${of}`);
      claim(ids.ref(lang, number), `the reference to ${LANGUAGE[lang]} note ${number} of ${of}`);
    }
  };
  const glossById = new Map(en.map((section) => [section.frontmatter.id, section]));
  for (const section of kk) {
    claim(section.frontmatter.id, `section ${section.file}`);
    claim(sectionHeadingId(section.frontmatter.id), `the heading of section ${section.file}`);
    const gloss = glossById.get(section.frontmatter.id);
    for (const question of section.questions) {
      const at = `${section.file} line ${question.line}`;
      if (!claim(question.id, `question on ${at}`)) continue;
      const ids = qaIds(question.id);
      claim(ids.title, `the heading of question "${question.id}" on ${at}`);
      question.paragraphs.forEach((p, i) =>
        claim(ids.paragraph(i + 1), `paragraph anchor on ${section.file} line ${p.line}`),
      );
      claimNotes('kk', question, section.file);
      const glossQuestion = gloss?.questions.find((q) => q.id === question.id);
      if (gloss && glossQuestion) claimNotes('en', glossQuestion, gloss.file);
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
  } else if (RESERVED_IDS.has(id)) {
    errors.push(
      new ContentError(display(dir), [
        `folder name "${id}" is a folder of the site's own; name it by date, speaker and outlet, e.g. 2026-02-05-speaker-outlet`,
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
  const kk: KazakhSection[] = readSections(dir, 'kk', sectionFrontmatterSchema, errors);
  const en: GlossSection[] = readSections(dir, 'en', glossFrontmatterSchema, errors);
  const sectionsRead = errors.length === sectionErrorsBefore;
  if (kk.length === 0 && errors.length === 0) {
    errors.push(new ContentError(display(join(dir, 'kk')), ['no Kazakh section files (kk/*.md)']));
  }
  const problems = [...duplicateIds(kk, en), ...sectionProblems(kk, topicIds)];
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
