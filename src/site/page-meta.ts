import { otherLang, type Lang } from '../i18n/index.ts';
import { inScript, pathTo, type Route } from './routes.ts';
import type { Script } from './scripts.ts';

export interface PageLinks {
  canonical: string;
  /** hreflang alternates, x-default (the Kazakh page) included. */
  alternates: { hreflang: string; href: string }[];
  /** The same page in the other interface. */
  otherLang: { lang: Lang; path: string };
}

/**
 * Canonical and alternate URLs of a page: the same route in both interfaces, and the Kazakh
 * interface's Latin twin. A twin in the English interface changes only the script of its Kazakh
 * column: its canonical page is the Cyrillic one.
 */
export function pageLinks(
  site: URL,
  lang: Lang,
  route: Route,
  base?: string,
  script: Script = 'cyrl',
): PageLinks {
  const absolute = (l: Lang, s: Script = 'cyrl'): string =>
    new URL(inScript(pathTo(l, route, base), s, base), site).href;
  const other = otherLang(lang);
  return {
    canonical: absolute(lang, lang === 'kk' ? script : 'cyrl'),
    alternates: [
      { hreflang: 'kk', href: absolute('kk') },
      { hreflang: 'kk-Latn', href: absolute('kk', 'latn') },
      { hreflang: 'en', href: absolute('en') },
      { hreflang: 'x-default', href: absolute('kk') },
    ],
    otherLang: { lang: other, path: pathTo(other, route, base) },
  };
}
