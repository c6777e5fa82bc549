import { en } from './en.ts';
import { kk } from './kk.ts';
import type { Lang, UiStrings } from './ui.ts';

const dictionaries: Record<Lang, UiStrings> = { kk, en };

export function strings(lang: Lang): UiStrings {
  return dictionaries[lang];
}

export { LANGS, otherLang, SCRIPT_NAMES, type Lang, type UiStrings } from './ui.ts';
