import type { Lang } from '../i18n/ui.ts';
import { BASE, withBase } from './base.ts';

/** The site's URLs, built in one place so that the base path and /en/ prefix are never forgotten. */

export type Route =
  | { page: 'home' }
  | { page: 'interview'; interview: string }
  /** The whole-interview page's later sections, fetched after its first view (not indexed). */
  | { page: 'interview-rest'; interview: string }
  | { page: 'section'; interview: string; section: string }
  | { page: 'question'; interview: string; section: string; question: string }
  | { page: 'topics' }
  | { page: 'topic'; topic: string }
  | { page: 'search' }
  | { page: 'offline' };

function segments(route: Route): string[] {
  switch (route.page) {
    case 'home':
      return [];
    case 'interview':
      return [route.interview];
    case 'interview-rest':
      return ['rest', route.interview];
    case 'section':
      return [route.interview, route.section];
    case 'question':
      return [route.interview, route.section, route.question];
    case 'topics':
      return ['topics'];
    case 'topic':
      return ['topics', route.topic];
    case 'search':
      return ['search'];
    case 'offline':
      return ['offline'];
  }
}

/** The path of a page, with the base and a trailing slash, e.g. `/reader/en/topics/`. */
export function pathTo(lang: Lang, route: Route, base: string = BASE): string {
  const parts = segments(route);
  return interfacePath(lang, parts.length > 0 ? `${parts.join('/')}/` : '', base);
}

/**
 * A path of the Kazakh interface (`x/y/#z`, with or without a leading slash) as the same path
 * in `lang`'s interface under `base`: what search results, indexed once, link to.
 */
export function interfacePath(lang: Lang, path: string, base: string = BASE): string {
  return withBase(`${lang === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}`, base);
}
