import type { Lang, SearchStrings } from '../../i18n/ui.ts';

/** The search's strings in the interface language: only that dictionary is fetched. */
export async function loadStrings(lang: Lang): Promise<SearchStrings> {
  const module = await (lang === 'en'
    ? import('../../i18n/en.search.ts')
    : import('../../i18n/kk.search.ts'));
  return module.searchUi;
}
