import type { Lang } from '../i18n/ui.ts';
import { withBase } from '../site/base.ts';
import { interfacePath } from '../site/routes.ts';

/** Where the feeds and data files are, under the base path (pages link to them). */

/** Each interface's Atom feed: `/feed.xml`, `/en/feed.xml`. */
export const feedPath = (lang: Lang, base?: string): string =>
  interfacePath(lang, 'feed.xml', base);

/** The interview JSON's schema, with its major version in the name. */
export const SCHEMA_PATH = 'schema/interview.v1.json';

/** The file name of an interview's plain text in one language. */
export const plainTextFile = (interview: string, lang: Lang): string => `${interview}.${lang}.txt`;

/** An interview's data files: `/<interview>/interview.json` and its plain text per language. */
export const dataFiles = (interview: string, base?: string) => ({
  json: withBase(`${interview}/interview.json`, base),
  text: {
    kk: withBase(`${interview}/${plainTextFile(interview, 'kk')}`, base),
    en: withBase(`${interview}/${plainTextFile(interview, 'en')}`, base),
  },
});

/** Astro's `site` (SITE, see astro.config.mjs): absolute URLs in data files need it. */
export function siteOf(site: URL | undefined): URL {
  if (!site)
    throw new Error('`site` is not set in astro.config.mjs: data files need absolute URLs');
  return site;
}
