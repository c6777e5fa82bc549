import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  alignInterviewGloss,
  type AlignedSection,
  type GlossSection,
  type KazakhSection,
} from './align-gloss.ts';
import { ContentError } from './content-error.ts';
import {
  describeIssues,
  glossFrontmatterSchema,
  interviewMetaSchema,
  sectionFrontmatterSchema,
  topicsSchema,
  type InterviewMeta,
  type Topics,
} from './content-schema.ts';
import { parseSectionFile } from './parse-section.ts';
import { ID_PATTERN } from './slug.ts';

export interface Interview {
  id: string;
  meta: InterviewMeta;
  /** In reading order. */
  sections: AlignedSection[];
}

export interface Library {
  topics: Topics;
  /** Newest first. */
  interviews: Interview[];
}

const display = (path: string): string => relative(process.cwd(), path) || path;

function readYaml(path: string): unknown {
  if (!existsSync(path)) throw new ContentError(display(path), ['file is missing']);
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(display(path), [
      (error as Error).message.split('\n')[0] ?? 'invalid YAML',
    ]);
  }
}

export function loadTopics(contentDir: string): Topics {
  const path = join(contentDir, 'topics.yaml');
  const parsed = topicsSchema.safeParse(readYaml(path) ?? {});
  if (!parsed.success) throw new ContentError(display(path), describeIssues(parsed.error));
  return parsed.data;
}

function readSections<F>(
  dir: string,
  schema: {
    safeParse(
      data: unknown,
    ): { success: true; data: F } | { success: false; error: import('zod').ZodError };
  },
  errors: ContentError[],
): { file: string; frontmatter: F; questions: KazakhSection['questions'] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const file = display(join(dir, name));
      try {
        const parsed = parseSectionFile(readFileSync(join(dir, name), 'utf8'), file);
        const frontmatter = schema.safeParse(parsed.frontmatter);
        if (!frontmatter.success) {
          throw new ContentError(
            file,
            describeIssues(frontmatter.error).map((m) => `frontmatter ${m}`),
          );
        }
        return [{ file, frontmatter: frontmatter.data, questions: parsed.questions }];
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        errors.push(error);
        return [];
      }
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

export function loadInterview(dir: string, topics: Topics): Interview {
  const id = dir.split(/[\\/]/).filter(Boolean).at(-1) ?? dir;
  const errors: ContentError[] = [];
  if (!ID_PATTERN.test(id)) {
    errors.push(
      new ContentError(display(dir), [
        'folder name must be an ASCII lower-case id, e.g. 2026-02-05-speaker-outlet',
      ]),
    );
  }
  let meta: InterviewMeta | undefined;
  try {
    const yamlPath = join(dir, 'interview.yaml');
    const parsed = interviewMetaSchema.safeParse(readYaml(yamlPath));
    if (parsed.success) meta = parsed.data;
    else errors.push(new ContentError(display(yamlPath), describeIssues(parsed.error)));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.push(error);
  }
  const sectionErrorsBefore = errors.length;
  const kk: KazakhSection[] = readSections(join(dir, 'kk'), sectionFrontmatterSchema, errors);
  const en: GlossSection[] = readSections(join(dir, 'en'), glossFrontmatterSchema, errors);
  if (kk.length === 0 && errors.length === 0) {
    errors.push(new ContentError(display(join(dir, 'kk')), ['no Kazakh section files (kk/*.md)']));
  }

  const problems = duplicateIds(kk);
  const orders = new Map<number, string>();
  for (const section of kk) {
    const first = orders.get(section.frontmatter.order);
    if (first)
      problems.push(
        `${section.file}: order ${section.frontmatter.order} is already used by ${first}`,
      );
    else orders.set(section.frontmatter.order, section.file);
    for (const topic of section.frontmatter.topics) {
      if (!(topic in topics)) {
        problems.push(
          `${section.file}: unknown topic "${topic}"; add it to content/topics.yaml or fix the id`,
        );
      }
    }
  }
  // Alignment is only meaningful once every section file has been read.
  const aligned =
    errors.length === sectionErrorsBefore
      ? alignInterviewGloss(kk, en)
      : { sections: [], errors: [] };
  problems.push(...aligned.errors);
  if (problems.length > 0) errors.push(new ContentError(display(dir), problems));
  if (errors.length > 0 || !meta) throw new AggregateContentError(errors);
  return { id, meta, sections: aligned.sections.sort((a, b) => a.order - b.order) };
}

/** Every content problem found, reported at once so an editor fixes them in one pass. */
export class AggregateContentError extends Error {
  readonly contentErrors: ContentError[];

  constructor(errors: ContentError[]) {
    super(`Content errors:\n${errors.map((error) => error.message).join('\n')}`);
    this.name = 'AggregateContentError';
    this.contentErrors = errors;
  }
}

/** Loads `topics.yaml` and every interview under `interviews/`, validated and aligned. */
export function loadLibrary(contentDir: string): Library {
  const errors: ContentError[] = [];
  let topics: Topics = {};
  try {
    topics = loadTopics(contentDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.push(error);
  }
  const root = join(contentDir, 'interviews');
  const dirs = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => join(root, entry.name))
        .sort()
    : [];
  const interviews: Interview[] = [];
  for (const dir of dirs) {
    try {
      interviews.push(loadInterview(dir, topics));
    } catch (error) {
      if (error instanceof AggregateContentError) errors.push(...error.contentErrors);
      else throw error;
    }
  }
  if (dirs.length === 0)
    errors.push(new ContentError(display(root), ['no interviews: run npm run import']));
  if (errors.length > 0) throw new AggregateContentError(errors);
  interviews.sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.id.localeCompare(b.id));
  return { topics, interviews };
}
