import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadLibrary } from '../lib/load-interviews.ts';
import { searchPage } from '../lib/search-records.ts';

/** Pagefind's output minus its bundled UIs and playground, which the site does not use. */
const KEEP =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\..*\.pf_meta|wasm\..*|index\/.*|fragment\/.*|filter\/.*)$/;

/** Indexes every section once (as its Kazakh section page) and returns the files to serve. */
async function buildIndex(contentDir: string): Promise<{ path: string; content: Uint8Array }[]> {
  const { interviews } = loadLibrary(contentDir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const interview of interviews) {
    for (const section of interview.sections) {
      const page = searchPage(interview.id, section, `/${interview.id}/${section.id}/`);
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length > 0) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
  await pagefind.close();
  return files.filter((file) => KEEP.test(file.path));
}

/**
 * Writes the search index during `astro build` (into dist/pagefind/) and serves one from
 * memory in `astro dev`, so that search works in both with no second command.
 */
export function searchIndex(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'suhbat-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await buildIndex(options.contentDir);
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
        let files: Promise<Map<string, Uint8Array>> | undefined;
        const load = () =>
          buildIndex(options.contentDir).then(
            (list) => new Map(list.map((file) => [file.path, file.content])),
          );
        server.watcher.on('change', (path) => {
          if (path.includes('content')) files = undefined;
        });
        server.middlewares.use((request, response, next) => {
          const prefix = `${base}pagefind/`;
          if (!request.url?.startsWith(prefix)) return next();
          files ??= load();
          files
            .then((map) => {
              const file = map.get(request.url?.slice(prefix.length).split('?')[0] ?? '');
              if (!file) return next();
              const type = request.url?.endsWith('.js')
                ? 'text/javascript'
                : 'application/octet-stream';
              response.writeHead(200, { 'content-type': type });
              response.end(file);
            })
            .catch((error: unknown) => {
              logger.error(`search index: ${String(error)}`);
              next(error);
            });
        });
      },
    },
  };
}
