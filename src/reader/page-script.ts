import { SCRIPT_ATTRIBUTE } from '../site/scripts.ts';

/**
 * Called by the code that adds text to a page (search, quoting, "Save for offline"): on a Latin
 * twin, the Kazakh text it adds is written in Latin too (latin-dom.ts, fetched only there).
 */
export function followPageScript(): void {
  if (document.documentElement.getAttribute(SCRIPT_ATTRIBUTE) !== 'latn') return;
  void import('./latin-dom.ts').then((module) => module.followLatin());
}
