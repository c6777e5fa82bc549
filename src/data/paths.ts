import { LANGS, type Lang } from '../i18n/index.ts';

/** Route params for both interfaces: Kazakh at the root (no segment), English under /en/. */
export function langParams(): { lang: Lang; param: string | undefined }[] {
  return LANGS.map((lang) => ({ lang, param: lang === 'kk' ? undefined : lang }));
}

/** Static paths of a page that exists once per interface and takes only `lang`. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return langParams().map(({ lang, param }) => ({ params: { lang: param }, props: { lang } }));
}
