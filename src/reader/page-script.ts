import { SCRIPT_ATTRIBUTE } from '../site/scripts.ts';

/**
 * Called by the search, which adds Kazakh text of its own (results, excerpts, messages): on a
 * Latin twin it is written in Latin too (latin-dom.ts, fetched only there). Quoting and "Save
 * for offline" show messages from data-* attributes, which the build already wrote in Latin.
 */
export function followPageScript(): void {
  if (document.documentElement.getAttribute(SCRIPT_ATTRIBUTE) !== 'latn') return;
  void import('./latin-dom.ts').then((module) => module.followLatin());
}
