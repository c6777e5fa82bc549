/// <reference lib="webworker" />
// The service worker, bundled into dist/sw.js by ../build/integration.ts, which fills in the
// constants below. Caches are named by build (../shared/caches.ts): a new build installs beside
// the old one, downloads again every interview saved under the old build, and only once that is
// complete may it take over, deleting every cache of other builds. Never a mix of builds.
// One file of about 230 lines: the worker's lifecycle, routing and saving share its state.
import {
  CACHE_PREFIX,
  cacheNames,
  parseSavedCache,
  saveListPath,
  searchListPath,
  type SaveList,
  type SaveReply,
  type SaveRequest,
  type SearchList,
} from '../shared/caches.ts';
import { SEARCH_FOLDERS, SEARCH_ROOTS } from '../../search/shared/types.ts';

declare const __BUILD__: string;
declare const __BASE__: string;
declare const __SHELL__: string[];
declare const __OFFLINE_PAGES__: { kk: string; en: string };
declare const self: ServiceWorkerGlobalScope;

type Lang = SaveList['lang'];
const CACHES = cacheNames(__BUILD__);
/** The entry of a saved interview's cache that says it is complete: written last. */
const COMPLETE = `${__BASE__}__saved`;

/** Only the site's own, complete answers are stored: never a third-party or opaque response. */
const storable = (response: Response): boolean =>
  response.status === 200 && response.type === 'basic';

/**
 * The search's files named by their content, which never change: Pagefind's list and chunks, and
 * the records' maps (named by their record's Pagefind hash) and the file of them all (by its
 * hash). A path starts with `start` (under the base) and ends with `end`.
 */
const SEARCH_BY_CONTENT = [
  { start: `${SEARCH_ROOTS.pagefind}index/`, end: '' },
  { start: SEARCH_ROOTS.pagefind, end: '.pf_meta' },
  { start: SEARCH_FOLDERS.map, end: '' },
];

/** Files named by their content never change: served from the cache when there. */
const immutable = (path: string): boolean =>
  path.startsWith(`${__BASE__}_astro/`) ||
  SEARCH_BY_CONTENT.some(
    ({ start, end }) => path.startsWith(`${__BASE__}${start}`) && path.endsWith(end),
  );

/** The search's files: Pagefind's engine and index, and our maps, texts and data. */
const searchFile = (path: string): boolean =>
  Object.values(SEARCH_ROOTS).some((root) => path.startsWith(`${__BASE__}${root}`));

/**
 * Whether this build has the search's files cached (an interview saved), so that searching
 * offline works. Until then the worker leaves those files to the browser: going through it
 * cost the first search on the seed about 90 ms. Undefined until the worker has looked.
 */
let searchSaved: boolean | undefined;
void caches.has(CACHES.search).then((has) => (searchSaved ??= has));

/** A URL in this build's caches only, whatever its query (`?view=`, `?hl=`, Pagefind's `?ts=`). */
async function matchOwn(request: Request | string): Promise<Response | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHES.own)) continue;
    const hit = await (await caches.open(name)).match(request, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

/** Downloads `urls` into `cache`, four at a time, reporting the bytes of each file stored. */
async function download(
  cache: Cache,
  urls: string[],
  stored: (bytes: number) => void,
  { skipCached = false } = {},
): Promise<void> {
  const queue = [...urls];
  const worker = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const cached = skipCached ? await cache.match(url) : undefined;
      // Revalidated with the server, never taken from the HTTP cache unchecked.
      const response = cached ?? (await fetch(url, { cache: 'no-cache' }));
      if (!storable(response)) throw new Error(`${url}: ${response.status}`);
      const bytes = (await response.clone().arrayBuffer()).byteLength;
      if (!cached) await cache.put(url, response);
      stored(bytes);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

class StaleBuild extends Error {}

/** Saves one interview in one interface from this build; false if the build no longer has it. */
async function save(
  interview: string,
  lang: Lang,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<boolean> {
  const fetchList = (path: string) => fetch(`${__BASE__}${path}`, { cache: 'no-store' });
  const [listResponse, searchResponse] = await Promise.all([
    fetchList(saveListPath(interview, lang)),
    fetchList(searchListPath),
  ]);
  if (listResponse.status === 404) return false;
  for (const response of [listResponse, searchResponse]) {
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  }
  const list = (await listResponse.json()) as SaveList;
  const shared = (await searchResponse.json()) as SearchList;
  // The server already has a newer build than this worker: saving now would mix the two.
  if (list.build !== __BUILD__ || shared.build !== __BUILD__) throw new StaleBuild();
  const name = CACHES.saved(lang, interview);
  await caches.delete(name);
  let done = 0;
  const stored = (bytes: number): void => progress((done += bytes), list.bytes);
  try {
    const search = await caches.open(CACHES.search);
    searchSaved = true;
    await download(search, shared.files, stored, { skipCached: true });
    const cache = await caches.open(name);
    await download(cache, list.files, stored);
    await cache.put(COMPLETE, Response.json(list));
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  return true;
}

/** The interviews this build has saved completely. */
async function savedLists(): Promise<SaveList[]> {
  const lists: SaveList[] = [];
  for (const name of await caches.keys()) {
    if (parseSavedCache(name)?.build !== __BUILD__) continue;
    const complete = await (await caches.open(name)).match(COMPLETE);
    if (complete) lists.push((await complete.json()) as SaveList);
  }
  return lists;
}

async function remove(interview: string, lang: Lang): Promise<void> {
  await caches.delete(CACHES.saved(lang, interview));
  searchSaved = (await savedLists()).length > 0;
  if (!searchSaved) await caches.delete(CACHES.search);
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The interface's offline page, its list filled with the interviews saved in that interface. */
async function offlinePage(lang: Lang): Promise<Response> {
  const page = await matchOwn(__OFFLINE_PAGES__[lang]);
  if (!page) return Response.error();
  const items = (await savedLists())
    .filter((list) => list.lang === lang)
    .map((list) => `<li><a href="${escapeHtml(list.href)}">${escapeHtml(list.title)}</a></li>`)
    .join('');
  const html = (await page.text()).replace(
    /(<ul[^>]*\bdata-saved-list\b[^>]*>)\s*<\/ul>/,
    (_, open: string) => `${open}${items}</ul>`,
  );
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

async function remember(request: Request, response: Response): Promise<void> {
  if (storable(response)) await (await caches.open(CACHES.visited)).put(request, response);
}

async function networkFirst(event: FetchEvent, url: URL): Promise<Response> {
  try {
    // Revalidated: the HTTP cache may hold files of a newer build that its installing worker
    // fetched, and this worker must not mix them into its own build's pages.
    const response = await fetch(event.request, { cache: 'no-cache' });
    event.waitUntil(remember(event.request, response.clone()));
    return response;
  } catch (error) {
    const hit = await matchOwn(event.request);
    if (hit) return hit;
    if (event.request.mode !== 'navigate') throw error;
    return offlinePage(url.pathname.startsWith(`${__BASE__}en/`) ? 'en' : 'kk');
  }
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const hit = await matchOwn(event.request);
  if (hit) return hit;
  const response = await fetch(event.request);
  event.waitUntil(remember(event.request, response.clone()));
  return response;
}

/** Chromium's static routing (`InstallEvent.addRoutes`), not yet in TypeScript's own types. */
interface StaticRoutes {
  addRoutes(
    rules: { condition: { urlPattern: { pathname: string } }; source: { cacheName: string } }[],
  ): Promise<void>;
}

/** A path as a URL pattern matches it literally. */
const literalPattern = (path: string): string => path.replace(/[\\*+?:{}()]/g, '\\$&');

self.addEventListener('install', (event) => {
  // Where the browser can, the search's content-named files skip this worker: from this build's
  // search cache once an interview is saved, else (a miss) from the network. Passing through the
  // worker only to be handed on cost each round of a search at 1,000 interviews a few ms.
  // A browser that refuses the routes leaves those files to the fetch handler below, as elsewhere.
  if ('addRoutes' in event) {
    void (event as ExtendableEvent & StaticRoutes)
      .addRoutes(
        SEARCH_BY_CONTENT.map(({ start, end }) => ({
          condition: {
            urlPattern: {
              pathname: `${literalPattern(`${__BASE__}${start}`)}*${literalPattern(end)}`,
            },
          },
          source: { cacheName: CACHES.search },
        })),
      )
      .catch(() => undefined);
  }
  event.waitUntil(
    (async () => {
      await download(await caches.open(CACHES.shell), __SHELL__, () => undefined);
      // Interviews saved under an older build come along, downloaded again from this one. If
      // that fails (offline, or the server has moved on again), installing fails, the old build
      // stays whole, and the browser tries again at its next update check.
      const older = new Map<string, { lang: Lang; interview: string }>();
      for (const name of await caches.keys()) {
        const saved = parseSavedCache(name);
        if (saved && saved.build !== __BUILD__)
          older.set(`${saved.lang}/${saved.interview}`, saved);
      }
      for (const { interview, lang } of older.values()) await save(interview, lang);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && !name.startsWith(CACHES.own))
          await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Other origins, the worker itself and the save lists go to the network, never cached.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (!path.startsWith(__BASE__) || path === `${__BASE__}sw.js`) return;
  if (path.startsWith(`${__BASE__}offline-data/`)) return;
  if (searchSaved === false && searchFile(path)) return;
  event.respondWith(immutable(path) ? cacheFirst(event) : networkFirst(event, url));
});

self.addEventListener('message', (event) => {
  const request = event.data as SaveRequest;
  const port = event.ports[0];
  if (!port) return;
  const reply = (message: SaveReply): void => port.postMessage(message);
  event.waitUntil(
    (async () => {
      try {
        if (request.type === 'remove') {
          await remove(request.interview, request.lang);
          return reply({ type: 'removed' });
        }
        const progress = (done: number, total: number): void =>
          reply({ type: 'progress', done, total });
        if (!(await save(request.interview, request.lang, progress))) throw new StaleBuild();
        const list = (await savedLists()).find(
          (saved) => saved.interview === request.interview && saved.lang === request.lang,
        );
        reply({ type: 'saved', bytes: list?.bytes ?? 0 });
      } catch (error) {
        reply({ type: 'failed', reason: error instanceof StaleBuild ? 'stale' : 'network' });
      }
    })(),
  );
});
