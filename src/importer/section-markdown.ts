import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';

export interface SectionDraft {
  frontmatter: Record<string, unknown>;
  questions: { id: string; text: string; paragraphs: string[] }[];
}

const stringifier = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' });

/**
 * Writes a section as Markdown: YAML frontmatter, then `## question {#id}` and one
 * paragraph per answer line. The Markdown serialiser escapes whatever the raw text holds
 * that Markdown would read as syntax (`*`, `<script>`, a leading `1.`), so text stays text.
 */
export function serializeSection(draft: SectionDraft): string {
  const children: RootContent[] = draft.questions.flatMap((question): RootContent[] => [
    {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: `${question.text} {#${question.id}}` }],
    },
    ...question.paragraphs.map((value): RootContent => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
    })),
  ]);
  const tree: Root = { type: 'root', children };
  const yaml = stringifyYaml(draft.frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${stringifier.stringify(tree)}`;
}
