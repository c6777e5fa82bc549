import type { Lang } from '../i18n/ui.ts';

/** The language's version of a text, or the Kazakh source where there is no English one. */
export function inLang<T>(value: { kk: T; en?: T | undefined }, lang: Lang): T {
  return value[lang] ?? value.kk;
}
