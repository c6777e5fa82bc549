/** An id is ASCII, lower-case and hyphenated, as used in URLs and anchors. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The top-level folders of the built site, which an interview's id (its folder's name, the first
 * segment of its pages' addresses) must not take: `en/` and `latn/` start the English and the
 * Latin pages, the others hold pages and files of the site's own.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  '_astro',
  'en',
  'fonts',
  'icons',
  'latn',
  'offline',
  'offline-data',
  'og',
  'pagefind',
  'rest',
  'schema',
  'scripts',
  'search',
  'search-index',
  'topics',
]);
