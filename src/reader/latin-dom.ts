// On a Latin twin, the Kazakh text that the search adds (results, excerpts, messages) is written
// in Latin as the build wrote the page (site/latin-page.ts), and its links to pages lead to the
// twins. Loaded only on Latin pages, when the search opens (page-script.ts).
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
} from '../site/kazakh-script.ts';
import { twinHref } from '../site/routes.ts';

const LEFT_ALONE = `[lang="${CYRILLIC_LANG}"], ${[...NOT_TEXT].join(', ')}`;

function latinText(text: Text): void {
  const lang = text.parentElement?.closest('[lang]')?.getAttribute('lang');
  if (isKazakhLang(lang)) {
    text.data = toLatin(text.data);
    return;
  }
  text.replaceWith(
    ...cyrillicRuns(text.data).map(({ text: piece, cyrillic }) => {
      if (!cyrillic) return piece;
      const span = document.createElement('span');
      span.lang = LATIN_LANG;
      span.append(toLatin(piece));
      return span;
    }),
  );
}

function latinElement(element: Element): void {
  if (isKazakhLang(element.getAttribute('lang'))) element.setAttribute('lang', LATIN_LANG);
  for (const { name, value } of [...element.attributes]) {
    const address = isAddressAttribute(element.localName, name);
    const twin = address ? twinHref(value) : null;
    if (twin) element.setAttribute(name, twin);
    else if (isTextAttribute(name) && hasCyrillic(value))
      element.setAttribute(name, toLatin(value));
  }
}

/** Writes what `root` holds in Latin, as the build does. */
export function latinise(root: Node): void {
  const parent = root instanceof Element ? root : root.parentElement;
  if (!parent || parent.closest(LEFT_ALONE)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(LEFT_ALONE)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node instanceof Text && hasCyrillic(node.data)) texts.push(node);
    else if (node instanceof Element) latinElement(node);
  }
  texts.forEach(latinText);
}

let following = false;

/** Writes the page in Latin, and from now on whatever scripts add to it or change in it. */
export function followLatin(): void {
  if (following) return;
  following = true;
  latinise(document.body);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach((node) => latinise(node));
      else if (record.type === 'characterData') latinise(record.target);
      else if (record.target instanceof Element) latinElement(record.target);
    }
    // What this callback just changed needs no second look.
    observer.takeRecords();
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
}
