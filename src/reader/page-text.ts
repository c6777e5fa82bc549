/**
 * A page's text as text fragment matching sees it (text-fragment.ts): block elements start a
 * new line, so that no term runs from one block into the next. Hidden text is kept: finding
 * more occurrences than the browser does only makes a link longer, never wrong.
 */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export interface PageText {
  text: string;
  /** Where each of the elements asked for starts in `text`. */
  at: Map<Element, number>;
}

export function pageText(root: Element, marks: readonly Element[] = []): PageText {
  const wanted = new Set(marks);
  const at = new Map<Element, number>();
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node as Text).data.replace(/\s/g, ' ');
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.tagName)) return;
    const block = BLOCKS.has(node.tagName);
    if (block) text += '\n';
    if (wanted.has(node)) at.set(node, text.length);
    for (const child of node.childNodes) walk(child);
    if (block) text += '\n';
  };
  walk(root);
  return { text, at };
}

/** How many characters of the element's text come before (node, offset), kept inside it. */
export function offsetIn(element: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  if (element.contains(node)) range.setEnd(node, offset);
  else if (element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)
    range.collapse(true);
  return range.toString().length;
}
