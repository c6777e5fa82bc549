import render from 'dom-serializer';
import { Element, Text, type ChildNode } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { toLatin } from '../kazakh/transliterate.ts';
import {
  cyrillicRuns,
  CYRILLIC_LANG,
  hasCyrillic,
  isKazakhLang,
  isAddressAttribute,
  isTextAttribute,
  LATIN_LANG,
  NOT_TEXT,
} from './kazakh-script.ts';

export interface LatinPageOptions {
  /** The Latin twin of a link's target when it is a page of the site, else null. */
  twinOf: (href: string) => string | null;
}

/** Meta tags whose content a reader or a link preview shows. */
const SHOWN_META =
  /^(description|og:title|og:description|og:site_name|twitter:title|twitter:description)$/;
/** Elements that hold text only: their Cyrillic is written in Latin without marking it. */
const TEXT_ONLY = new Set(['title', 'option', 'textarea']);
/** The script switch's links: to the page in a given script, so never to a twin. */
const SCRIPT_LINK = /^kk-(Cyrl|Latn)$/;

/**
 * The Latin twin of a built page: the same HTML with every Kazakh text, and every attribute a
 * reader hears or sees, in the 2021 Latin alphabet (lang kk-Latn), and every link to a page of
 * the site leading to that page's twin (its <head> names its own addresses: BaseLayout). Entities stay as written: the transliteration changes
 * Cyrillic letters only, and an entity is never one.
 */
export function latinPage(html: string, options: LatinPageOptions): string {
  const document = parseDocument(html, { decodeEntities: false });
  visit(document.children, undefined, options);
  return render(document, { decodeEntities: false });
}

function visit(
  nodes: readonly ChildNode[],
  lang: string | undefined,
  options: LatinPageOptions,
): void {
  for (const node of [...nodes]) {
    if (node instanceof Text) {
      if (hasCyrillic(node.data)) latinText(node, isKazakhLang(lang));
    } else if (node instanceof Element) {
      const own = node.attribs['lang'];
      if (own === CYRILLIC_LANG) continue;
      if (isKazakhLang(own)) node.attribs['lang'] = LATIN_LANG;
      latinAttributes(node, options);
      if (NOT_TEXT.has(node.name)) continue;
      visit(node.children, TEXT_ONLY.has(node.name) ? 'kk' : (own ?? lang), options);
    }
  }
}

/** Kazakh text in Latin; in another language, its Cyrillic words only, marked kk-Latn. */
function latinText(node: Text, kazakh: boolean): void {
  if (kazakh) {
    node.data = toLatin(node.data);
    return;
  }
  const pieces = cyrillicRuns(node.data).map(({ text, cyrillic }): ChildNode =>
    cyrillic
      ? new Element('span', { lang: LATIN_LANG }, [new Text(toLatin(text))])
      : new Text(text),
  );
  for (const piece of pieces) DomUtils.prepend(node, piece);
  DomUtils.removeElement(node);
}

function latinAttributes(element: Element, options: LatinPageOptions): void {
  const { attribs } = element;
  const scriptLink = SCRIPT_LINK.test(attribs['hreflang'] ?? '');
  for (const [name, value] of Object.entries(attribs)) {
    const address = isAddressAttribute(element.name, name);
    const twin = address && !scriptLink ? options.twinOf(value) : null;
    if (twin) attribs[name] = twin;
    else if (isTextAttribute(name) && hasCyrillic(value)) attribs[name] = toLatin(value);
  }
  const shown = attribs['name'] ?? attribs['property'];
  if (element.name === 'meta' && shown && SHOWN_META.test(shown) && attribs['content']) {
    attribs['content'] = toLatin(attribs['content']);
  }
}
