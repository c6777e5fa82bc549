import type { Segment } from '../shared/excerpt.ts';

/** An element with attributes and children; text is always added as text, never as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Excerpt segments as text nodes and <mark>s: the query and the content never become HTML. */
export const segmentNodes = (segments: Segment[]): Node[] =>
  segments.map(({ text, mark }) =>
    mark ? element('mark', {}, text) : document.createTextNode(text),
  );
