import { SCRIPT_TWIN } from './scripts.ts';

/**
 * How a page's Latin twin is written (README, "Kazakh in the Latin script"): the rules that the
 * build (site/latin-page.ts) and the reader (text the search adds) share.
 */
export const LATIN_LANG = 'kk-Latn';
/** Text marked as Cyrillic on purpose keeps its script: the switch's own label, «Кирил». */
export const CYRILLIC_LANG = 'kk-Cyrl';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Cyrillic on this site is Kazakh: text with a Cyrillic letter is written in Latin. */
export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

/** Elements whose content is not text shown as such. */
export const NOT_TEXT = new Set(['script', 'style', 'template']);

/** Attributes whose value a reader hears or sees: labels, hints, and messages that scripts show. */
export const isTextAttribute = (name: string): boolean =>
  ['aria-label', 'title', 'placeholder', 'alt'].includes(name) || name.startsWith('data-');

/**
 * Attributes that may hold the address of a page, which leads to its twin on a twin: a link's,
 * and those scripts read (`data-later`, the copy-link and share addresses).
 */
export const isAddressAttribute = (element: string, name: string): boolean =>
  name === 'href' ? element === 'a' : name.startsWith('data-') && name !== SCRIPT_TWIN;

/** Whether text in an element of this language is Kazakh in Cyrillic (`kk`, not `kk-Cyrl`). */
export const isKazakhLang = (lang: string | null | undefined): boolean => /^kk$/i.test(lang ?? '');

const CYRILLIC_RUN =
  /[\p{Script=Cyrillic}\p{M}]+(?:[\s\u2010-\u2011-][\p{Script=Cyrillic}\p{M}]+)*/gu;

/**
 * The pieces of a text in another language (an English note that quotes «тиімді жобалар»), cut
 * around its Cyrillic words: only they are written in Latin, and the rest keeps its language.
 */
export function cyrillicRuns(text: string): { text: string; cyrillic: boolean }[] {
  const pieces: { text: string; cyrillic: boolean }[] = [];
  let at = 0;
  for (const run of text.matchAll(CYRILLIC_RUN)) {
    if (run.index > at) pieces.push({ text: text.slice(at, run.index), cyrillic: false });
    pieces.push({ text: run[0], cyrillic: true });
    at = run.index + run[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), cyrillic: false });
  return pieces;
}
