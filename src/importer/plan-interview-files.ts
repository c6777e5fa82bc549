import { stringify as stringifyYaml } from 'yaml';
import { ImportError } from './import-error.ts';
import type { RawInterview } from './parse-raw-interview.ts';
import { serializeSection } from './section-markdown.ts';
import { ID_PATTERN } from '../library/ids.ts';
import { PAGE_IDS, qaIds, sectionHeadingId } from '../site/anchors.ts';
import { proposeSlug } from './slug.ts';

export interface PlannedFile {
  /** Path relative to the interview's folder, with forward slashes. */
  path: string;
  content: string | Uint8Array;
}

export interface InterviewPlan {
  id: string;
  files: PlannedFile[];
}

/**
 * Hands out ids unique across the interview, including the ids derived from them (question
 * headings, `<question-id>-<n>` paragraph anchors, section headings) and the page's own ids,
 * since all of them share one page, as the build checks; a clash gets the next free `-2`, ...
 */
class IdRegistry {
  private readonly used = new Set<string>(Object.values(PAGE_IDS));

  claim(base: string, fallback: string, derived: (id: string) => string[]): string {
    const stem = base || fallback;
    for (let n = 1; ; n++) {
      const id = n === 1 ? stem : `${stem}-${n}`;
      const anchors = [id, ...derived(id)];
      if (anchors.every((anchor) => !this.used.has(anchor))) {
        anchors.forEach((anchor) => this.used.add(anchor));
        return id;
      }
    }
  }
}

const questionAnchors = (paragraphs: number) => (id: string) => {
  const ids = qaIds(id);
  return [ids.title, ...Array.from({ length: paragraphs }, (_, i) => ids.paragraph(i + 1))];
};

/**
 * Plans the files of an imported interview: `source.txt`, `interview.yaml` and one
 * `kk/NN-<section-id>.md` per section, with proposed ASCII ids an editor may change.
 */
export function planInterviewFiles(
  raw: RawInterview,
  source: Uint8Array,
  options: { id?: string } = {},
): InterviewPlan {
  const id = options.id ?? `${raw.date}-${proposeSlug(raw.title, 4)}`;
  if (!ID_PATTERN.test(id)) {
    throw new ImportError(
      `the interview id '${id}' is not ASCII lower-case words joined by hyphens; pass --id`,
    );
  }
  const ids = new IdRegistry();
  const width = Math.max(2, String(raw.sections.length).length);

  // Questions claim their ids first: they are what readers share, so they keep the clean ones.
  const questionIds = raw.sections.map((section, index) =>
    section.questions.map((question, qIndex) =>
      ids.claim(
        proposeSlug(question.text, 4),
        `section-${index + 1}-q${qIndex + 1}`,
        questionAnchors(question.paragraphs.length),
      ),
    ),
  );
  const sections = raw.sections.map((section, index) => {
    const editorial = section.heading === null;
    // A first group of questions with no heading gets its first question as a working title.
    const title = section.heading ?? proposeTitle(section.questions[0]?.text ?? '');
    const sectionId = ids.claim(proposeSlug(title, 4), `section-${index + 1}`, (id) => [
      sectionHeadingId(id),
    ]);
    const questions = section.questions.map((question, qIndex) => ({
      id: questionIds[index]?.[qIndex] ?? '',
      text: question.text,
      paragraphs: question.paragraphs.map((paragraph) => paragraph.text),
    }));
    const frontmatter = {
      id: sectionId,
      order: index + 1,
      title,
      ...(editorial ? { editorial: true } : {}),
      topics: [],
    };
    return {
      path: `kk/${String(index + 1).padStart(width, '0')}-${sectionId}.md`,
      content: serializeSection({ frontmatter, questions }),
    };
  });

  const meta = {
    title: { kk: raw.title },
    date: raw.date,
    speaker: { kk: '' },
    outlet: '',
    source: '',
    lede: { kk: raw.lede },
  };
  const yaml = `# Imported from source.txt. Fill in speaker, outlet and source before building.\n${stringifyYaml(meta, { lineWidth: 0 })}`;
  return {
    id,
    files: [
      { path: 'source.txt', content: source },
      { path: 'interview.yaml', content: yaml },
      ...sections,
    ],
  };
}

function proposeTitle(question: string): string {
  const words = question.split(' ');
  const short = words
    .slice(0, 6)
    .join(' ')
    .replace(/[.,;:?!]+$/u, '');
  return words.length > 6 ? `${short}…` : short;
}
