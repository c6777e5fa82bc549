import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../../i18n/ui.ts';
import { loadLibrary } from '../../library/load-library.ts';
import { normaliseBase } from '../../site/base.ts';
import { pathTo } from '../../site/routes.ts';
import { saveListPath, searchListPath } from '../shared/caches.ts';
import { buildId, saveLists, shellFiles, type SiteFiles } from './save-lists.ts';

const WORKER = fileURLToPath(new URL('../browser/sw.ts', import.meta.url));

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Makes the built site work offline. After the pages and the search index are written (it
 * must come after searchIndex() in astro.config.mjs: Astro runs these hooks in order), it
 * writes `offline-data/<interview>.<lang>.json`, what "Save for offline" downloads, and
 * `sw.js`, the service worker (../browser/sw.ts bundled by esbuild), both stamped with the
 * build id, a digest of every file of the site and of the worker.
 */
export function offlineReading(): AstroIntegration {
  let base = '/';
  return {
    name: 'suhbat-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const urlOf = (path: string): string =>
          `${base}${relative(root, path).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
        // One file at a time, keeping its digest, not its bytes: a library of 1,000 interviews
        // is some 40,000 files and 400 MB, more than the open files and memory allow at once.
        const files: SiteFiles = new Map();
        const digests: { url: string; bytes: Uint8Array }[] = [];
        for (const path of (await walk(root)).sort()) {
          const bytes = await readFile(path);
          files.set(urlOf(path), bytes.byteLength);
          digests.push({ url: urlOf(path), bytes: createHash('sha256').update(bytes).digest() });
        }
        const worker = await bundleWorker({
          __BASE__: JSON.stringify(base),
          __SHELL__: JSON.stringify(shellFiles(files, base)),
          __OFFLINE_PAGES__: JSON.stringify({
            kk: pathTo('kk', { page: 'offline' }, base),
            en: pathTo('en', { page: 'offline' }, base),
          }),
        });
        const id = buildId(digests, worker);

        const { search, lists } = saveLists(loadLibrary(), files, { base, build: id });
        const written = [
          { path: searchListPath, list: search },
          ...lists.map((list) => ({ path: saveListPath(list.interview, list.lang), list })),
        ];
        for (const { path, list } of written) {
          const file = join(root, path);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, JSON.stringify(list));
        }

        const code = worker.replaceAll(BUILD_PLACEHOLDER, id);
        await writeFile(join(root, 'sw.js'), code);
        // Per language, the range over the interviews: one line, whatever the library's size.
        const sizes = LANGS.flatMap((lang) => {
          const kb = lists.filter((l) => l.lang === lang).map((l) => Math.round(l.bytes / 1024));
          if (kb.length === 0) return [];
          const [least, most] = [Math.min(...kb), Math.max(...kb)];
          return [`${lang} ${least === most ? least : `${least}–${most}`} KB`];
        });
        const interviews = new Set(lists.map((list) => list.interview)).size;
        logger.info(
          `build ${id}: sw.js ${code.length} B; save for offline, ${interviews} interview(s): ` +
            `${sizes.join(', ')} (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}

/** Stands for the build id in the bundled worker until the id, which covers the worker, is known. */
const BUILD_PLACEHOLDER = '__suhbat_build_id__';

/** The worker's code, bundled and minified, with the build's constants filled in. */
async function bundleWorker(define: Record<string, string>): Promise<string> {
  const result = await build({
    entryPoints: [WORKER],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    define: { ...define, __BUILD__: JSON.stringify(BUILD_PLACEHOLDER) },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no service worker');
  return output.text;
}
