import type { AstroIntegration } from 'astro';
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibrary } from '../library/load-library.ts';
import { libraryCards, type Card } from '../site/cards.ts';
import { normaliseBase } from '../site/base.ts';
import { CACHE_DIR, CardCache } from './cache.ts';
import { RenderPool } from './pool.ts';

interface Drawn {
  cards: { card: Card; stored: string }[];
  rendered: number;
  threads: number;
  /** From the start of the build until the last card was drawn. */
  ms: number;
}

/**
 * Draws the cards missing from the cache, on every core. It starts with the build, so that
 * the cards are drawn while Astro bundles and writes the pages, and is awaited when the pages
 * are done.
 */
function drawCards(cache: CardCache): { done: Promise<Drawn>; pool: RenderPool } {
  const pool = new RenderPool();
  pool.ref(false);
  const started = performance.now();
  const done = Promise.resolve().then(async () => {
    const cards = libraryCards(loadLibrary()).map((card) => {
      const key = cache.key(card.data);
      return { card, stored: cache.path(key), hit: cache.has(key) };
    });
    const misses = cards.filter((entry) => !entry.hit);
    await Promise.all(misses.map(({ card, stored }) => pool.render(card.data, stored)));
    const threads = Math.min(pool.size, misses.length);
    return { cards, rendered: misses.length, threads, ms: performance.now() - started };
  });
  return { done, pool };
}

/** Puts a stored card into the site: a hard link where it can, a copy where it cannot. */
function place(stored: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(stored, target);
  } catch {
    copyFileSync(stored, target);
  }
}

/**
 * The preview cards of every page (src/site/cards.ts says what each shows), written into
 * `og/` by `astro build` from the cache in node_modules/.cache/suhbat-cards, and drawn on
 * request by `astro dev`.
 */
export function previewCards(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let drawing: ReturnType<typeof drawCards> | undefined;
  return {
    name: 'suhbat-preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = normaliseBase(config.base);
      },
      'astro:build:start': () => {
        drawing = drawCards(new CardCache(resolve(root, CACHE_DIR)));
        // Content errors are the pages' to report, with their file names; the cards wait.
        drawing.done.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cache = new CardCache(resolve(root, CACHE_DIR));
        drawing ??= drawCards(cache);
        drawing.pool.ref(true);
        try {
          const { cards, rendered, threads, ms } = await drawing.done;
          const out = fileURLToPath(dir);
          for (const { card, stored } of cards) place(stored, join(out, card.file));
          const pruned = cache.prune();
          logger.info(
            `preview cards: ${cards.length}, ${rendered} drawn on ${threads} threads and ${cards.length - rendered} from the cache in ${Math.round(ms)} ms; ${Math.round(performance.now() - started)} ms after the pages${pruned ? ` (${pruned} unused for 30 days pruned)` : ''}`,
          );
        } finally {
          await drawing.pool.close();
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}og/`;
        const cache = new CardCache(resolve(root, CACHE_DIR));
        server.middlewares.use((request, response, next) => {
          if (!request.url?.startsWith(prefix)) return next();
          const file = `og/${request.url.slice(prefix.length).split('?')[0] ?? ''}`;
          const card = libraryCards(loadLibrary()).find((c) => c.file === file);
          if (!card) return next();
          import('./render.ts')
            .then(({ renderCard }) => cache.get(card.data, renderCard))
            .then(({ png }) => {
              response.writeHead(200, { 'content-type': 'image/png' });
              response.end(png);
            })
            .catch((error: unknown) => {
              logger.error(`preview card ${file}: ${String(error)}`);
              next(error);
            });
        });
      },
    },
  };
}
