import type { Lang } from '../i18n/ui.ts';

/** The site's URLs, built in one place so that the base path and /en/ prefix are never forgotten. */

export type Route =
  | { page: 'home' }
  | { page: 'interview'; interview: string }
  | { page: 'section'; interview: string; section: string }
  | { page: 'topics' }
  | { page: 'topic'; topic: string }
  | { page: 'search' };

function segments(route: Route): string[] {
  switch (route.page) {
    case 'home':
      return [];
    case 'interview':
      return [route.interview];
    case 'section':
      return [route.interview, route.section];
    case 'topics':
      return ['topics'];
    case 'topic':
      return ['topics', route.topic];
    case 'search':
      return ['search'];
  }
}

/** The path of a page, with Astro's `base` and a trailing slash, e.g. `/reader/en/topics/`. */
export function pathTo(base: string, lang: Lang, route: Route): string {
  const parts = segments(route);
  return interfacePath(base, lang, parts.length > 0 ? `${parts.join('/')}/` : '');
}

/**
 * A path of the Kazakh interface (`x/y/#z`, with or without a leading slash) as the same path
 * in `lang`'s interface under `base`: what search results, indexed once, link to.
 */
export function interfacePath(base: string, lang: Lang, path: string): string {
  return `${base.replace(/\/?$/, '/')}${lang === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}`;
}

/** A path under `base` for a static file in `public/`, e.g. `fonts/x.woff2`. */
export function assetPath(base: string, file: string): string {
  return `${base.replace(/\/?$/, '/')}${file}`;
}
