import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR, forgetLibrary, loadLibrary } from '../../library/load-library.ts';
import { normaliseBase } from '../../site/base.ts';
import { SEARCH_ROOTS } from '../shared/types.ts';
import { buildSearchFiles, type SearchFile } from './search-files.ts';

const contentType = (path: string): string =>
  path.endsWith('.js')
    ? 'text/javascript'
    : path.endsWith('.json')
      ? 'application/json'
      : path.endsWith('.txt')
        ? 'text/plain; charset=utf-8'
        : 'application/octet-stream';

/**
 * Writes the search's files during `astro build` (dist/pagefind/ and dist/search-index/) and
 * serves them from memory in `astro dev`, so that search works in both with no second command.
 * The content comes from `loadLibrary`, the same read as the pages'.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'suhbat-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await buildSearchFiles(loadLibrary(), { compact: true });
        const out = fileURLToPath(dir);
        for (const file of files) {
          await mkdir(dirname(join(out, file.path)), { recursive: true });
          await writeFile(join(out, file.path), file.content);
        }
        logger.info(
          `search index: ${files.length} files in ${Math.round(performance.now() - started)} ms`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = resolve(CONTENT_DIR);
        let files: Promise<Map<string, Uint8Array>> | undefined;
        // The pages and the index are built from content/: any edit, new or deleted file there
        // makes both stale, so the next request reads the content again.
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir + sep)) return;
          forgetLibrary();
          files = undefined;
          // Astro keeps each route's getStaticPaths until told that content changed (the event
          // its own content layer sends); then the browser reloads.
          for (const environment of Object.values(server.environments)) {
            if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '';
          if (!Object.values(SEARCH_ROOTS).some((folder) => url.startsWith(`${base}${folder}`)))
            return next();
          const path = decodeURIComponent(url.slice(base.length).split('?')[0] ?? '');
          files ??= Promise.resolve()
            .then(() => buildSearchFiles(loadLibrary()))
            .then((list: SearchFile[]) => new Map(list.map((file) => [file.path, file.content])));
          files
            .then((map) => {
              const file = map.get(path);
              if (!file) return next();
              response.writeHead(200, { 'content-type': contentType(path) });
              response.end(file);
            })
            .catch((error: unknown) => {
              logger.error(`search index: ${String(error)}`);
              files = undefined;
              next(error);
            });
        });
      },
    },
  };
}
