import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { CONTENT_DIR, forgetLibrary, loadLibrary } from '../../library/load-library.ts';
import type { Library } from '../../library/model.ts';
import { normaliseBase } from '../../site/base.ts';
import { searchDocument } from './documents.ts';

export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** Pagefind's output minus its bundled UIs and playground, which the site does not use. */
const KEEP =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\..*\.pf_meta|wasm\..*|index\/.*|fragment\/.*|filter\/.*)$/;

/** Indexes every section once (as its Kazakh section page) and returns the files to serve. */
export async function buildIndex(library: Library): Promise<IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const interview of library.interviews) {
      for (const section of interview.sections) {
        const document = searchDocument(interview.id, section);
        const added = await index.addHTMLFile({ url: document.url, content: document.html });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      }
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
    return files.filter((file) => KEEP.test(file.path));
  } finally {
    await pagefind.close();
  }
}

const contentType = (path: string): string =>
  path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';

/**
 * Writes the search index during `astro build` (into dist/pagefind/) and serves one from
 * memory in `astro dev`, so that search works in both with no second command. The content
 * comes from `loadLibrary`, the same read as the pages'.
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
        const files = await buildIndex(loadLibrary());
        const out = join(fileURLToPath(dir), 'pagefind');
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
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          if (!request.url?.startsWith(prefix)) return next();
          const path = request.url.slice(prefix.length).split('?')[0] ?? '';
          files ??= Promise.resolve()
            .then(() => buildIndex(loadLibrary()))
            .then((list) => new Map(list.map((file) => [file.path, file.content])));
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
