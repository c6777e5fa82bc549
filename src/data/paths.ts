import { LANGS, type Lang } from '../i18n/index.ts';

/** Route params for both interfaces: Kazakh at the root (no segment), English under /en/. */
export function langParams(): { lang: Lang; param: string | undefined }[] {
  return LANGS.map((lang) => ({ lang, param: lang === 'kk' ? undefined : lang }));
}
