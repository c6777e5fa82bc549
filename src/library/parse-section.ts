import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { FootnoteDefinition, Nodes, PhrasingContent, Root } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './content-error.ts';
import { ID_PATTERN } from './ids.ts';
import type { QuestionText, RenderedText } from './model.ts';

/** A question as read from its file: its text, with the id and line of its heading. */
export interface ParsedQuestion extends QuestionText {
  id: string;
  line: number;
}

export interface ParsedSectionFile {
  frontmatter: unknown;
  questions: ParsedQuestion[];
}

const HEADING_ID = /\s*\{#([^}\s]*)\}\s*$/u;
const PHRASING = new Set(['text', 'emphasis', 'strong', 'link', 'break', 'footnoteReference']);
const parser = unified().use(remarkParse).use(remarkGfm);

function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'break') return ' ';
      if ('children' in node) return plainText(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}

/**
 * Reads one section file: frontmatter, then `## question {#id}` headings each followed by
 * the answer's paragraphs; GFM footnotes are numbered per question and kept with it.
 * Anything else (lists, raw HTML, other headings) is an error, so text always stays text.
 */
export function parseSectionFile(source: string, file: string): ParsedSectionFile {
  const problems: string[] = [];
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) throw new ContentError(file, ['line 1: no frontmatter: start the file with ---']);
  const [block = '', yaml = ''] = match;
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(yaml);
  } catch (error) {
    throw new ContentError(file, [`frontmatter: ${(error as Error).message.split('\n')[0]}`]);
  }
  const offset = block.split('\n').length - 1;
  const body = source.replace(/\r\n?/g, '\n').slice(block.length);
  const tree = parser.parse(body) as Root;
  const lineOf = (node: Nodes): number => (node.position?.start.line ?? 1) + offset;

  const definitions = new Map<string, FootnoteDefinition>();
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node);
  }

  const questions: ParsedQuestion[] = [];
  let current: ParsedQuestion | null = null;

  const checkPhrasing = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      const undefinedNote = node.type === 'text' ? /\[\^[^\]\s]+\]/.exec(node.value) : null;
      if (undefinedNote) {
        // GFM reads a reference without a definition as plain text, so look for it here.
        problems.push(`line ${lineOf(node)}: footnote ${undefinedNote[0]} has no definition`);
      } else if (!PHRASING.has(node.type)) {
        problems.push(`line ${lineOf(node)}: ${node.type} is not allowed here; write plain text`);
      } else if (node.type === 'footnoteReference' && !definitions.has(node.identifier)) {
        problems.push(
          `line ${lineOf(node)}: footnote [^${node.label ?? node.identifier}] has no definition`,
        );
      } else if ('children' in node) {
        checkPhrasing(node.children);
      }
    }
  };

  const render = (
    nodes: PhrasingContent[],
    question: ParsedQuestion,
  ): RenderedText & { notes: number[] } => {
    checkPhrasing(nodes);
    const notes: number[] = [];
    const footnoteReference = (_state: State, node: { identifier: string }): ElementContent => {
      const definition = definitions.get(node.identifier);
      let note = question.notes.find((n) => n.label === node.identifier);
      if (!note && definition) {
        const content = definition.children.flatMap((child) =>
          child.type === 'paragraph' ? child.children : [],
        );
        checkPhrasing(content);
        const rendered = toHtml(toHast({ type: 'paragraph', children: content }));
        note = {
          number: question.notes.length + 1,
          label: node.identifier,
          html: rendered.replace(/^<p>|<\/p>$/g, ''),
          text: plainText(content),
        };
        question.notes.push(note);
      }
      const number = note?.number ?? 0;
      notes.push(number);
      return {
        type: 'element',
        tagName: 'sup',
        properties: { className: ['note-ref'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: {
              href: `#${question.id}-note-${number}`,
              id: `${question.id}-ref-${number}`,
            },
            children: [{ type: 'text', value: String(number) }],
          },
        ],
      };
    };
    const hast = toHast(
      { type: 'paragraph', children: nodes },
      { handlers: { footnoteReference } },
    );
    const html = toHtml(hast).replace(/^<p>|<\/p>$/g, '');
    return { html, text: plainText(nodes), notes };
  };

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const last = node.children.at(-1);
      const idMatch = last?.type === 'text' ? HEADING_ID.exec(last.value) : null;
      if (!idMatch) {
        problems.push(
          `line ${lineOf(node)}: question heading has no id: end it with {#question-id}`,
        );
      } else if (!ID_PATTERN.test(idMatch[1] ?? '')) {
        problems.push(
          `line ${lineOf(node)}: question id "${idMatch[1]}" must be ASCII lower-case words joined by hyphens`,
        );
      }
      // Without an id the heading is still read, so its paragraphs raise no further errors.
      const children: PhrasingContent[] =
        last?.type === 'text' && idMatch
          ? [...node.children.slice(0, -1), { ...last, value: last.value.slice(0, idMatch.index) }]
          : node.children;
      current = {
        id: idMatch?.[1] ?? '',
        line: lineOf(node),
        heading: { html: '', text: '' },
        paragraphs: [],
        notes: [],
      };
      const { html, text } = render(children, current);
      current.heading = { html, text };
      questions.push(current);
    } else if (node.type === 'paragraph') {
      if (!current) {
        problems.push(`line ${lineOf(node)}: paragraph before the first question heading`);
        continue;
      }
      const { html, text, notes } = render(node.children, current);
      current.paragraphs.push({ html, text, notes, line: lineOf(node) });
    } else if (node.type !== 'footnoteDefinition') {
      problems.push(
        `line ${lineOf(node)}: ${node.type === 'heading' ? `a level-${node.depth} heading` : node.type} is not allowed; a section holds "## question {#id}" headings and paragraphs`,
      );
    }
  }
  for (const question of questions) {
    if (question.paragraphs.length === 0) {
      problems.push(`line ${question.line}: question "${question.id}" has no answer paragraphs`);
    }
  }
  if (questions.length === 0 && problems.length === 0)
    problems.push('no questions: add "## question {#id}" headings');
  if (problems.length > 0) throw new ContentError(file, problems);
  return { frontmatter, questions };
}
