import type { Lang } from '../i18n/ui.ts';
import { BASE, normaliseBase, withBase } from './base.ts';
import type { Script } from './scripts.ts';

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

/** The segment after an interface's prefix under which its pages' Latin twins live. */
const LATIN_SEGMENT = 'latn';

/** A page's path without the base, split into its interface prefix, script and the rest. */
function splitPath(path: string, base: string): { prefix: string; script: Script; rest: string } {
  const root = normaliseBase(base);
  const inside = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  const [, prefix = '', latin, rest = ''] = /^(en\/)?(latn\/)?(.*)$/s.exec(inside) ?? [];
  return { prefix, script: latin ? 'latn' : 'cyrl', rest };
}

/** The script of a page by its path: its Latin twins live under `latn/` (`/latn/…`, `/en/latn/…`). */
export const scriptOf = (path: string, base: string = BASE): Script => splitPath(path, base).script;

/** The same page in `script`: `/reader/en/x/` ↔ `/reader/en/latn/x/`. */
export function inScript(path: string, script: Script, base: string = BASE): string {
  const { prefix, rest } = splitPath(path, base);
  return withBase(`${prefix}${script === 'latn' ? `${LATIN_SEGMENT}/` : ''}${rest}`, base);
}

/**
 * A link as it reads on a Latin twin: a link to a page of the site (a path under the base ending
 * in "/", with its query and hash) leads to the page's twin; null for anything else.
 */
export function twinHref(href: string, base: string = BASE): string | null {
  const [, path = '', after = ''] = /^([^?#]*)(.*)$/s.exec(href) ?? [];
  if (!path.startsWith(normaliseBase(base)) || !path.endsWith('/')) return null;
  return inScript(path, 'latn', base) + after;
}
