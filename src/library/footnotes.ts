import type { ElementContent } from 'hast';
import type { FootnoteDefinition, Nodes, PhrasingContent, Root } from 'mdast';

const BLOCK_NAMES: Record<string, string> = {
  list: 'a list',
  html: 'an HTML block',
  blockquote: 'a quotation',
  code: 'a code block',
  heading: 'a heading',
  table: 'a table',
  thematicBreak: 'a rule',
};

/** What a footnote definition holds besides one paragraph, for the message that refuses it. */
function extraBlocks(definition: FootnoteDefinition): string {
  const other = definition.children.find((child) => child.type !== 'paragraph');
  if (other) return BLOCK_NAMES[other.type] ?? other.type;
  return definition.children.length === 0 ? 'nothing' : `${definition.children.length} paragraphs`;
}

export interface FootnoteDefinitions {
  /** Every label defined, usable or not, so that a reference to it is not reported again. */
  labels: ReadonlySet<string>;
  /** The text of each note that is one paragraph, by label. */
  text: ReadonlyMap<string, PhrasingContent[]>;
}

/**
 * The footnote definitions of a section body, each checked whether referred to or not. A note
 * is one paragraph of text, rendered inline after its number: a list, a second paragraph or a
 * block of HTML would be dropped or glued to it, so they are refused with the line.
 */
export function readFootnoteDefinitions(
  tree: Root,
  lineOf: (node: Nodes) => number,
  problems: string[],
): FootnoteDefinitions {
  const labels = new Set<string>();
  const text = new Map<string, PhrasingContent[]>();
  for (const node of tree.children) {
    if (node.type !== 'footnoteDefinition') continue;
    labels.add(node.identifier);
    const [paragraph] = node.children;
    if (node.children.length === 1 && paragraph?.type === 'paragraph') {
      text.set(node.identifier, paragraph.children);
    } else {
      problems.push(
        `line ${lineOf(node)}: footnote [^${node.label ?? node.identifier}] holds ${extraBlocks(node)}; a note is one paragraph of text: write it as one paragraph, or as several notes`,
      );
    }
  }
  return { labels, text };
}

/** A reference to note `number`: a superscript link to the note; `id` is the back-link's target. */
export const footnoteReference = (number: number, href: string, id?: string): ElementContent => ({
  type: 'element',
  tagName: 'sup',
  properties: { className: ['note-ref'] },
  children: [
    {
      type: 'element',
      tagName: 'a',
      properties: { href, ...(id ? { id } : {}) },
      children: [{ type: 'text', value: String(number) }],
    },
  ],
});
