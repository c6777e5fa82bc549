// The first and later searches of a built site, measured in headless Chromium as a reader does
// them: open the search with "/" on a freshly loaded page, type, wait for results on screen.
// Each cold run has its own browser context (empty cache); times are medians over the runs.
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { launchOptions } from '../support/chromium.ts';

/** Bytes as a server would send them: text gzipped, fonts and Pagefind's files as they are. */
export const wireBytes = (url: string, body: Buffer, binary: boolean): number =>
  binary ||
  url.endsWith('.pagefind') ||
  url.endsWith('.pf_meta') ||
  /\/(index|fragment|filter)\//.test(url)
    ? body.length
    : gzipSync(body).length;

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
  /** The first search's requests and the client's marks, in ms from the last keystroke. */
  waterfall: string[];
  /** The same for each later search: its query, its time and its steps. */
  laterWaterfalls: { query: string; ms: number; steps: string[] }[];
}

/** Counts what the page fetches while on. */
function meter(page: Page): {
  bytes: () => number;
  requests: () => number;
  settle: () => Promise<void>;
} {
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  const listener = (response: Response): void => {
    requests++;
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => {
          bytes += wireBytes(response.url(), body, type === 'font' || type === 'image');
        })
        .catch(() => undefined),
    );
  };
  page.on('response', listener);
  return {
    bytes: () => bytes,
    requests: () => requests,
    /** Waits for the bodies counted, then stops counting: later searches run unobserved. */
    settle: async () => {
      await Promise.all(pending);
      page.off('response', listener);
    },
  };
}

/**
 * Time from the last keystroke of `query` to results (or "nothing found") on screen, and that
 * keystroke's page time.
 */
async function timeQuery(
  page: Page,
  query: string,
  protocol: Protocol,
): Promise<{ ms: number; lastKey: number }> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  if (protocol === 'pasted') await box.fill(query.slice(0, -1));
  else await page.keyboard.type(query.slice(0, -1), { delay: KEY_MS });
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
    // The keystroke's own time, as the page got it: not when Playwright was asked to send it,
    // which adds a round trip to the browser (1–5 ms here, idle) that a keyboard does not.
    // Playwright types a letter off the US layout (Cyrillic) as text alone, with no keydown.
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
  if (protocol === 'typed') await page.waitForTimeout(KEY_MS);
  await page.keyboard.type(query.slice(-1));
  const [typed, shown] = await page.evaluate(() => {
    const w = window as unknown as { __shown: Promise<number>; __lastKey: Promise<number> };
    return Promise.all([w.__lastKey, w.__shown]);
  });
  return { ms: shown - typed, lastKey: typed };
}

/**
 * Resource timings and `search:` marks since the search was opened (page time `opened`), in ms
 * from the last keystroke (`lastKey`): negative is before it.
 */
async function waterfall(page: Page, opened: number, lastKey: number): Promise<string[]> {
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
  browser: Browser,
  origin: string,
  path: string,
  protocol: Protocol,
  serviceWorkers: 'allow' | 'block',
  firstQuery: string,
): Promise<SearchRun> {
  const context = await browser.newContext({ serviceWorkers });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const counts = meter(page);
    const opened = await page.evaluate(() => performance.now());
    await page.keyboard.press('/');
    await page.getByRole('searchbox').waitFor();
    const first = await timeQuery(page, firstQuery, protocol);
    const steps = await waterfall(page, opened, first.lastKey);
    await page.waitForLoadState('networkidle');
    await counts.settle();
    const bytes = counts.bytes();
    const requests = counts.requests();
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
      waterfall: steps,
      laterWaterfalls,
    };
  } finally {
    await context.close();
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export interface SearchMeasure {
  protocol: Protocol;
  runs: number;
  firstMs: number;
  laterMs: number;
  bytes: number;
  requests: number;
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
  const browser = await chromium.launch(launchOptions);
  try {
    for (let i = 0; i < runs; i++) {
      all.push(await oneRun(browser, origin, path, protocol, serviceWorkers, firstQuery));
    }
  } finally {
    await browser.close();
  }
  const byFirst = [...all].sort((a, b) => a.firstMs - b.firstMs);
  const middle = byFirst[Math.floor(byFirst.length / 2)];
  return {
    protocol,
    runs,
    firstMs: median(all.map((r) => r.firstMs)),
    laterMs: median(all.flatMap((r) => r.laterMs)),
    bytes: median(all.map((r) => r.bytes)),
    requests: median(all.map((r) => r.requests)),
    waterfall: middle?.waterfall ?? [],
    laterWaterfalls: middle?.laterWaterfalls ?? [],
  };
}
