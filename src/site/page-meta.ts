import { otherLang, type Lang } from '../i18n/index.ts';
import { pathTo, type Route } from './routes.ts';

export interface PageLinks {
  canonical: string;
  /** hreflang alternates, x-default (the Kazakh page) included. */
  alternates: { hreflang: string; href: string }[];
  /** The same page in the other interface. */
  otherLang: { lang: Lang; path: string };
}

/** Canonical and alternate URLs of a page: the same route in both interfaces. */
export function pageLinks(site: URL, lang: Lang, route: Route, base?: string): PageLinks {
  const absolute = (l: Lang): string => new URL(pathTo(l, route, base), site).href;
  const other = otherLang(lang);
  return {
    canonical: absolute(lang),
    alternates: [
      { hreflang: 'kk', href: absolute('kk') },
      { hreflang: 'en', href: absolute('en') },
      { hreflang: 'x-default', href: absolute('kk') },
    ],
    otherLang: { lang: other, path: pathTo(other, route, base) },
  };
}
