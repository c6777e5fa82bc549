import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../i18n/ui.ts';
import { qaIds } from '../site/anchors.ts';
import { hasVisibleText } from '../site/text.ts';
import { ContentError } from './content-error.ts';
import { footnoteReference, readFootnoteDefinitions } from './footnotes.ts';
import { ID_PATTERN } from './ids.ts';
import { isAllowedLink } from './links.ts';
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
/** `[^label]` as written, not escaped: an even number of backslashes (or none) before it. */
const UNESCAPED_NOTE = /(?:^|[^\\])(?:\\\\)*(\[\^[^\]\s]+\])/u;
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

const inlineHtml = (nodes: PhrasingContent[], options?: Parameters<typeof toHast>[1]): string =>
  toHtml(toHast({ type: 'paragraph', children: nodes }, options)).replace(/^<p>|<\/p>$/g, '');

/**
 * Reads one section file of language `lang`: frontmatter, then `## question {#id}` headings
 * each followed by the answer's paragraphs; GFM footnotes are numbered per question and kept
 * with it. Anything else (lists, raw HTML, other headings, links that are not http, https,
 * mailto or relative) is an error, so text always stays text and no script reaches a page.
 */
export function parseSectionFile(source: string, file: string, lang: Lang): ParsedSectionFile {
  const problems: string[] = [];
  // A byte order mark is accepted, as the importer and the YAML files accept it.
  const text = source.replace(/^\uFEFF/u, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) throw new ContentError(file, ['line 1: no frontmatter: start the file with ---']);
  const [block = '', yaml = ''] = match;
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(yaml);
  } catch (error) {
    throw new ContentError(file, [`frontmatter: ${(error as Error).message.split('\n')[0]}`]);
  }
  const offset = block.split('\n').length - 1;
  const body = text.slice(block.length);
  const tree = parser.parse(body) as Root;
  const lineOf = (node: Nodes): number => (node.position?.start.line ?? 1) + offset;
  const written = (node: Nodes): string =>
    body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  const definitions = readFootnoteDefinitions(tree, lineOf, problems);

  const checkPhrasing = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      // GFM reads a reference without a definition as text; an escaped one is meant as text.
      const undefinedNote = node.type === 'text' ? UNESCAPED_NOTE.exec(written(node)) : null;
      if (undefinedNote) {
        problems.push(`line ${lineOf(node)}: footnote ${undefinedNote[1]} has no definition`);
      } else if (!PHRASING.has(node.type)) {
        problems.push(`line ${lineOf(node)}: ${node.type} is not allowed here; write plain text`);
      } else if (node.type === 'footnoteReference' && !definitions.labels.has(node.identifier)) {
        problems.push(
          `line ${lineOf(node)}: footnote [^${node.label ?? node.identifier}] has no definition`,
        );
      } else if (node.type === 'link' && !isAllowedLink(node.url)) {
        problems.push(
          `line ${lineOf(node)}: link to "${node.url}" is not allowed: use an http, https or mailto address, or a relative link`,
        );
      } else if ('children' in node) {
        checkPhrasing(node.children);
      }
    }
  };

  for (const content of definitions.text.values()) checkPhrasing(content);

  const render = (
    nodes: PhrasingContent[],
    question: ParsedQuestion,
  ): RenderedText & { notes: number[] } => {
    checkPhrasing(nodes);
    const ids = qaIds(question.id);
    const notes: number[] = [];
    const reference = (_state: State, node: { identifier: string }): ElementContent => {
      let note = question.notes.find((n) => n.label === node.identifier);
      // Only the first reference to a note carries the id its back-link returns to.
      const first = !note;
      if (!note) {
        const content = definitions.text.get(node.identifier) ?? [];
        note = {
          number: question.notes.length + 1,
          label: node.identifier,
          html: inlineHtml(content),
          text: plainText(content),
        };
        question.notes.push(note);
      }
      notes.push(note.number);
      return footnoteReference(
        note.number,
        `#${ids.note(lang, note.number)}`,
        first ? ids.ref(lang, note.number) : undefined,
      );
    };
    const html = inlineHtml(nodes, { handlers: { footnoteReference: reference } });
    return { html, text: plainText(nodes), notes };
  };

  const questions: ParsedQuestion[] = [];
  let current: ParsedQuestion | null = null;
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
      if (!hasVisibleText(text)) {
        problems.push(
          `line ${lineOf(node)}: question heading has no visible text; write the question`,
        );
      }
      current.heading = { html, text };
      questions.push(current);
    } else if (node.type === 'paragraph') {
      if (!current) {
        problems.push(`line ${lineOf(node)}: paragraph before the first question heading`);
        continue;
      }
      const { html, text, notes } = render(node.children, current);
      if (!hasVisibleText(text)) {
        problems.push(
          `line ${lineOf(node)}: paragraph has no visible text (only invisible characters such as U+200B); delete it`,
        );
      }
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
  // In file order: footnote definitions are checked first but sit at the end.
  const line = (problem: string): number => Number(/^line (\d+)/.exec(problem)?.[1] ?? 0);
  if (problems.length > 0)
    throw new ContentError(
      file,
      problems.sort((a, b) => line(a) - line(b)),
    );
  return { frontmatter, questions };
}
