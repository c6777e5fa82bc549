import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The committed Markdown of an interview read with nothing but string handling, independently
 * of the site's parser: per section and language, each question (its `{#id}` and text) and its
 * paragraphs with footnote references removed, and the footnotes by label. Enough for the
 * seed's plain Markdown (no emphasis or escapes), which is what the tests compare against.
 */
export interface MarkdownQuestion {
  id: string;
  text: string;
  paragraphs: string[];
}

export interface MarkdownSection {
  id: string;
  questions: MarkdownQuestion[];
  notes: Record<string, string>;
}

const withoutRefs = (text: string): string => text.replace(/\[\^[^\]]+\]/g, '');

function readSection(file: string): MarkdownSection {
  const [, frontmatter = '', body = ''] = readFileSync(file, 'utf8').split(/^---$/m);
  const id = /^id: (.+)$/m.exec(frontmatter)?.[1]?.trim() ?? '';
  const section: MarkdownSection = { id, questions: [], notes: {} };
  for (const block of body.split(/\n\s*\n/).map((b) => b.trim().replace(/\s*\n\s*/g, ' '))) {
    if (!block) continue;
    const heading = /^## (.+) \{#([a-z0-9-]+)\}$/.exec(block);
    const note = /^\[\^([^\]]+)\]: (.+)$/.exec(block);
    if (heading?.[1] && heading[2]) {
      section.questions.push({ id: heading[2], text: withoutRefs(heading[1]), paragraphs: [] });
    } else if (note?.[1] && note[2]) {
      section.notes[note[1]] = note[2];
    } else {
      section.questions.at(-1)?.paragraphs.push(withoutRefs(block));
    }
  }
  return section;
}

/** Every section file of the interview folder in one language, in file order. */
export function readMarkdownSections(interviewDir: string, lang: 'kk' | 'en'): MarkdownSection[] {
  const dir = join(interviewDir, lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readSection(join(dir, name)));
}
