// The first and later searches of a built site, measured in headless Chromium as a reader does
// them: open the search with "/" on a freshly loaded page, type, wait for results on screen.
// Each cold run has its own browser context (empty cache); times are medians over the runs.
// Chromium is driven bare (bare-chromium.ts): nothing watches its requests while it searches.
import { setTimeout as pause } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { launchBare, type BareBrowser, type BarePage } from './bare-chromium.ts';

/**
 * Files sent as they are: fonts and images (compressed already; SVG is text), and Pagefind's, which
 * it writes gzipped (the site keeps only its list and chunks, under `pagefind/`).
 */
const SENT_AS_IS = /\.(woff2?|ttf|otf|png|jpe?g|gif|webp|avif|ico)$|\/pagefind\//;

/** Bytes of a file as a server would send it: text gzipped, the rest as it is. */
export const wireBytes = (url: string, body: Buffer): number =>
  SENT_AS_IS.test(new URL(url).pathname) ? body.length : gzipSync(body).length;

/**
 * The first searches measured: a name of one section of the seed, and the name its Q&As hold most
 * often, whose index chunks are among the largest a search loads (they grow with its occurrences).
 */
export const FIRST_QUERIES = ['Гренландия', 'Қазақстан'];
export const LATER_QUERIES = [
  'Трамп',
  'Abraham Accords',
  'Ибраһим келісімдері',
  'Greenland',
  'Газа',
];

/**
 * How the query is typed. "pasted": all but the last character at once, then the last key
 * (the harshest case: the search starts loading only a moment before the query is complete).
 * "typed": one key every `KEY_MS`, as a fast typist does.
 */
export type Protocol = 'pasted' | 'typed';
const KEY_MS = 120;

export interface SearchRun {
  firstMs: number;
  laterMs: number[];
  bytes: number;
  requests: number;
  /** Asked for once the first search's results were on screen (the later searches' maps). */
  afterBytes: number;
  /** The first search's requests and the client's marks, in ms from the last keystroke. */
  waterfall: string[];
  /** The same for each later search: its query, its time and its steps. */
  laterWaterfalls: { query: string; ms: number; steps: string[] }[];
}

/**
 * What the page asked for from page time `since` until `until`, as a server would send it: the
 * page's own resource timings name the files, fetched again here to weigh (the test server does
 * not gzip).
 */
async function fetched(
  page: BarePage,
  since: number,
  until = Number.MAX_VALUE,
): Promise<{ bytes: number; requests: number }> {
  const urls = await page.evaluate(
    ({ since, until }) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= since && entry.startTime < until)
        .map((entry) => entry.name),
    { since, until },
  );
  let bytes = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    bytes += wireBytes(url, body);
  }
  return { bytes, requests: urls.length };
}

/** Types `text` a key at a time, `KEY_MS` apart. */
async function typeKeys(page: BarePage, text: string): Promise<void> {
  for (const [i, key] of [...text].entries()) {
    if (i > 0) await pause(KEY_MS);
    await page.press(key);
  }
}

/** Focuses the search box and selects what it holds, so that what is entered next replaces it. */
const selectBox = (page: BarePage): Promise<void> =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('[role=searchbox]');
    if (!box) throw new Error('no search box on the page');
    box.focus();
    box.select();
  }, null);

/**
 * Time from the last keystroke of `query` to results (or "nothing found") on screen, and that
 * keystroke's page time.
 */
async function timeQuery(
  page: BarePage,
  query: string,
  protocol: Protocol,
): Promise<{ ms: number; lastKey: number }> {
  await selectBox(page);
  await page.press('Delete');
  if (protocol === 'pasted') await page.insertText(query.slice(0, -1));
  else await typeKeys(page, query.slice(0, -1));
  // Results of the query typed so far may still arrive: only those of the whole query count
  // (the client marks them with it; "nothing found" quotes it).
  await page.evaluate((query) => {
    const w = window as unknown as { __shown?: Promise<number>; __lastKey?: Promise<number> };
    const root = document.querySelector('.search') ?? document.body;
    // The client marks results shown with their query. Not a link with ?hl=<query>: a hit of
    // the query typed so far ("Гренланди") links so when its word is the whole query.
    const done = () =>
      performance
        .getEntriesByName('search:shown')
        .some((m) => (m as PerformanceMark).detail === query) ||
      (root.querySelector('.search-status')?.textContent ?? '').includes(query);
    // The keystroke's own time, as the page got it: not when the bench asked for it, which adds
    // a round trip to the browser (1–5 ms here, idle) that a keyboard does not.
    w.__lastKey = new Promise((resolve) => {
      for (const type of ['keydown', 'beforeinput']) {
        document.addEventListener(type, (event) => resolve(event.timeStamp), {
          capture: true,
          once: true,
        });
      }
    });
    w.__shown = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (done()) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(root, { childList: true, subtree: true, characterData: true });
    });
  }, query);
  if (protocol === 'typed') await pause(KEY_MS);
  await page.press(query.slice(-1));
  const [typed, shown] = await page.evaluate(() => {
    const w = window as unknown as { __shown: Promise<number>; __lastKey: Promise<number> };
    return Promise.all([w.__lastKey, w.__shown]);
  }, null);
  return { ms: shown - typed, lastKey: typed };
}

/**
 * Resource timings and `search:` marks since the search was opened (page time `opened`), in ms
 * from the last keystroke (`lastKey`): negative is before it.
 */
async function waterfall(page: BarePage, opened: number, lastKey: number): Promise<string[]> {
  return page.evaluate(
    ({ opened, from }) => {
      const lines: [number, string][] = [];
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (e.startTime < opened) continue;
        const name = new URL(e.name).pathname.split('/').slice(-2).join('/');
        lines.push([
          e.startTime,
          `${(e.startTime - from).toFixed(0).padStart(6)} → ${(e.responseEnd - from).toFixed(0).padStart(5)} ms  ${(e.encodedBodySize / 1024).toFixed(1).padStart(5)} KB  ${name}`,
        ]);
      }
      lines.push([from, `     0          ms  ● last keystroke`]);
      for (const m of performance.getEntriesByType('mark')) {
        if (m.startTime < opened || !m.name.startsWith('search:')) continue;
        lines.push([
          m.startTime,
          `${(m.startTime - from).toFixed(0).padStart(6)}          ms  ● ${m.name} ${(m as PerformanceMark).detail ?? ''}`.trimEnd(),
        ]);
      }
      return lines.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
    },
    { opened, from: lastKey },
  );
}

async function oneRun(
  browser: BareBrowser,
  origin: string,
  path: string,
  protocol: Protocol,
  serviceWorkers: 'allow' | 'block',
  firstQuery: string,
): Promise<SearchRun> {
  const page = await browser.newPage({ blockServiceWorkers: serviceWorkers === 'block' });
  try {
    await page.goto(`${origin}${path}`);
    await page.networkIdle();
    const opened = await page.evaluate(() => performance.now(), null);
    await page.press('/');
    await page.evaluate(async () => {
      while (!document.querySelector('[role=searchbox]')) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }, null);
    const first = await timeQuery(page, firstQuery, protocol);
    const steps = await waterfall(page, opened, first.lastKey);
    await page.networkIdle();
    // The first search's bytes are those asked for until its results were on screen.
    const shown = first.lastKey + first.ms;
    const { bytes, requests } = await fetched(page, opened, shown);
    const after = await fetched(page, shown);
    const laterWaterfalls: SearchRun['laterWaterfalls'] = [];
    for (const query of LATER_QUERIES) {
      const later = await timeQuery(page, query, protocol);
      // From one key's interval before the last key: the query before it, typed or pasted, too.
      const steps = await waterfall(page, later.lastKey - KEY_MS, later.lastKey);
      laterWaterfalls.push({ query, ms: later.ms, steps });
    }
    return {
      firstMs: first.ms,
      laterMs: laterWaterfalls.map((later) => later.ms),
      bytes,
      requests,
      afterBytes: after.bytes,
      waterfall: steps,
      laterWaterfalls,
    };
  } finally {
    await page.close();
  }
}

/** The value below which a share `p` of `values` lies (the median at 0.5). */
export const quantile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(Math.floor(sorted.length * p), sorted.length - 1)] ?? 0;
};

export const median = (values: number[]): number => quantile(values, 0.5);

export interface SearchMeasure {
  protocol: Protocol;
  runs: number;
  firstMs: number;
  laterMs: number;
  /**
   * The later searches' first and third quartiles: how far the machine's state spreads them
   * (README, "Search at scale").
   */
  laterQuartiles: [number, number];
  bytes: number;
  requests: number;
  afterBytes: number;
  /** The waterfalls of the run with the median first search: its first and later searches. */
  waterfall: string[];
  laterWaterfalls: SearchRun['laterWaterfalls'];
}

/**
 * `runs` cold runs (a fresh browser context each) of the first search and the later ones. The
 * service worker registers as it does for a reader, unless `serviceWorkers` is 'block'.
 */
export async function measureSearch(
  origin: string,
  path: string,
  protocol: Protocol,
  runs: number,
  firstQuery: string,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<SearchMeasure> {
  const all: SearchRun[] = [];
  const browser = await launchBare();
  try {
    for (let i = 0; i < runs; i++) {
      all.push(await oneRun(browser, origin, path, protocol, serviceWorkers, firstQuery));
    }
  } finally {
    await browser.close();
  }
  const byFirst = [...all].sort((a, b) => a.firstMs - b.firstMs);
  const middle = byFirst[Math.floor(byFirst.length / 2)];
  const later = all.flatMap((r) => r.laterMs);
  return {
    protocol,
    runs,
    firstMs: median(all.map((r) => r.firstMs)),
    laterMs: median(later),
    laterQuartiles: [quantile(later, 0.25), quantile(later, 0.75)],
    bytes: median(all.map((r) => r.bytes)),
    requests: median(all.map((r) => r.requests)),
    afterBytes: median(all.map((r) => r.afterBytes)),
    waterfall: middle?.waterfall ?? [],
    laterWaterfalls: middle?.laterWaterfalls ?? [],
  };
}
