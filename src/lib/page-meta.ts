import type { Lang } from '../i18n/ui.ts';
import { pathTo, type Route } from './routes.ts';

export interface PageMetaInput {
  site: URL;
  base: string;
  lang: Lang;
  route: Route;
}

export interface PageLinks {
  canonical: string;
  /** hreflang alternates, x-default (the Kazakh page) included. */
  alternates: { hreflang: string; href: string }[];
  /** The same page in the other interface. */
  otherLang: { lang: Lang; path: string };
}

/** Canonical and alternate URLs of a page: the same route in both interfaces. */
export function pageLinks({ site, base, lang, route }: PageMetaInput): PageLinks {
  const absolute = (l: Lang): string => new URL(pathTo(base, l, route), site).href;
  const other: Lang = lang === 'kk' ? 'en' : 'kk';
  return {
    canonical: absolute(lang),
    alternates: [
      { hreflang: 'kk', href: absolute('kk') },
      { hreflang: 'en', href: absolute('en') },
      { hreflang: 'x-default', href: absolute('kk') },
    ],
    otherLang: { lang: other, path: pathTo(base, other, route) },
  };
}

/** A meta description: the text cut at a word boundary to at most `max` characters. */
export function describe(text: string, max = 160): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
