import { createHash } from 'node:crypto';
import { LANGS } from '../../i18n/index.ts';
import type { Library } from '../../library/model.ts';
import { inLang } from '../../site/bilingual.ts';
import { withBase } from '../../site/base.ts';
import { inScript, pathTo } from '../../site/routes.ts';
import { SCRIPTS } from '../../site/scripts.ts';
import { manifestPath } from '../../site/web-app.ts';
import { lowerBound } from '../../search/shared/sorted.ts';
import { SEARCH_FILES, SEARCH_FOLDERS, SEARCH_ROOTS } from '../../search/shared/types.ts';
import type { SaveList, SearchList } from '../shared/caches.ts';

/** The built site as the worker sees it: each file's URL (pages end in `/`) and size. */
export type SiteFiles = Map<string, number>;

/**
 * The build id: a digest of every file's URL and bytes and of the worker's own code, so that
 * any change to the site gives a new worker with new caches.
 */
export function buildId(
  files: Iterable<{ url: string; bytes: Uint8Array }>,
  worker: string,
): string {
  const hash = createHash('sha256').update(worker);
  for (const { url, bytes } of files) hash.update(`\0${url}\0`).update(bytes);
  return hash.digest('hex').slice(0, 12);
}

/** The site's URLs in order, where those under a prefix stand together. */
const sortedUrls = (files: SiteFiles): string[] => [...files.keys()].sort();

/**
 * The URLs under a prefix, in order: found by binary search, as the lists ask for a few prefixes
 * per interview among every file of the site (scanning them all took 4 minutes at 1,000
 * interviews).
 */
function under(urls: readonly string[], prefix: string): string[] {
  const start = lowerBound(urls, prefix);
  let end = start;
  while (urls[end]?.startsWith(prefix)) end++;
  return urls.slice(start, end);
}

/**
 * What the worker precaches at install, whatever the reader saves: the offline pages, the
 * hashed CSS, JS (the search's too) and font, the preferences script and the manifests. The
 * app icons are left to the browser, which fetches them when it needs them.
 */
export function shellFiles(files: SiteFiles, base: string): string[] {
  const urls = sortedUrls(files);
  return [
    ...LANGS.map((lang) => pathTo(lang, { page: 'offline' }, base)),
    ...LANGS.map((lang) => manifestPath(lang, base)),
    ...under(urls, withBase('_astro/', base)),
    ...under(urls, withBase('scripts/', base)),
    withBase('favicon.svg', base),
  ].filter((url) => files.has(url));
}

/**
 * The search's files, which every saved interview shares: Pagefind's whole index (cut into
 * chunks by word, so searching offline needs all of them), the records' maps, the typo
 * vocabulary and the data the search reads first (search/build/search-files.ts).
 */
function searchFiles(files: SiteFiles, base: string, urls: readonly string[]): string[] {
  return [
    ...under(urls, withBase(SEARCH_ROOTS.pagefind, base)),
    ...under(urls, withBase(SEARCH_FOLDERS.map, base)),
    ...under(urls, withBase(SEARCH_FOLDERS.vocabulary, base)),
    withBase(SEARCH_FILES.data, base),
  ].filter((url) => files.has(url));
}

/**
 * The list of the search's shared files, and one list per interview and interface: every page of
 * the interview in that interface, in both scripts, so that the switch works offline too (the
 * interview page first, its later sections' page after its own pages), then its search header
 * and the search texts of its Q&As.
 */
export function saveLists(
  library: Library,
  files: SiteFiles,
  { base, build }: { base: string; build: string },
): { search: SearchList; lists: SaveList[] } {
  const urls = sortedUrls(files);
  const search: SearchList = { build, files: searchFiles(files, base, urls) };
  const size = (list: string[]) => list.reduce((sum, url) => sum + (files.get(url) ?? 0), 0);
  const searchBytes = size(search.files);
  const lists = library.interviews.flatMap((interview) =>
    LANGS.map((lang) => {
      const href = pathTo(lang, { page: 'interview', interview: interview.id }, base);
      // The whole-interview page fetches its later sections from a page of their own.
      const rest = pathTo(lang, { page: 'interview-rest', interview: interview.id }, base);
      const list = [
        ...SCRIPTS.flatMap((script) => {
          const pages = under(urls, inScript(href, script, base)).filter((url) =>
            url.endsWith('/'),
          );
          return pages.sort((a, b) => a.length - b.length);
        }),
        ...SCRIPTS.map((script) => inScript(rest, script, base)).filter((url) => files.has(url)),
        ...[withBase(SEARCH_FILES.interview(interview.id), base)].filter((url) => files.has(url)),
        ...under(urls, withBase(SEARCH_FOLDERS.qa(interview.id), base)),
      ];
      return {
        build,
        interview: interview.id,
        lang,
        title: inLang(interview.meta.title, lang),
        href,
        files: list,
        bytes: size(list) + searchBytes,
      };
    }),
  );
  return { search, lists };
}
